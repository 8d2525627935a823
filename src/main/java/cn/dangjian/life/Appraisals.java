package cn.dangjian.life;

import static cn.dangjian.shared.Texts.blankToNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import cn.dangjian.documents.AppraisalSummaryDocument;
import cn.dangjian.documents.DocumentTemplate;
import cn.dangjian.documents.Documents;
import cn.dangjian.life.internal.AppraisalStore;
import cn.dangjian.member.Members;
import cn.dangjian.member.RosterEntry;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.AuditedChange;
import cn.dangjian.shared.ConflictException;
import cn.dangjian.shared.Counts;
import cn.dangjian.shared.DateKind;
import cn.dangjian.shared.FieldProblem;
import cn.dangjian.shared.ForModules;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.NotFoundException;
import cn.dangjian.shared.Permission;
import cn.dangjian.shared.TextKind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 民主评议党员 (ZB-16, JY-04): a branch's yearly appraisal with a configurable grade set. */
@Service
@Transactional(readOnly = true)
public class Appraisals {

    /** The longest grade name: 基本合格 and the like, not a sentence. */
    static final int MAX_GRADE_LENGTH = 10;

    private final AppraisalStore store;
    private final OrgUnits orgs;
    private final Members members;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Documents documents;

    Appraisals(AppraisalStore store, OrgUnits orgs, Members members, ApplicationEventPublisher events, Clock clock,
               Documents documents) {
        this.documents = documents;
        this.store = store;
        this.orgs = orgs;
        this.members = members;
        this.events = events;
        this.clock = clock;
    }

