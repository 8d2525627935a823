package cn.dangjian.web;

import cn.dangjian.calendar.WorkCalendar;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.support.IntegrationTest;
import cn.dangjian.support.TestTree;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code /api/v1/calendar}: a year's arrangement, entering and removing a day, and the working-day count. */
@IntegrationTest
@AutoConfigureMockMvc
class CalendarApiWebTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestTree trees;
    @Autowired
    WorkCalendar calendar;

    @AfterEach
    void forget2027() {
        calendar.days(2027).forEach(d -> calendar.remove(AccessScope.system(), d.day()));
    }

    @Test
    void anyoneSignedInReadsTheSeeded2026Arrangement() throws Exception {
        TestTree.Tree t = trees.build();
        String member = trees.account("MEMBER", t.a1(), t.memberA1());

        // 33 days off (元旦 3, 春节 9, 清明 3, 劳动节 5, 端午 3, 中秋 3, 国庆 7) and 6 make-up workdays
        mvc.perform(get("/api/v1/calendar/2026").with(httpBasic(member, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(2026))
                .andExpect(jsonPath("$.covered").value(true))
                .andExpect(jsonPath("$.days.length()").value(39))
                .andExpect(jsonPath("$.days[0].day").value("2026-01-01"))
                .andExpect(jsonPath("$.days[?(@.day == '2026-10-01')].name").value(hasItem("国庆节")))
                .andExpect(jsonPath("$.days[?(@.day == '2026-10-10')].kind").value(hasItem("WORKDAY")));
        mvc.perform(get("/api/v1/calendar/2027").with(httpBasic(member, TestTree.PASSWORD)))
                .andExpect(jsonPath("$.covered").value(false))
                .andExpect(jsonPath("$.days").value(empty()));
        mvc.perform(get("/api/v1/calendar/2026"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/v3/api-docs"))
                .andExpect(jsonPath("$.paths['/api/v1/calendar/days/{date}'].put.summary").value(containsString("录入或修改")))
                .andExpect(jsonPath("$.paths['/api/v1/calendar/working-days'].get").exists());
    }

    @Test
    void theAdministratorPutsAndDeletesA2027DayAndOthersCannot() throws Exception {
        TestTree.Tree t = trees.build();
        String admin = trees.account("PLATFORM_ADMIN", t.root(), null);
        String committee = trees.account("PARTY_COMMITTEE_SECRETARY", t.a(), null);
        String holiday = "{\"kind\":\"HOLIDAY\",\"name\":\" 国庆节 \"}";

        mvc.perform(put("/api/v1/calendar/days/2027-10-01").contentType(MediaType.APPLICATION_JSON).content(holiday)
                        .with(httpBasic(committee, TestTree.PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("只能由管理范围为“全部”的人员维护")));
        mvc.perform(put("/api/v1/calendar/days/2027-10-04").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"WORKDAY\",\"name\":\"\"}").with(httpBasic(admin, TestTree.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("kind", "name")))
                .andExpect(jsonPath("$.detail").value(containsString("类型：调休上班只能安排在周六或周日")));
        mvc.perform(get("/api/v1/calendar/2027").with(httpBasic(admin, TestTree.PASSWORD)))
                .andExpect(jsonPath("$.covered").value(false));

        mvc.perform(put("/api/v1/calendar/days/2027-10-01").contentType(MediaType.APPLICATION_JSON).content(holiday)
                        .with(httpBasic(admin, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.day").value("2027-10-01"))
                .andExpect(jsonPath("$.name").value("国庆节"));
        mvc.perform(get("/api/v1/calendar/2027").with(httpBasic(committee, TestTree.PASSWORD)))
                .andExpect(jsonPath("$.covered").value(true))
                .andExpect(jsonPath("$.days[0].kind").value("HOLIDAY"));
        // Friday 2027-10-01 is off: a span from Thursday 9-30 skips it
        mvc.perform(get("/api/v1/calendar/working-days").param("from", "2027-09-30").param("n", "2")
                        .with(httpBasic(committee, TestTree.PASSWORD)))
                .andExpect(jsonPath("$.lastDay").value("2027-10-04"));

        mvc.perform(delete("/api/v1/calendar/days/2027-10-01").with(httpBasic(committee, TestTree.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/calendar/days/2027-10-01").with(httpBasic(admin, TestTree.PASSWORD)))
                .andExpect(status().isNoContent());
        mvc.perform(delete("/api/v1/calendar/days/2027-10-01").with(httpBasic(admin, TestTree.PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("2027-10-01 没有录入")));
        mvc.perform(get("/api/v1/calendar/2027").with(httpBasic(admin, TestTree.PASSWORD)))
                .andExpect(jsonPath("$.covered").value(false))
                .andExpect(jsonPath("$.days").value(empty()));
    }

    @Test
    void theFifthWorkingDayFromTheEveOfNationalDayIsTheMondayAfterTheMakeUpSaturday() throws Exception {
        TestTree.Tree t = trees.build();
        String branch = trees.account("BRANCH_SECRETARY", t.a1(), t.memberA1());

        // holidays.md 2026: Wed 9-30 counts (1); 国庆节 10-1..7 off; Thu 10-8 (2), Fri 10-9 (3),
        // Sat 10-10 is a make-up workday (4); Sun 10-11 off; Mon 10-12 (5)
        mvc.perform(get("/api/v1/calendar/working-days").param("from", "2026-09-30").param("n", "5")
                        .with(httpBasic(branch, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lastDay").value("2026-10-12"))
                .andExpect(jsonPath("$.uncoveredYears").value(empty()));
        // a span into years nobody entered says so
        mvc.perform(get("/api/v1/calendar/working-days").param("from", "2027-12-28").param("n", "5")
                        .with(httpBasic(branch, TestTree.PASSWORD)))
                .andExpect(jsonPath("$.lastDay").value("2028-01-03"))
                .andExpect(jsonPath("$.uncoveredYears").value(containsInAnyOrder(2027, 2028)));
        mvc.perform(get("/api/v1/calendar/working-days").param("from", "2026-09-30").param("n", "0")
                        .with(httpBasic(branch, TestTree.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("n"))
                .andExpect(jsonPath("$.errors[0].label").value("工作日数"));
        mvc.perform(get("/api/v1/calendar/working-days").param("from", "2026-13-01").param("n", "5")
                        .with(httpBasic(branch, TestTree.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
    }
}
