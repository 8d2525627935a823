package cn.dangjian.transfer.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import cn.dangjian.member.MemberKind;
import cn.dangjian.shared.Ethnicity;
import cn.dangjian.shared.FieldProblem;
import cn.dangjian.shared.Gender;
import cn.dangjian.support.TestTree;
import cn.dangjian.transfer.RecordIncomingLetter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checks on a letter typed in from the paper: the age on it against the 身份证号 (周岁 on the day of issue, or
 * the 虚岁 one more), the validity's bounds, the order of the dates, 党费已交到 between joining and a year after
 * reporting, and the number kept as it fills 「第　号」.
 */
class IncomingLetterCheckTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    /** Born 6 May 1999: 27 on 20 November 2026, the day of issue. */
    private static final String ID = TestTree.citizenId(LocalDate.of(1999, 5, 6), 3, true);

    private static RecordIncomingLetter letter(String number, Integer age, Integer days, LocalDate issued,
                                               LocalDate received, YearMonth paid) {
        return new RecordIncomingLetter(1L, "中共江城大学委员会组织部", null, number, issued, days, paid, received, "陈思远",
                Gender.MALE, age, Ethnicity.HAN, ID, MemberKind.PROBATIONARY, null, LocalDate.of(2026, 6, 20), null);
    }

    private static List<String> problems(RecordIncomingLetter in) {
        List<FieldProblem> found = new ArrayList<>();
        IncomingLetterCheck.check(in, TODAY, found);
        return found.stream().map(FieldProblem::field).toList();
    }

    @ParameterizedTest(name = "age {0}: {1}")
    @CsvSource({"26, age", "27, ''", "28, ''", "29, age"})
    void theAgeOnTheLetterIsThe周岁OrThe虚岁OnTheDayOfIssue(int age, String problem) {
        assertThat(problems(letter("2026-031", age, 30, LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 25),
                YearMonth.of(2026, 9)))).isEqualTo(problem.isEmpty() ? List.of() : List.of(problem));
    }

    @ParameterizedTest(name = "{0} days: {1}")
    @CsvSource({"0, validityDays", "1, ''", "180, ''", "181, validityDays"})
    void theValidityIsOneTo180Days(int days, String problem) {
        assertThat(problems(letter("2026-031", 27, days, LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 25),
                null))).isEqualTo(problem.isEmpty() ? List.of() : List.of(problem));
    }

    @ParameterizedTest(name = "issued {0}, reported {1}: {2}")
    @CsvSource({
            "2026-11-20, 2026-11-20, ''",
            "2026-11-20, 2026-11-19, receivedOn",
            "2026-11-20, 2026-12-03, ''",
            "2026-11-20, 2026-12-04, receivedOn",
            "2026-12-04, 2026-12-03, issuedOn receivedOn",
            // a letter older than any in use, and a typo in the year of reporting
            "1999-12-31, 2000-01-05, issuedOn",
            "2026-11-20, 2106-11-25, receivedOn",
            // reported long after the validity: recorded all the same (JY-09 forbids refusing the member)
            "2026-06-20, 2026-12-01, ''"})
    void theDatesFollowOneAnotherAndNoneIsAfterToday(LocalDate issued, LocalDate received, String expected) {
        assertThat(problems(letter("2026-031", 27, 30, issued, received, null)))
                .isEqualTo(expected.isEmpty() ? List.of() : List.of(expected.split(" ")));
    }

    @ParameterizedTest(name = "paid up to {0}: {1}")
    @CsvSource({"2026-05, duesPaidUpTo", "2026-06, ''", "2027-11, ''", "2027-12, duesPaidUpTo"})
    void duesArePaidFromJoiningToAYearAfterReporting(YearMonth paid, String problem) {
        assertThat(problems(letter("2026-031", 27, 30, LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 25), paid)))
                .isEqualTo(problem.isEmpty() ? List.of() : List.of(problem));
    }

    @ParameterizedTest(name = "「{0}」 → 「{1}」")
    @CsvSource({"2026-031, 2026-031", "第2026-031号, 2026-031", "青直机工转〔2026〕101号, 青直机工转〔2026〕101", "第 7 号, 7",
            "号, 号"})
    void theNumberIsKeptAsItFills第号(String typed, String kept) {
        assertThat(IncomingLetterCheck.number(typed)).isEqualTo(kept);
    }

    @Test
    void aCheckedLetterTakesTheIssuerAsTheOriginWhenNoneIsGiven() {
        List<FieldProblem> found = new ArrayList<>();
        IncomingLetterCheck.Letter l = IncomingLetterCheck.check(letter(" 第2026-031号 ", 27, 30,
                LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 25), YearMonth.of(2026, 9)), TODAY, found);
        assertThat(found).isEmpty();
        assertThat(l.fromName()).isEqualTo("中共江城大学委员会组织部");
        assertThat(l.letterNo()).isEqualTo("2026-031");
        assertThat(l.duesPaidUpTo()).isEqualTo(YearMonth.of(2026, 9));
    }
}
