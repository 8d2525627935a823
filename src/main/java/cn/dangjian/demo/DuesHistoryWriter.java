package cn.dangjian.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import cn.dangjian.dues.ApplyReduction;
import cn.dangjian.dues.AssessMember;
import cn.dangjian.dues.DuesAssessments;
import cn.dangjian.dues.DuesCategory;
import cn.dangjian.dues.DuesPayments;
import cn.dangjian.dues.DuesReductions;
import cn.dangjian.dues.DuesRemittances;
import cn.dangjian.dues.DuesVoluntary;
import cn.dangjian.dues.PaymentBatch;
import cn.dangjian.dues.RecordRemittance;
import cn.dangjian.dues.SummaryRow;
import cn.dangjian.dues.DuesOverview;
import cn.dangjian.member.MemberQuery;
import cn.dangjian.member.MemberView;
import cn.dangjian.member.Members;
import cn.dangjian.org.OrgUnitNode;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.Fen;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A year of dues for every branch of a written district, through the dues facades: each member assessed in
 * January (category from their occupation, a base by post — the three oldest members as retirees), payments of
 * the last twelve months — most monthly around the 党费日, some quarterly or the whole year in advance, some a
 * month or two late (补交) — a few members in arrears and one at six months (DF-13), a 少交 approved for a retiree,
 * one voluntary payment of 1000元, and quarterly remittances with one branch's last quarter not handed up (DF-22).
 */
@Component
class DuesHistoryWriter {

    private static final Logger log = LoggerFactory.getLogger(DuesHistoryWriter.class);

    private final OrgUnits orgs;
    private final Members members;
    private final DuesAssessments assessments;
    private final DuesPayments payments;
    private final DuesReductions reductions;
    private final DuesVoluntary voluntary;
    private final DuesRemittances remittances;
    private final DuesOverview overview;
    private final Clock clock;

    DuesHistoryWriter(OrgUnits orgs, Members members, DuesAssessments assessments, DuesPayments payments,
                      DuesReductions reductions, DuesVoluntary voluntary, DuesRemittances remittances,
                      DuesOverview overview, Clock clock) {
        this.orgs = orgs;
        this.members = members;
        this.assessments = assessments;
        this.payments = payments;
        this.reductions = reductions;
        this.voluntary = voluntary;
        this.remittances = remittances;
        this.overview = overview;
        this.clock = clock;
    }

    record Result(int payments, List<DemoIrregularity> irregularities) {
    }

    Result write(long rootId, long seed, long showcaseBranchId, long showcaseMemberId) {
        long started = System.nanoTime();
        AccessScope system = AccessScope.system();
        LocalDate today = LocalDate.now(clock);
        YearMonth current = YearMonth.from(today);
        YearMonth first = current.minusMonths(11);
        Random random = new Random(seed);
        Map<Long, List<MemberView>> byBranch = new HashMap<>();
        members.forEach(system, MemberQuery.ofOrg(rootId), m -> byBranch.computeIfAbsent(m.orgId(), k -> new ArrayList<>()).add(m));
        List<MemberView> everyone = byBranch.values().stream().flatMap(List::stream)
                .sorted(Comparator.comparing(MemberView::birthDate).thenComparing(MemberView::id)).toList();
        List<Long> retirees = everyone.stream().filter(m -> m.status().name().equals("NORMAL")).limit(3)
                .map(MemberView::id).toList();
        List<DemoIrregularity> planted = new ArrayList<>();
        List<OrgUnitNode> branches = DemoBranches.under(orgs, rootId);
        int written = 0;
        boolean lapsePlanted = false;
        boolean lateRemittancePlanted = false;
        for (OrgUnitNode branch : branches) {
            List<MemberView> roll = byBranch.getOrDefault(branch.id(), List.of()).stream()
                    .filter(m -> m.status().name().equals("NORMAL")).toList();
            if (roll.isEmpty()) {
                continue;
            }
            for (int year = first.getYear(); year <= current.getYear(); year++) {
                int y = year;
                assessments.assessAll(system, branch.id(), year, roll.stream()
                        .filter(m -> m.joinedOn() == null || m.joinedOn().getYear() <= y)
                        .map(m -> assessment(m, y, retirees.contains(m.id()), random)).toList());
            }
            boolean lapse = !lapsePlanted && branch.id() == showcaseBranchId;
            List<PaymentBatch.Row> rows = new ArrayList<>();
            for (MemberView m : roll) {
                YearMonth from = m.joinedOn() != null && YearMonth.from(m.joinedOn()).isAfter(first)
                        ? YearMonth.from(m.joinedOn()) : first;
                DuesPattern pattern = lapse && m.id() != showcaseMemberId && !m.leadingCadre() ? DuesPattern.LAPSE
                        : m.id() == showcaseMemberId ? DuesPattern.MONTHLY : DuesPattern.pick(random);
                if (pattern == DuesPattern.LAPSE) {
                    lapse = false;
                    lapsePlanted = true;
                    planted.add(new DemoIrregularity(DemoIrregularity.Kind.DUES_LAPSE, "DF-13", branch.id(), branch.name(),
                            m.name() + "连续6个月未交纳党费"));
                }
                rows.addAll(pattern.payments(m.id(), from, current, today, random));
            }
            written += payments.recordAll(system, branch.id(), rows, "DEMO").written();
            boolean late = !lateRemittancePlanted && branch.id() != showcaseBranchId && random.nextInt(4) == 0;
            lateRemittancePlanted |= late;
            if (late) {
                planted.add(new DemoIrregularity(DemoIrregularity.Kind.REMITTANCE_LATE, "DF-22", branch.id(),
                        branch.name(), "上一季度的党费逾期未上缴"));
            }
            remit(system, branch, first, today, late, random);
        }
        showcase(system, showcaseBranchId, retirees, byBranch, today, random);
        log.info("党费记录已生成：支部 {} 个，交纳 {} 笔，用时 {} 毫秒", branches.size(), written,
                (System.nanoTime() - started) / 1_000_000L);
        return new Result(written, List.copyOf(planted));
    }

