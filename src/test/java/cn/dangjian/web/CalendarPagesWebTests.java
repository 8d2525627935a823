package cn.dangjian.web;

import java.time.Clock;
import java.time.LocalDate;

import cn.dangjian.calendar.WorkCalendar;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.support.IntegrationTest;
import cn.dangjian.support.TestTree;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 节假日安排 page: the year's list, the not-entered warning, who may enter a day, field errors, the calculator. */
@IntegrationTest
@AutoConfigureMockMvc
class CalendarPagesWebTests {

    private static final String NOT_ENTERED_2027 =
            "2027年的节假日安排尚未录入，涉及工作日计算的规则（如发展对象公示不少于5个工作日）将无法核对";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestTree trees;
    @Autowired
    WorkCalendar calendar;
    @Autowired
    Clock clock;

    @AfterEach
    void forget2027() {
        calendar.days(2027).forEach(d -> calendar.remove(AccessScope.system(), d.day()));
    }

    @Test
    void anyoneSeesTheYearsHolidaysAndMakeUpDaysInDateOrderButOnlyAnAdministratorGetsTheForm() throws Exception {
        TestTree.Tree t = trees.build();
        String branch = trees.account("BRANCH_SECRETARY", t.a1(), t.memberA1());

        String page = mvc.perform(get("/calendar").param("year", "2026").with(httpBasic(branch, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("2026年节假日安排"), containsString("国庆节"),
                        containsString("国庆节调休上班"), containsString("星期六"), containsString("href=\"/calendar\""),
                        not(containsString("尚未录入")), not(containsString("id=\"day-form\"")),
                        not(containsString("/calendar/remove")))))
                .andReturn().getResponse().getContentAsString();
        // in date order: 元旦 first, the 9-20 make-up Sunday before 国庆节, the 10-10 make-up Saturday after it
        int newYear = page.indexOf("2026-01-01");
        int makeUpSunday = page.indexOf("2026-09-20");
        int nationalDay = page.indexOf("2026-10-01");
        int makeUpSaturday = page.indexOf("2026-10-10");
        org.assertj.core.api.Assertions.assertThat(newYear).isPositive().isLessThan(makeUpSunday);
        org.assertj.core.api.Assertions.assertThat(makeUpSunday).isLessThan(nationalDay);
        org.assertj.core.api.Assertions.assertThat(nationalDay).isLessThan(makeUpSaturday);

        mvc.perform(get("/calendar").with(httpBasic(branch, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(LocalDate.now(clock).getYear() + "年节假日安排")));
    }

    @Test
    void aCommitteeSecretaryWithRuleParametersCannotEnterADayForTheWholePlatform() throws Exception {
        TestTree.Tree t = trees.build();
        String committee = trees.account("PARTY_COMMITTEE_SECRETARY", t.a(), null);

        mvc.perform(get("/calendar").param("year", "2027").with(httpBasic(committee, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(NOT_ENTERED_2027), containsString("请联系平台管理员录入"),
                        not(containsString("id=\"day-form\"")))));
        mvc.perform(post("/calendar").param("day", "2027-10-01").param("kind", "HOLIDAY").param("name", "国庆节")
                        .with(httpBasic(committee, TestTree.PASSWORD)).with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("节假日安排适用于全平台，只能由管理范围为“全部”的人员维护")));
        mvc.perform(get("/calendar").param("year", "2027").with(httpBasic(committee, TestTree.PASSWORD)))
                .andExpect(content().string(allOf(containsString(NOT_ENTERED_2027), not(containsString("2027-10-01")))));
    }

