package cn.dangjian.transfer;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a letter out of the platform shows in the list (ZJ-05): about to expire in its last 7 days, expired the day
 * after its last valid day, and neither once its 回执 is back.
 */
class LetterViewTests {

    private static final LocalDate VALID_THROUGH = LocalDate.of(2027, 1, 4);

    @ParameterizedTest(name = "{0}, 回执 back {1}: expiring {2}, expired {3}")
    @CsvSource({
            "2026-12-27, false, false, false", // 8 days before the last valid day
            "2026-12-28, false, true,  false", // 7 days before
            "2027-01-04, false, true,  false", // the last valid day
            "2027-01-05, false, false, true",  // the day after
            "2027-01-05, true,  false, false", // the 回执 came back
            "2026-12-30, true,  false, false"})
    void aLetterIsAboutToExpireInItsLastWeekAndExpiredAfter(LocalDate today, boolean receiptBack, boolean expiring,
                                                           boolean expired) {
        LetterView letter = new LetterView("2026-007", "中共江城大学委员会", 1L, "某机关党委", LocalDate.of(2026, 12, 3), 30,
                VALID_THROUGH, "党员本人携带", null, null, receiptBack ? LocalDate.of(2026, 12, 20) : null, null);
        assertThat(letter.expiringOn(today)).isEqualTo(expiring);
        assertThat(letter.expiredOn(today)).isEqualTo(expired);
    }
}
