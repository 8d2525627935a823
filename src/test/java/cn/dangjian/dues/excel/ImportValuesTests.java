package cn.dangjian.dues.excel;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import cn.dangjian.dues.DuesCategory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Months, days and 人员类别 as payroll and bank exports write them. */
class ImportValuesTests {

    @ParameterizedTest
    @ValueSource(strings = {"2026-03", "2026-3", "2026/03", "2026.03", "2026年3月", "2026年03月", "202603", "2026-03-05",
            "２０２６年３月", " 2026 年 3 月 "})
    void aSingleMonthIsReadInEveryUsualWriting(String text) {
        assertThat(ImportValues.months(text)).containsExactly(YearMonth.of(2026, 3));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "2026-01至2026-03;2026-01;3", "2026年1-3月;2026-01;3", "2026年1月~3月;2026-01;3", "202601-202603;2026-01;3",
            "2025-11至2026-02;2025-11;4", "2026年1月、2月、3月;2026-01;3", "2026-01,2026-02,2026-03;2026-01;3"})
    void rangesAndListsGiveEveryMonthInOrder(String text, String first, int count) {
        List<YearMonth> months = ImportValues.months(text);
        assertThat(months).hasSize(count);
        assertThat(months.get(0)).isEqualTo(YearMonth.parse(first));
        assertThat(months).isSorted();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "三月", "2026-13", "2026年0月", "2026-03至2026-01", "2024-01至2026-12", "abc", "2026"})
    void anythingElseIsNoMonthAtAll(String text) {
        assertThat(ImportValues.months(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-05", "2026/3/5", "2026.03.05", "2026年3月5日", "20260305", "2026-03-05 10:22:33",
            "20260305102233"})
    void aDayIsReadWithOrWithoutItsTime(String text) {
        assertThat(ImportValues.date(text)).contains(LocalDate.of(2026, 3, 5));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30", "3月5日", "昨天", "2026-03"})
    void anImpossibleOrPartialDayIsRefused(String text) {
        assertThat(ImportValues.date(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"在职：机关公务员,CIVIL_SERVANT", "公务员,CIVIL_SERVANT", "参公管理,CIVIL_SERVANT", "事业单位,INSTITUTION",
            "退休,RETIRED", "离退休人员,RETIRED", "年薪制人员,ANNUAL_SALARY", "学生,STUDENT", "31,RETIRED",
            "机关工人,ORGAN_WORKER", "领取低保,SUBSISTENCE"})
    void categoriesAreReadFromTheWordsPayrollSystemsUse(String text, DuesCategory expected) {
        assertThat(ImportValues.category(text)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"在职", "干部", "其他"})
    void aCategoryThatDoesNotSayWhichRuleAppliesIsNotGuessed(String text) {
        assertThat(ImportValues.category(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"税后工资（元）,税后工资", "* 姓名,姓名", "计算基数(元),计算基数"})
    void headersAreComparedWithoutUnitsOrMarks(String header, String expected) {
        assertThat(ImportValues.header(header)).isEqualTo(expected);
    }
}
