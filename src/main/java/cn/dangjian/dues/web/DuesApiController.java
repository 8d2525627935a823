package cn.dangjian.dues.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

import cn.dangjian.dues.ApplyReduction;
import cn.dangjian.dues.ArrearsRow;
import cn.dangjian.dues.AssessMember;
import cn.dangjian.dues.AssessmentView;
import cn.dangjian.dues.DuesAssessments;
import cn.dangjian.dues.DuesCalculation;
import cn.dangjian.dues.DuesCategory;
import cn.dangjian.dues.DuesOverview;
import cn.dangjian.dues.DuesPayments;
import cn.dangjian.dues.DuesRates;
import cn.dangjian.dues.DuesReductions;
import cn.dangjian.dues.DuesRemittances;
import cn.dangjian.dues.DuesVoluntary;
import cn.dangjian.dues.MemberDues;
import cn.dangjian.dues.PaymentLine;
import cn.dangjian.dues.RecordPayment;
import cn.dangjian.dues.RecordRemittance;
import cn.dangjian.dues.ReductionStatus;
import cn.dangjian.dues.ReductionView;
import cn.dangjian.dues.RemittanceView;
import cn.dangjian.dues.SheetRow;
import cn.dangjian.dues.SummaryRow;
import cn.dangjian.dues.VoluntaryPayment;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/dues}: 党费 over JSON, scoped and checked like the pages. Amounts are strings in 元 with two
 * decimals ("48.00"), typed amounts are read as 元 the same way the forms read them.
 */
@RestController
@RequestMapping("/api/v1/dues")
@Tag(name = "党费")
class DuesApiController {

    private final DuesAssessments assessments;
    private final DuesPayments payments;
    private final DuesReductions reductions;
    private final DuesOverview overview;
    private final DuesVoluntary voluntary;
    private final DuesRemittances remittances;

    DuesApiController(DuesAssessments assessments, DuesPayments payments, DuesReductions reductions,
                      DuesOverview overview, DuesVoluntary voluntary, DuesRemittances remittances) {
        this.assessments = assessments;
        this.payments = payments;
        this.reductions = reductions;
        this.overview = overview;
        this.voluntary = voluntary;
        this.remittances = remittances;
    }

    @GetMapping("/categories")
    @Operation(summary = "人员类别：计算基数的含义和依据的规则（DF-01…DF-06）")
    List<Category> categories() {
        return Arrays.stream(DuesCategory.values()).map(c -> new Category(c.name(), c.code(), c.label(),
                c.basis().name(), c.needsBase(), c.baseMeaning(), c.ruleId(), c.article())).toList();
    }

    @GetMapping("/brackets")
    @Operation(summary = "交纳比例档次：在职党员（DF-02）和离退休党员（DF-05），按所在档次的比例对全部基数计算")
    Brackets brackets() {
        return new Brackets(DuesRates.inService().stream().map(DuesApiController::bracket).toList(),
                DuesRates.retired().stream().map(DuesApiController::bracket).toList());
    }

    @PostMapping("/calculate")
    @Operation(summary = "按人员类别和计算基数（元）计算月交纳额，说明档次、比例和规则；不保存")
    DuesCalculation calculate(@RequestBody Calculate body) {
        if (body.category() == null) {
            throw new InvalidInputException("category", "人员类别", "不能为空");
        }
        return assessments.calculate(body.category(), body.base(), body.farmerAmount());
    }

    @PostMapping("/assessments")
    @Operation(summary = "核定一名党员的党费（年初核定、预备党员起交、工资变动调整或更正）；返回该党员本年度的核定记录")
    ResponseEntity<List<AssessmentView>> assess(AccessScope scope, @RequestBody AssessMember body) {
        assessments.assess(scope, body);
        return ResponseEntity.status(HttpStatus.CREATED).body(assessments.history(scope, body.memberId(), body.year()));
    }

    @GetMapping(value = "/assessments", params = "memberId")
    @Operation(summary = "一名党员某年度的核定记录（先后顺序）")
    List<AssessmentView> history(AccessScope scope, @RequestParam long memberId, @RequestParam int year) {
        return assessments.history(scope, memberId, year);
    }