    /** Records the year's appraisal: every member of the roll gets exactly one grade from the grade set. */
    @Transactional
    public long record(AccessScope scope, RecordAppraisal appraisal) {
        scope.require(Permission.LIFE_RECORD);
        OrgUnitRef org = orgs.refInScope(scope, appraisal.orgId());
        List<String> grades = appraisal.grades() == null || appraisal.grades().isEmpty()
                ? AppraisalRound.DEFAULT_GRADES
                : appraisal.grades().stream().map(g -> Objects.requireNonNullElse(blankToNull(g), "")).toList();
        List<FieldProblem> problems = new ArrayList<>();
        DateKind.PARTY_EVENT.checkYear("year", "评议年度", appraisal.year(), problems);
        for (int i = 0; i < grades.size(); i++) {
            TextKind.SHORT_TEXT.optional("grades[" + i + "]", "评定等次", grades.get(i), problems);
        }
        if (grades.stream().anyMatch(String::isEmpty)) {
            problems.add(new FieldProblem("grades", "评定等次", "等次名称不能为空"));
        } else if (grades.size() < 2) {
            problems.add(new FieldProblem("grades", "评定等次", "至少应有两个等次"));
        } else if (grades.stream().anyMatch(g -> g.length() > MAX_GRADE_LENGTH)) {
            problems.add(new FieldProblem("grades", "评定等次", "每个等次名称不能超过" + MAX_GRADE_LENGTH + "个字"));
        }
        if (appraisal.heldOn() == null) {
            problems.add(new FieldProblem("heldOn", "评议日期", "不能为空"));
        } else if (appraisal.heldOn().isAfter(LocalDate.now(clock))) {
            problems.add(new FieldProblem("heldOn", "评议日期", "不能晚于今天"));
        } else if (appraisal.heldOn().getYear() != appraisal.year()) {
            problems.add(new FieldProblem("heldOn", "评议日期", "应在" + appraisal.year() + "年内"));
        }
        if (new HashSet<>(grades).size() != grades.size()) {
            problems.add(new FieldProblem("grades", "评定等次", "等次不能重复"));
        }
        if (store.exists(org.id(), appraisal.year())) {
            throw new ConflictException(appraisal.year() + "年民主评议已经登记");
        }
        Map<Long, String> roster = new HashMap<>();
        members.roster(scope, org.id()).forEach(r -> roster.put(r.id(), r.name()));
        int takingPart = roster.size();
        Set<Long> seen = new HashSet<>();
        List<AppraisalRound.Result> results = new ArrayList<>();
        for (RecordAppraisal.Entry e : appraisal.entries() == null ? List.<RecordAppraisal.Entry>of() : appraisal.entries()) {
            String name = roster.get(e.memberId());
            if (name == null) {
                problems.add(new FieldProblem("entries", "评议对象", "编号" + e.memberId() + "的人员不是本支部党员"));
                continue;
            }
            if (!seen.add(e.memberId())) {
                problems.add(new FieldProblem("entries", "评议对象", name + "重复登记"));
            }
            if (e.grade() == null || !grades.contains(e.grade())) {
                problems.add(new FieldProblem("entries", "评定等次", name + "的等次应为" + String.join("、", grades) + "之一"));
            }
            List<Integer> votes = peerVotes(name, e.peerVotes(), grades, takingPart, problems);
            String self = TextKind.LONG_TEXT.optional("selfAppraisal", name + " 自我评价", e.selfAppraisal(), problems);
            String note = TextKind.LONG_TEXT.optional("note", name + " 备注", e.note(), problems);
            results.add(new AppraisalRound.Result(e.memberId(), name, self, votes, e.grade(), note));
        }
        for (Map.Entry<Long, String> member : roster.entrySet()) {
            if (!seen.contains(member.getKey())) {
                problems.add(new FieldProblem("entries", "评议对象", member.getValue() + "尚未评定等次"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long id = store.insertRound(org.id(), org.path(), appraisal.year(), appraisal.heldOn(), grades, scope.username());
        results.forEach(r -> store.insertResult(id, r));
        events.publishEvent(new AppraisalRecorded(scope.username(), id, org.id(), List.of(
                new AuditedChange.FieldChange("年度", null, String.valueOf(appraisal.year())),
                new AuditedChange.FieldChange("参评人数", null, String.valueOf(results.size())))));
        return id;
    }

    /**
     * The year's appraisal of the organization; a 仅本人 caller gets only their own result
     * (docs/decisions/0004-record-level-visibility.md).
     */
    public AppraisalRound get(AccessScope scope, long orgId, int year) {
        scope.require(Permission.LIFE_VIEW);
        OrgUnitRef org = scope.ownRecordsOnly() ? orgs.structureInScope(scope, orgId) : orgs.refInScope(scope, orgId);
        AppraisalStore.Round round = store.round(orgId, year)
                .orElseThrow(() -> new NotFoundException(year + "年尚未登记民主评议"));
        List<AppraisalRound.Result> results = store.results(round.id()).stream()
                .filter(r -> !scope.ownRecordsOnly() || Objects.equals(r.memberId(), scope.memberId())).toList();
        return new AppraisalRound(round.id(), orgId, org.name(), year, round.heldOn(), round.grades(), results);
    }

    /**
     * The 民主评议党员汇总表 as Word (in the format in force for the branch) or PDF, generated from the
     * recorded appraisal.
     */
    public byte[] summary(AccessScope scope, long orgId, int year, boolean pdf) {
        orgs.refInScope(scope, orgId);
        AppraisalRound round = get(scope, orgId, year);
        List<Integer> counts = round.gradeCounts();
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < round.grades().size(); i++) {
            parts.add(round.grades().get(i) + counts.get(i) + "人");
        }
        AppraisalSummaryDocument document = new AppraisalSummaryDocument(round.orgName(), year, round.heldOn(),
                round.results().stream().map(r -> new AppraisalSummaryDocument.Line(r.name(), r.selfAppraisal(),
                        String.join("/", r.peerVotes().stream().map(String::valueOf).toList()), r.grade(), r.note()))
                        .toList(),
                "参评党员" + round.results().size() + "人：" + String.join("，", parts));
        return pdf ? documents.pdf(DocumentTemplate.APPRAISAL_SUMMARY, document.toModel())
                : documents.docxFor(DocumentTemplate.APPRAISAL_SUMMARY, orgs.refInScope(scope, orgId).path(),
                        document.toModel());
    }

    /**
     * A member's 民主测评 tally (ZB-16: 民主测评 at the 党员大会): either no tally at all (an empty list), or one
     * non-negative count per grade whose sum does not exceed the members taking part, each vote being one member's.
     */
    private static List<Integer> peerVotes(String name, List<Integer> given, List<String> grades, int takingPart,
                                           List<FieldProblem> problems) {
        if (given == null || given.stream().allMatch(Objects::isNull)) {
            return List.of();
        }
        String field = name + " 民主测评";
        if (given.size() != grades.size()) {
            problems.add(new FieldProblem("peerVotes", field,
                    "应按" + grades.size() + "个等次逐项填写票数，收到" + given.size() + "项"));
            return List.of();
        }
        boolean valid = true;
        for (int i = 0; i < grades.size(); i++) {
            Integer count = given.get(i);
            String label = field + "“" + grades.get(i) + "”票数";
            if (count == null) {
                problems.add(new FieldProblem("peerVotes", label, "未填写：各等次票数应全部填写或全部留空"));
                valid = false;
            } else {
                valid &= Counts.within("peerVotes", label, count, takingPart, "参评党员人数", problems);
            }
        }
        if (!valid) {
            return List.of();
        }
        long sum = given.stream().mapToLong(Integer::longValue).sum();
        if (sum > takingPart) {
            problems.add(new FieldProblem("peerVotes", field,
                    "各等次票数合计" + sum + "票，不能超过参评党员人数" + takingPart + "人"));
        }
        return List.copyOf(given);
    }

    /**
     * The grade set to offer for a year's appraisal: the one the branch used last time, or the default
     * 优秀/合格/基本合格/不合格 (JY-04: grades are a local rule).
     */
    public List<String> gradesFor(AccessScope scope, long orgId, int year) {
        scope.require(Permission.LIFE_VIEW);
        OrgUnitRef org = orgs.refInScope(scope, orgId);
        return store.latestGradesBefore(org.id(), year).orElse(AppraisalRound.DEFAULT_GRADES);
    }

    /**
     * When each organization in {@code orgIds} held its 民主评议 in the years {@code fromYear}..{@code toYear}
     * (organization → year → day; years without one are absent), in one statement. Not scoped, like
     * {@link OrgUnits#refs}: dates only, for compliance, which checks whole batches and scopes its own views.
     */
    @ForModules
    public Map<Long, Map<Integer, LocalDate>> heldOn(java.util.Collection<Long> orgIds, int fromYear, int toYear) {
        return store.heldOn(orgIds, fromYear, toYear);
    }

    /** The members to appraise, for the form. */
    public List<RosterEntry> roster(AccessScope scope, long orgId) {
        return members.roster(scope, orgId);
    }

}
