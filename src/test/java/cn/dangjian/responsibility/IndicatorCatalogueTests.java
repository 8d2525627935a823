package cn.dangjian.responsibility;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The assessment catalogue holds only outcomes computed from records (ZR-07): nothing a 工委 may choose measures
 * online time, study hours, check-ins, points, rankings, likes, photos, notes or numbers of ledgers and documents,
 * which ZR-04 and ZR-05 forbid as assessment criteria; every indicator is a share with its formula shown, and each
 * one reads the records of a kind of {@link Evidence}.
 */
class IndicatorCatalogueTests {

    /** Words of the measures ZR-04, ZR-05 and ZR-08 forbid as criteria (and of usage metrics for the app itself). */
    static final List<String> FORBIDDEN = List.of("在线", "时长", "学时", "学习时间", "打卡", "签到", "积分", "排名", "点赞",
            "转发", "照片", "拍照", "视频", "留痕", "笔记", "台账", "发文", "批示", "下载", "安装", "登录");

    @Test
    void noIndicatorNamesOrComputesAForbiddenMeasure() {
        for (Indicator i : Indicator.values()) {
            for (String word : FORBIDDEN) {
                assertThat(i.label()).as(i + " label").doesNotContain(word);
                assertThat(i.formula()).as(i + " formula").doesNotContain(word);
            }
        }
    }

    @Test
    void theForbiddenWordsCheckWouldCatchAnIndicatorOfStudyHours() {
        String studyHours = "本年度党员在线学习时长达标的党支部数 ÷ 党支部总数";
        assertThat(FORBIDDEN).anyMatch(studyHours::contains);
    }

    @Test
    void everyIndicatorIsAShareOfOrganizationsWithItsRulesAndLevels() {
        for (Indicator i : Indicator.values()) {
            assertThat(i.formula()).as(i.toString()).contains("÷").contains("本年度");
            assertThat(i.ruleIds()).as(i.toString()).isNotEmpty().allMatch(id -> id.matches("[A-Z]{2}-\\d{2}"));
            assertThat(i.levels()).as(i.toString()).isNotEmpty();
            assertThat(i.label()).as(i.toString()).isNotBlank();
        }
        assertThat(Arrays.stream(Indicator.values()).map(Indicator::code).distinct()).hasSize(Indicator.values().length);
        assertThat(Arrays.stream(Indicator.values()).map(Indicator::label).distinct()).hasSize(Indicator.values().length);
    }

    @Test
    void everyIndicatorIsDerivedFromAKindOfEvidence() {
        for (Indicator i : Indicator.values()) {
            assertThat(i.evidence()).as(i.toString()).isNotNull();
            assertThat(Evidence.valueOf(i.name())).as(i + " is named after the records it reads").isEqualTo(i.evidence());
            assertThat(i.evidence().codePrefixes()).as(i.toString()).isNotEmpty();
        }
    }

    @Test
    void branchMeetingsCountBranchesAndTermsCountEveryLevel() {
        assertThat(Indicator.BRANCH_ASSEMBLY.levels()).containsExactly(DutyLevel.BRANCH);
        assertThat(Indicator.BRANCH_ASSEMBLY.counts(DutyLevel.PARTY_COMMITTEE)).isFalse();
        assertThat(Indicator.TERM.levels()).containsExactlyInAnyOrder(DutyLevel.values());
        assertThat(Indicator.TERM.levelLabels()).isEqualTo("机关党委、党总支、党支部");
        assertThat(Indicator.TERM.counts(null)).isFalse();
    }
}