    @GetMapping(value = "/assessments", params = "orgId")
    @Operation(summary = "党组织某年度的核定表：每名党员的核定、上年核定、全年应交和实交、少交免交")
    List<SheetRow> sheet(AccessScope scope, @RequestParam long orgId, @RequestParam int year) {
        return assessments.sheet(scope, orgId, year);
    }

    @PostMapping("/payments")
    @Operation(summary = "登记交纳（本人或委托代交，DF-12；流动党员在流入地党组织交纳的选 AT_INFLOW 并在 proxyName 填写流入地党组织，DF-09；不得垫交或扣缴，DF-14）；补交6个月以前的须填写党支部同意的记录")
    ResponseEntity<List<PaymentLine>> record(AccessScope scope, @RequestBody RecordPayment body) {
        String no = payments.record(scope, body);
        return ResponseEntity.status(HttpStatus.CREATED).body(payments.ofMember(scope, body.memberId()).stream()
                .filter(p -> p.paymentNo().equals(no)).toList());
    }

    @GetMapping("/payments")
    @Operation(summary = "一名党员的交纳记录（含已更正的），新的在前")
    List<PaymentLine> paymentsOf(AccessScope scope, @RequestParam long memberId) {
        return payments.ofMember(scope, memberId);
    }

    @PostMapping("/payments/{rowId}/corrections")
    @Operation(summary = "更正某月的交纳记录：新增一条替代记录（金额为0即撤销），须说明原因")
    ResponseEntity<Created> correct(AccessScope scope, @PathVariable long rowId, @RequestBody Correction body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(new Created(payments.correct(scope, rowId, body.amount(),
                body.reason())));
    }

    @PostMapping("/reductions")
    @Operation(summary = "登记少交或免交申请（DF-07），待支委会研究")
    ResponseEntity<ReductionView> apply(AccessScope scope, @RequestBody ApplyReduction body) {
        long id = reductions.apply(scope, body);
        return ResponseEntity.status(HttpStatus.CREATED).body(reductions.get(scope, id));
    }

    @PostMapping("/reductions/{id}/branch-decision")
    @Operation(summary = "记录支委会的研究意见；version 为读取时的版本")
    ReductionView branchDecision(AccessScope scope, @PathVariable long id, @RequestBody BranchDecision body) {
        reductions.get(scope, id); // an application outside the scope is not found, whatever version is sent
        reductions.branchDecides(scope, id, body.agreed(), body.decidedOn(), body.decision(), body.version());
        return reductions.get(scope, id);
    }

    @PostMapping("/reductions/{id}/approval")
    @Operation(summary = "上级党委审批（需审批权限）；amount 可批准少于申请的金额；version 为读取时的版本")
    ReductionView approval(AccessScope scope, @PathVariable long id, @RequestBody Approval body) {
        reductions.get(scope, id); // an application outside the scope is not found, whatever version is sent
        reductions.approve(scope, id, body.approved(), body.decidedOn(), body.note(), body.amount(), body.version());
        return reductions.get(scope, id);
    }

    @GetMapping("/reductions")
    @Operation(summary = "党组织及下级的少交免交申请，以及待该党委审批的申请")
    List<ReductionView> reductions(AccessScope scope, @RequestParam long orgId,
                                   @Parameter(description = "状态；不填为全部") @RequestParam(required = false) ReductionStatus status) {
        return reductions.list(scope, orgId, status);
    }

    @GetMapping("/arrears")
    @Operation(summary = "党组织及下级欠交党费的党员，按连续欠交月数排列（3、5、6个月为提示档次，DF-13）")
    List<ArrearsRow> arrears(AccessScope scope, @RequestParam long orgId) {
        return overview.arrears(scope, orgId);
    }

