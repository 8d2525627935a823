package cn.dangjian.compliance.rules;

import java.time.LocalDate;
import java.util.List;

import cn.dangjian.compliance.FindingDraft;
import cn.dangjian.compliance.RuleContext;
import cn.dangjian.compliance.Severity;
import cn.dangjian.parameters.ParameterValues;
import cn.dangjian.transfer.TransferDeadlines;
import cn.dangjian.transfer.TransferFacts;
import cn.dangjian.transfer.TransferFacts.MobileAway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static cn.dangjian.compliance.rules.MemberRuleFixtures.branch;
import static cn.dangjian.compliance.rules.MemberRuleFixtures.outcome;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * ZJ-09: a 流动党员 is contacted at least every 6 months — a reminder in the last 30 days, overdue after; JY-09: one
 * at a relatively fixed place transfers once away 6 months. Boundaries on the day itself.
 */
class MobileRuleTests {

    private final MobileContactRule contactRule = new MobileContactRule();
    private final MobileTransferRule transferRule = new MobileTransferRule();

    private static RuleContext context(LocalDate today) {
        return new RuleContext(today, new ParameterValues(today, java.util.Map.of()));
    }

    /** Gone on 10 May 2026; last contacted on {@code last} (or never). */
    private static TransferFacts away(boolean fixed, LocalDate last) {
        LocalDate since = LocalDate.of(2026, 5, 10);
        return new TransferFacts(List.of(), List.of(), List.of(), List.of(new MobileAway(7, "郑海涛", "广东省深圳市", since,
                fixed, last, TransferDeadlines.nextContactDue(last == null ? since : last))));
    }

    @ParameterizedTest(name = "never contacted, {0}: {1}")
    @CsvSource({
            "2026-10-10, NONE",
            // 30 days before the due day 10 November
            "2026-10-11, DUE:mobile-7",
            "2026-11-10, DUE:mobile-7",
            "2026-11-11, OVERDUE:mobile-7"})
    void aMemberNeverContactedIsDueSixMonthsAfterLeaving(LocalDate today, String expected) {
        assertThat(outcome(contactRule, branch(away(false, null)), context(today))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "contacted 2026-08-31, {0}: {1}")
    @CsvSource({
            "2026-11-11, NONE",
            "2027-01-28, NONE",
            // due on 28 February 2027 (no 31st); reminded from 30 days before
            "2027-01-29, DUE:mobile-7",
            "2027-02-28, DUE:mobile-7",
            "2027-03-01, OVERDUE:mobile-7"})
    void aContactRestartsTheSixMonths(LocalDate today, String expected) {
        assertThat(outcome(contactRule, branch(away(false, LocalDate.of(2026, 8, 31))), context(today))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "fixed {0}, {1}: {2}")
    @CsvSource({
            "true, 2026-11-09, NONE",
            // exactly 6 months
            "true, 2026-11-10, DUE:mobile-7",
            "false, 2026-11-10, NONE",
            "false, 2027-11-10, NONE"})
    void aMemberAtAFixedPlaceTransfersOnceAwaySixMonths(boolean fixed, LocalDate today, String expected) {
        assertThat(outcome(transferRule, branch(away(fixed, LocalDate.of(2026, 11, 1))), context(today)))
                .isEqualTo(expected);
    }

    @Test
    void theFindingsNameTheMemberThePlaceAndTheDays() {
        FindingDraft late = contactRule.evaluate(branch(away(false, null)), context(LocalDate.of(2026, 11, 20))).get(0);
        assertThat(late.severity()).isEqualTo(Severity.OVERDUE);
        assertThat(late.message()).contains("郑海涛").contains("广东省深圳市").contains("尚未联系").contains("已逾期10天")
                .contains("ZJ-09");
        assertThat(late.fixPath()).isEqualTo("/mobile-members/7");
        assertThat(late.since()).isEqualTo(LocalDate.of(2026, 11, 11));
        FindingDraft transfer = transferRule.evaluate(branch(away(true, null)), context(LocalDate.of(2026, 12, 1))).get(0);
        assertThat(transfer.message()).contains("相对固定").contains("应将组织关系转至所在地党组织").contains("JY-09");
        assertThat(transfer.since()).isEqualTo(LocalDate.of(2026, 11, 10));
    }
}