    /** A 少交 for one retiree, approved by the 党委, and one voluntary 1000元 payment in the showcase branch. */
    private void showcase(AccessScope system, long branchId, List<Long> retirees, Map<Long, List<MemberView>> byBranch,
                          LocalDate today, Random random) {
        YearMonth current = YearMonth.from(today);
        if (!retirees.isEmpty()) {
            long retiree = retirees.get(0);
            long id = reductions.apply(system, new ApplyReduction(retiree, false, "10", current, current.plusMonths(5), "本人长期患病住院，医疗支出较大，家庭经济困难，申请少交党费", today.minusDays(20)));
            reductions.branchDecides(system, id, true, today.minusDays(15), "支委会研究，情况属实，同意按每月10元交纳，报机关党委审批",
                    reductions.get(system, id).version());
            reductions.approve(system, id, true, today.minusDays(8), "同意", null, reductions.get(system, id).version());
        }
        List<MemberView> branch = byBranch.getOrDefault(branchId, List.of());
        if (branch.size() > 2) {
            MemberView donor = branch.get(branch.size() - 1);
            voluntary.record(system, donor.id(), today.minusDays(6), "1000.00", "庆祝建党105周年，自愿多交党费",
                    "工作积极主动，年度考核优秀");
        }
    }

    /** Each quarter of the window that has ended, handed up a few days after it (the last one skipped if late). */
    private void remit(AccessScope system, OrgUnitNode branch, YearMonth first, LocalDate today, boolean skipLast,
                       Random random) {
        YearMonth current = YearMonth.from(today);
        YearMonth quarterStart = quarterOf(current);
        for (YearMonth q = quarterOf(first); q.isBefore(quarterStart); q = q.plusMonths(3)) {
            YearMonth until = q.plusMonths(2);
            if (skipLast && !q.plusMonths(3).isBefore(quarterStart)) {
                break;
            }
            List<SummaryRow> summary = overview.summary(system, branch.id(), q, until);
            Fen collected = summary.get(summary.size() - 1).paid();
            LocalDate on = until.atEndOfMonth().plusDays(3 + random.nextInt(6));
            remittances.record(system, new RecordRemittance(branch.id(), q, until,
                    on.isAfter(today) ? today : on, collected.toString(), true,
                    "YH" + until.atEndOfMonth().plusDays(3).toString().replace("-", "") + branch.id(), "李会计", null));
        }
    }

    private static YearMonth quarterOf(YearMonth m) {
        return YearMonth.of(m.getYear(), ((m.getMonthValue() - 1) / 3) * 3 + 1);
    }

    private static AssessMember assessment(MemberView m, int year, boolean retired, Random random) {
        if (retired) {
            return AssessMember.annual(m.id(), year, DuesCategory.RETIRED, base(4300, 7600, random));
        }
        String occupation = m.occupation() == null ? "" : m.occupation();
        String position = m.position() == null ? "" : m.position();
        boolean senior = position.contains("处长") || position.contains("局长") || position.contains("主任");
        if (occupation.contains("事业") || occupation.contains("专业技术")) {
            return AssessMember.annual(m.id(), year, DuesCategory.INSTITUTION, senior ? base(7800, 11800, random)
                    : base(4600, 8600, random));
        }
        if (random.nextInt(25) == 0) {
            return AssessMember.annual(m.id(), year, DuesCategory.ORGAN_WORKER, base(3200, 4900, random));
        }
        return AssessMember.annual(m.id(), year, DuesCategory.CIVIL_SERVANT, senior ? base(8200, 12600, random)
                : base(4200, 8200, random));
    }

    /** An after-tax monthly income between two amounts in 元, to the 分. */
    private static String base(int low, int high, Random random) {
        return Fen.of((low + random.nextInt(high - low)) * 100L + random.nextInt(100)).toString();
    }
}