    @GetMapping("/summary")
    @Operation(summary = "各直属下级组织（含下级）的应交、实交、欠交、补交和欠交人数，最后一行为合计")
    List<SummaryRow> summary(AccessScope scope, @RequestParam long orgId,
                             @Parameter(description = "起始月份 yyyy-MM") @RequestParam YearMonth from,
                             @Parameter(description = "截止月份 yyyy-MM") @RequestParam YearMonth until) {
        if (until.isBefore(from)) {
            throw new InvalidInputException("until", "截止月份", "不能早于起始月份");
        }
        return overview.summary(scope, orgId, from, until);
    }

    @GetMapping("/members/{memberId}/year/{year}")
    @Operation(summary = "一名党员某年度的党费：核定和计算说明、各月应交实交、党费交至、欠交")
    MemberDues memberYear(AccessScope scope, @PathVariable long memberId, @PathVariable int year) {
        return overview.memberYear(scope, memberId, year);
    }

    @PostMapping("/voluntary")
    @Operation(summary = "登记自愿多交党费（DF-11）；1000元以上须填写原因和现实表现，由党委全部转交（DF-21）")
    ResponseEntity<VoluntaryPayment> recordVoluntary(AccessScope scope, @RequestBody Voluntary body) {
        long id = voluntary.record(scope, body.memberId(), body.paidOn(), body.amount(), body.reason(), body.performance());
        return ResponseEntity.status(HttpStatus.CREATED).body(voluntary.get(scope, id));
    }

    @GetMapping("/voluntary")
    @Operation(summary = "党组织及下级某年度的自愿多交党费，1000元以上的在前")
    List<VoluntaryPayment> voluntary(AccessScope scope, @RequestParam long orgId, @RequestParam int year) {
        return voluntary.list(scope, orgId, year);
    }

    @PostMapping("/voluntary/{id}/forward")
    @Operation(summary = "党委记录1000元以上自愿多交党费的转交（DF-21，需审批权限）；version 为读取时的版本")
    VoluntaryPayment forward(AccessScope scope, @PathVariable long id, @RequestBody Forward body) {
        voluntary.get(scope, id); // a payment outside the scope is not found, whatever version is sent
        voluntary.forward(scope, id, body.forwardedOn(), body.receiptNo(), body.version());
        return voluntary.get(scope, id);
    }

    @PostMapping("/remittances")
    @Operation(summary = "登记党费上缴（DF-22）：期间、日期、金额、方式、凭证号、经手人")
    ResponseEntity<Created> remit(AccessScope scope, @RequestBody RecordRemittance body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(new Created(remittances.record(scope, body)));
    }

    @GetMapping("/remittances")
    @Operation(summary = "党组织及下级期间截止于某年度的上缴记录，与登记表核对（差额为应上缴与已上缴之差）")
    List<RemittanceView> remittances(AccessScope scope, @RequestParam long orgId, @RequestParam int year) {
        return remittances.list(scope, orgId, year);
    }

    private static BracketView bracket(DuesRates.Bracket b) {
        return new BracketView(b.upTo() == null ? null : cn.dangjian.shared.Fen.of(b.upTo()).toString(),
                java.math.BigDecimal.valueOf(b.basisPoints(), 2).stripTrailingZeros().toPlainString() + "%", b.label());
    }

    /** A category and what its base is. */
    record Category(String name, String code, String label, String basis, boolean needsBase, String baseMeaning,
                    String ruleId, String article) {
    }

    /** A bracket: bases up to and including {@code upTo} 元 ({@code null}: no upper bound) pay {@code rate}. */
    record BracketView(String upTo, String rate, String label) {
    }

    record Brackets(List<BracketView> inService, List<BracketView> retired) {
    }

    /** The category, the monthly base in 元, and a farmer member's amount (0.2–1 元). */
    record Calculate(DuesCategory category, String base, String farmerAmount) {
    }

    record Correction(String amount, String reason) {
    }

    record Created(long id) {
    }

    record Voluntary(long memberId, LocalDate paidOn, String amount, String reason, String performance) {
    }

    record Forward(LocalDate forwardedOn, String receiptNo, int version) {
    }

    record BranchDecision(boolean agreed, LocalDate decidedOn, String decision, int version) {
    }

    record Approval(boolean approved, LocalDate decidedOn, String note, String amount, int version) {
    }
}