    @Test
    void anAdministratorEntersA2027HolidaySeesItAndRemovesItAgain() throws Exception {
        TestTree.Tree t = trees.build();
        String admin = trees.account("PLATFORM_ADMIN", t.root(), null);

        mvc.perform(get("/calendar").param("year", "2027").with(httpBasic(admin, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(NOT_ENTERED_2027), containsString("id=\"day-form\""),
                        containsString("2027年暂无录入的放假或调休上班日期"))));
        mvc.perform(post("/calendar").param("year", "2027").param("day", "2027-10-01").param("kind", "HOLIDAY")
                        .param("name", " 国庆节 ").with(httpBasic(admin, TestTree.PASSWORD)).with(csrf()))
                .andExpect(redirectedUrl("/calendar?year=2027#day-2027-10-01"))
                .andExpect(flash().attribute("notice", "已保存：2027-10-01 放假（国庆节）"));
        mvc.perform(get("/calendar").param("year", "2027").with(httpBasic(admin, TestTree.PASSWORD)))
                .andExpect(content().string(allOf(containsString("id=\"day-2027-10-01\""), containsString("国庆节"),
                        containsString("星期五"), not(containsString("尚未录入")))));

        // the same date saved again corrects it; 修改 fills the form with what is stored
        mvc.perform(post("/calendar").param("day", "2027-10-01").param("kind", "HOLIDAY").param("name", "国庆节、中秋节")
                        .with(httpBasic(admin, TestTree.PASSWORD)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/calendar").param("year", "2027").param("edit", "2027-10-01").with(httpBasic(admin, TestTree.PASSWORD)))
                .andExpect(content().string(allOf(containsString("value=\"2027-10-01\""),
                        containsString("value=\"国庆节、中秋节\""))));

        mvc.perform(post("/calendar/remove").param("day", "2027-10-01").with(httpBasic(admin, TestTree.PASSWORD)).with(csrf()))
                .andExpect(redirectedUrl("/calendar?year=2027"));
        mvc.perform(get("/calendar").param("year", "2027").with(httpBasic(admin, TestTree.PASSWORD)))
                .andExpect(content().string(allOf(containsString(NOT_ENTERED_2027), not(containsString("id=\"day-2027-10-01\"")))));
    }

    @Test
    void aRefusedEntryNamesTheFieldsAndKeepsWhatWasTyped() throws Exception {
        TestTree.Tree t = trees.build();
        String admin = trees.account("PLATFORM_ADMIN", t.root(), null);

        // Monday 2027-10-04 cannot be a make-up workday, and the name is missing
        mvc.perform(post("/calendar").param("year", "2027").param("day", "2027-10-04").param("kind", "WORKDAY")
                        .param("name", "").with(httpBasic(admin, TestTree.PASSWORD)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("类型：调休上班只能安排在周六或周日"),
                        containsString("名称：请填写节日名称"), containsString("value=\"2027-10-04\""),
                        containsString("<option value=\"WORKDAY\" selected=\"selected\">调休上班</option>"))));
        mvc.perform(post("/calendar").param("year", "2027").param("day", "2027-02-30").param("kind", "HOLIDAY")
                        .param("name", "春节").with(httpBasic(admin, TestTree.PASSWORD)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("日期：“2027-02-30”不是有效日期"),
                        containsString("value=\"2027-02-30\""), containsString("value=\"春节\""))));
        mvc.perform(get("/calendar").param("year", "2027").with(httpBasic(admin, TestTree.PASSWORD)))
                .andExpect(content().string(containsString(NOT_ENTERED_2027)));
    }

    @Test
    void theCalculatorTellsWhenAFiveWorkingDayNoticeEnds() throws Exception {
        TestTree.Tree t = trees.build();
        String branch = trees.account("BRANCH_SECRETARY", t.a1(), t.memberA1());

        // Wed 9-30 is day 1; 国庆节 10-1..7 off; Thu 10-8, Fri 10-9, make-up Sat 10-10; Sun 10-11 off; Mon 10-12
        mvc.perform(get("/calendar").param("from", "2026-09-30").param("n", "5").with(httpBasic(branch, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<span id=\"last-day\">2026-10-12</span> <span>星期一</span>"),
                        containsString("当天为工作日，计为第1天"), not(containsString("id=\"calculator-warning\"")))));
        mvc.perform(get("/calendar").param("from", "2027-12-28").param("n", "5").with(httpBasic(branch, TestTree.PASSWORD)))
                .andExpect(content().string(allOf(containsString("2028-01-03"),
                        containsString("2027、2028年的节假日安排尚未录入，上述结果只扣除了周末"))));
        mvc.perform(get("/calendar").param("from", "2026-09-30").param("n", "0").with(httpBasic(branch, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("工作日数：应为1至366之间的整数"),
                        containsString("value=\"0\""), not(containsString("id=\"last-day\"")))));
    }
}
