package cn.dangjian.compliance.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.dangjian.compliance.RuleContext;
import cn.dangjian.dues.DuesFacts;
import cn.dangjian.dues.DuesFacts.EndedReduction;
import cn.dangjian.dues.DuesFacts.LargePayment;
import cn.dangjian.dues.DuesFacts.MemberArrears;
import cn.dangjian.dues.DuesFacts.RemittancePeriod;
import cn.dangjian.dues.internal.DuesParameters;
import cn.dangjian.parameters.ParameterDefinition;
import cn.dangjian.parameters.ParameterValues;
import cn.dangjian.parameters.ParameterValues.Level;
import cn.dangjian.shared.Fen;

/**
 * Dues facts built by hand for the 党费 rules (on {@link MemberRuleFixtures#branch}), and contexts holding the dues
 * module's parameters — which it declares, and some rules read — at their defaults or set locally.
 */
final class DuesRuleFixtures {

    /** A month's dues in the fixtures: 12.50元. */
    static final Fen MONTHLY = Fen.of(1250);

    private DuesRuleFixtures() {
    }

    static RuleContext context(LocalDate today) {
        return context(today, Map.of());
    }

    static RuleContext context(LocalDate today, Map<String, String> settings) {
        Map<String, ParameterValues.Value> values = new HashMap<>();
        for (ParameterDefinition d : new DuesParameters().parameters()) {
            String set = settings.get(d.key());
            values.put(d.key(), set == null
                    ? new ParameterValues.Value(d.key(), d.defaultValue(), Level.DEFAULT, null, null)
                    : new ParameterValues.Value(d.key(), set, Level.ORGANIZATION, MemberRuleFixtures.BRANCH_ID, today));
        }
        return new RuleContext(today, new ParameterValues(today, values));
    }

    /** Everyone on a roll of 10 assessed by the default deadline; nothing else but these members' arrears. */
    static DuesFacts arrears(LocalDate today, MemberArrears... arrears) {
        return new DuesFacts(today, List.of(arrears), 10, 10, 3, List.of(), List.of(), List.of());
    }

    /** A member whose last {@code months} ended months are unpaid, and nothing before. */
    static MemberArrears run(long id, String name, LocalDate today, int months) {
        YearMonth current = YearMonth.from(today);
        List<YearMonth> unpaid = new ArrayList<>();
        for (int i = months; i >= 1; i--) {
            unpaid.add(current.minusMonths(i));
        }
        return new MemberArrears(id, name, unpaid, months, MONTHLY.times(months));
    }

    /** A member with these months unpaid (e.g. {@code "2025-12 2026-05"}); the run ending with last month counted. */
    static MemberArrears unpaid(long id, String name, LocalDate today, String months) {
        List<YearMonth> list = Arrays.stream(months.trim().split("\\s+")).map(YearMonth::parse).sorted().toList();
        int run = 0;
        for (YearMonth m = YearMonth.from(today).minusMonths(1); list.contains(m); m = m.minusMonths(1)) {
            run++;
        }
        return new MemberArrears(id, name, list, run, MONTHLY.times(list.size()));
    }

    static DuesFacts assessments(LocalDate today, int onRoll, int assessed, int deadlineMonth) {
        return new DuesFacts(today, List.of(), onRoll, assessed, deadlineMonth, List.of(), List.of(), List.of());
    }

    static DuesFacts remittances(LocalDate today, RemittancePeriod... periods) {
        return new DuesFacts(today, List.of(), 10, 10, 3, List.of(periods), List.of(), List.of());
    }

    static DuesFacts largePayments(LocalDate today, LargePayment... payments) {
        return new DuesFacts(today, List.of(), 10, 10, 3, List.of(), List.of(payments), List.of());
    }

    static DuesFacts endedReductions(LocalDate today, EndedReduction... reductions) {
        return new DuesFacts(today, List.of(), 10, 10, 3, List.of(), List.of(), List.of(reductions));
    }
}
