package cn.dangjian.shared;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** GB 11643 身份证号 validation, with the messages a user sees. */
class CitizenIdTests {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            11010519491231002X | 有效
            11010519491231002x | 有效
            110105194912310021 | 校验位错误
            510104198503010014 | 有效
            510104198503010018 | 校验位错误
            51010419850301001  | 应为18位，实际为17位
            5101041985030100140| 应为18位，实际为19位
            51010419850A010019 | 前17位应为数字
            51010419850301001Y | 第18位应为数字或X
            990104198503010017 | 地区代码无效
            510104198502300015 | 出生日期无效
            510104185503010016 | 出生日期无效
            """)
    void validatesLengthDigitsRegionBirthDateAndCheckDigit(String number, String expected) {
        String actual = CitizenId.problemOf(number).orElse("有效");
        assertThat(actual).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: born {1}, {2}")
    @CsvSource(delimiter = '|', textBlock = """
            11010519491231002X | 1949-12-31 | FEMALE
            510104198503010014 | 1985-03-01 | MALE
            """)
    void derivesBirthDateAndGender(String number, LocalDate birth, Gender gender) {
        CitizenId id = CitizenId.parse(number);
        assertThat(id.birthDate()).isEqualTo(birth);
        assertThat(id.gender()).isEqualTo(gender);
    }

    @ParameterizedTest
    @CsvSource({"11010519491231002X, 110105********002X", "510104198503010014, 510104********0014"})
    void masksTheMiddleEightDigits(String number, String masked) {
        assertThat(CitizenId.parse(number).masked()).isEqualTo(masked);
        assertThat(CitizenId.parse(number).toString()).isEqualTo(masked);
    }
}
