package cn.dangjian.dues;

import java.math.BigDecimal;

import cn.dangjian.shared.Fen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * DF-02…DF-06 from the catalogue's numbers: a flat rate chosen by bracket on the whole base, upper bounds inclusive,
 * every bracket boundary on both sides; the fixed amounts; and the rounding parameter (DF-28, default: to the 分).
 */
class DuesRatesTests {

    @ParameterizedTest(name = "{0} {1}元 -> {2} {3}元 ({4})")
    @CsvSource(delimiter = '|', textBlock = """
            # category     | base      | rate | monthly | rule
            CIVIL_SERVANT  | 0         | 0.5% | 0.00    | DF-02
            CIVIL_SERVANT  | 2000      | 0.5% | 10.00   | DF-02
            CIVIL_SERVANT  | 3000.00   | 0.5% | 15.00   | DF-02
            CIVIL_SERVANT  | 3000.01   | 1%   | 30.00   | DF-02
            ORGAN_WORKER   | 4800      | 1%   | 48.00   | DF-02
            INSTITUTION    | 5000.00   | 1%   | 50.00   | DF-02
            INSTITUTION    | 5000.01   | 1.5% | 75.00   | DF-02
            ENTERPRISE     | 8000      | 1.5% | 120.00  | DF-02
            CIVIL_SERVANT  | 10000.00  | 1.5% | 150.00  | DF-02
            CIVIL_SERVANT  | 10000.01  | 2%   | 200.00  | DF-02
            ANNUAL_SALARY  | 25000     | 2%   | 500.00  | DF-02
            NO_FIXED_INCOME| 2999.99   | 0.5% | 15.00   | DF-02
            RETIRED        | 5000.00   | 0.5% | 25.00   | DF-05
            RETIRED        | 5000.01   | 1%   | 50.00   | DF-05
            RETIRED        | 3600      | 0.5% | 18.00   | DF-05
            RETIRED        | 7200.50   | 1%   | 72.01   | DF-05
            """)
    void bracketsApplyAFlatRateToTheWholeBase(DuesCategory category, String base, String rate, String monthly, String rule) {
        DuesCalculation calc = DuesRates.calculate(category, Fen.parse(base), null, Rounding.FEN);
        assertThat(calc.rate()).isEqualTo(rate);
        assertThat(calc.monthly()).hasToString(monthly);
        assertThat(calc.ruleId()).isEqualTo(rule);
        assertThat(calc.explanation()).contains(rule).contains(monthly + "元");
    }

    @Test
    void theExactAmountKeepsTheFractionOfAFenUntilRounding() {
        DuesCalculation calc = DuesRates.calculate(DuesCategory.CIVIL_SERVANT, Fen.parse("2999.99"), null, Rounding.FEN);
        assertThat(calc.exactFen()).isEqualByComparingTo(new BigDecimal("1499.995"));
        assertThat(calc.monthly()).isEqualTo(Fen.of(1500));
    }

    @ParameterizedTest(name = "{0}: {1}元 -> {2}元")
    @CsvSource(delimiter = '|', textBlock = """
            FEN          | 4833.33 | 48.33
            JIAO_HALF_UP | 4833.33 | 48.30
            JIAO_UP      | 4833.33 | 48.40
            JIAO_UP      | 4830.00 | 48.30
            YUAN_HALF_UP | 4850.00 | 49.00
            YUAN_HALF_UP | 4849.00 | 48.00
            """)
    void roundingIsAParameter(Rounding rounding, String base, String monthly) {
        assertThat(DuesRates.calculate(DuesCategory.CIVIL_SERVANT, Fen.parse(base), null, rounding).monthly())
                .hasToString(monthly);
    }

    @ParameterizedTest(name = "{0} -> 0.20元")
    @CsvSource({"STUDENT", "UNEMPLOYED", "RELIEF", "SUBSISTENCE"})
    void theOtherGroupsOfDf06PayTwentyFen(DuesCategory category) {
        DuesCalculation calc = DuesRates.calculate(category, null, null, Rounding.JIAO_UP);
        assertThat(calc.monthly()).hasToString("0.20");
        assertThat(calc.ruleId()).isEqualTo("DF-06");
        assertThat(calc.standard()).isEqualTo("固定金额");
    }

    @ParameterizedTest(name = "farmer {0}元 -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0.20 | ok
            0.50 | ok
            1.00 | ok
            0.19 | refused
            1.01 | refused
            """)
    void farmersPayBetweenTwentyFenAndOneYuan(String amount, String outcome) {
        if (outcome.equals("ok")) {
            assertThat(DuesRates.calculate(DuesCategory.FARMER, null, Fen.parse(amount), Rounding.FEN).monthly())
                    .hasToString(amount);
        } else {
            assertThatThrownBy(() -> DuesRates.calculate(DuesCategory.FARMER, null, Fen.parse(amount), Rounding.FEN))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aSalaryCategoryNeedsABase() {
        assertThatThrownBy(() -> DuesRates.calculate(DuesCategory.RETIRED, null, null, Rounding.FEN))
                .hasMessageContaining("月收入");
    }
}
