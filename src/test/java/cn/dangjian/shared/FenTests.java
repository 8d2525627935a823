package cn.dangjian.shared;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Amounts typed in 元 become exact 分; anything else is refused with a message, never rounded silently. */
class FenTests {

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            4800        | 480000
            4800.5      | 480050
            '4,800.50'  | 480050
            4800.50元   | 480050
            ¥12         | 1200
            ' 0.2 '     | 20
            999.99      | 99999
            1000.00     | 100000
            """)
    void typedAmountsAreExact(String typed, long fen) {
        assertThat(Fen.problemOf(typed)).isEmpty();
        assertThat(Fen.parse(typed).value()).isEqualTo(fen);
    }

    @ParameterizedTest(name = "''{0}'' refused")
    @CsvSource(delimiter = '|', textBlock = """
            -5
            12.345
            abc
            1e5
            123456789
            ''
            """)
    void otherTextIsRefused(String typed) {
        assertThat(Fen.problemOf(typed)).isPresent();
    }
}
