package cn.dangjian.web;

import java.time.LocalDate;
import java.time.YearMonth;

import cn.dangjian.dues.AssessMember;
import cn.dangjian.dues.DuesAssessments;
import cn.dangjian.dues.DuesCategory;
import cn.dangjian.dues.DuesPayments;
import cn.dangjian.dues.RecordPayment;
import cn.dangjian.member.MemberKind;
import cn.dangjian.member.Members;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.support.IntegrationTest;
import cn.dangjian.support.TestTree;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The 党费 pages and API as the branch, the member and a neighbouring branch meet them. */
@IntegrationTest
@AutoConfigureMockMvc
class DuesPagesWebTests {

    @Autowired MockMvc mvc;
    @Autowired TestTree trees;
    @Autowired Members members;
    @Autowired DuesAssessments assessments;
    @Autowired DuesPayments payments;

    private final int year = LocalDate.now().getYear();

    /** A branch whose member 王一 is assessed on 4800元 in service (48.00 a month, DF-02) and paid every month so far. */
    private TestTree.Tree assessedAndPaid() {
        TestTree.Tree t = trees.build();
        assessments.assess(AccessScope.system(), AssessMember.annual(t.memberA1(), year, DuesCategory.CIVIL_SERVANT, "4800"));
        java.util.List<YearMonth> months = new java.util.ArrayList<>();
        for (YearMonth m = YearMonth.of(year, 1); !m.isAfter(YearMonth.now()); m = m.plusMonths(1)) {
            months.add(m);
        }
        payments.record(AccessScope.system(), new RecordPayment(t.memberA1(), months, null, LocalDate.now(),
                cn.dangjian.dues.PaymentMethod.SELF, null, "支委会同意补交", null));
        return t;
    }

    @Test
    void theSecretarySeesTheRegisterTheSheetTheMemberPageAndTheOverviews() throws Exception {
        TestTree.Tree t = assessedAndPaid();
        long unpaid = members.create(AccessScope.system(), TestTree.member("赵三", t.a1(), MemberKind.FULL));
        assessments.assess(AccessScope.system(), AssessMember.annual(unpaid, year, DuesCategory.RETIRED, "6000"));
        String secretary = trees.account("BRANCH_SECRETARY", t.a1(), t.memberA1());
        String org = String.valueOf(t.a1());

        mvc.perform(get("/dues").with(httpBasic(secretary, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("收缴登记表（未交 1 人）")))
                .andExpect(content().string(containsString("name=\"memberIds\" value=\"" + unpaid + "\"")))
                .andExpect(content().string(not(containsString("name=\"memberIds\" value=\"" + t.memberA1() + "\""))))
                .andExpect(content().string(containsString("登记为本人当月交纳")))
                .andExpect(content().string(containsString("每月1日为本支部收缴党费的日期")))
                .andExpect(content().string(containsString("/dues/register/sheet.xlsx?orgId=" + org)))
                .andExpect(content().string(containsString("id=\"nav-my-dues\"")));
        mvc.perform(post("/dues/register").param("orgId", org).param("month", YearMonth.now().toString())
                        .param("paidOn", LocalDate.now().toString()).param("memberIds", String.valueOf(unpaid))
                        .with(httpBasic(secretary, TestTree.PASSWORD)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/dues").param("month", YearMonth.now().toString()).with(httpBasic(secretary, TestTree.PASSWORD)))
                .andExpect(content().string(containsString("收缴登记表（未交 0 人）")));

        mvc.perform(get("/dues/assessments").param("orgId", org).with(httpBasic(secretary, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("月收入4800.00元，3000元以上至5000元（含5000元），按1%交纳，每月48.00元（DF-02")))
                .andExpect(content().string(containsString("离退休费6000.00元，5000元以上，按1%交纳，每月60.00元（DF-05")))
                .andExpect(content().string(containsString("/dues/imports/bases?orgId=" + org + "&amp;year=" + year)));
        mvc.perform(get("/dues/members/" + t.memberA1()).with(httpBasic(secretary, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("每月应交 <strong class=\"fs-5 tok\">48.00元</strong>")))
                .andExpect(content().string(containsString("登记交纳")))
                .andExpect(content().string(containsString("6个月以前")));
        for (String page : new String[]{"/dues/arrears", "/dues/reductions", "/dues/summary", "/dues/remittances", "/dues/voluntary"}) {
            mvc.perform(get(page).with(httpBasic(secretary, TestTree.PASSWORD))).andExpect(status().isOk());
        }
        String committee = trees.account("PARTY_COMMITTEE_SECRETARY", t.a(), null);
        mvc.perform(get("/dues/summary").param("year", String.valueOf(year)).with(httpBasic(committee, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/dues?orgId=" + org)))
                .andExpect(content().string(containsString("合计")));
    }

    @Test
    void aMemberSeesTheirOwnDuesAndConfirmsTheBaseButNotAColleaguesDues() throws Exception {
        TestTree.Tree t = assessedAndPaid();
        long colleague = members.create(AccessScope.system(), TestTree.member("钱四", t.a1(), MemberKind.FULL));
        String member = trees.account("MEMBER", t.a1(), t.memberA1());

        mvc.perform(get("/dues/mine").with(httpBasic(member, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("48.00元")))
                .andExpect(content().string(containsString("计算基数：4800.00元")))
                .andExpect(content().string(containsString("党费交至：<strong class=\"tok\">" + YearMonth.now())))
                .andExpect(content().string(containsString("确认计算基数")))
                .andExpect(content().string(containsString("id=\"nav-my-dues\"")))
                .andExpect(content().string(not(containsString("id=\"nav-dues\""))));
        long assessment = assessments.history(AccessScope.system(), t.memberA1(), year).get(0).id();
        mvc.perform(post("/dues/mine/confirm").param("assessmentId", String.valueOf(assessment))
                        .with(httpBasic(member, TestTree.PASSWORD)).with(csrf()))
                .andExpect(redirectedUrl("/dues/mine"));
        mvc.perform(get("/dues/mine").with(httpBasic(member, TestTree.PASSWORD)))
                .andExpect(content().string(containsString("已确认计算基数")))
                .andExpect(content().string(not(containsString("id=\"confirm-base\""))));

        mvc.perform(get("/dues/members/" + colleague).with(httpBasic(member, TestTree.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/dues/members/" + t.memberA1()).with(httpBasic(member, TestTree.PASSWORD)))
                .andExpect(redirectedUrl("/dues/mine"));
        mvc.perform(get("/dues").param("orgId", String.valueOf(t.a1())).with(httpBasic(member, TestTree.PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aNeighbouringBranchsSecretaryFindsNeitherTheMemberNorTheRegister() throws Exception {
        TestTree.Tree t = assessedAndPaid();
        String other = trees.account("BRANCH_SECRETARY", t.a2(), t.memberA2());

        mvc.perform(get("/dues/members/" + t.memberA1()).with(httpBasic(other, TestTree.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/dues").param("orgId", String.valueOf(t.a1())).with(httpBasic(other, TestTree.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/dues/members/" + t.memberA1() + "/payments").param("months", YearMonth.now().plusMonths(1).toString())
                        .param("paidOn", LocalDate.now().toString()).param("method", "SELF")
                        .with(httpBasic(other, TestTree.PASSWORD)).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(payments.ofMember(AccessScope.system(), t.memberA1())).hasSize(YearMonth.now().getMonthValue());
    }

    @Test
    void formErrorsKeepWhatWasTypedAndNameTheField() throws Exception {
        TestTree.Tree t = trees.build();
        String secretary = trees.account("BRANCH_SECRETARY", t.a1(), t.memberA1());
        String name = members.get(AccessScope.system(), t.memberA1()).name();

        String html = mvc.perform(post("/dues/assessments").param("orgId", String.valueOf(t.a1()))
                        .param("year", String.valueOf(year)).param("rows[0].memberId", String.valueOf(t.memberA1()))
                        .param("rows[0].name", name).param("rows[0].category", "CIVIL_SERVANT").param("rows[0].base", "四千八")
                        .with(httpBasic(secretary, TestTree.PASSWORD)).with(csrf()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("第1行 " + name + " ").contains("应为以元为单位的金额")
                .contains("value=\"四千八\"").contains("<option value=\"CIVIL_SERVANT\" selected=\"selected\">");
        assertThat(html).containsPattern("class=\"[^\"]*is-invalid\"[^>]*name=\"rows\\[0]\\.base\"");
        assertThat(assessments.history(AccessScope.system(), t.memberA1(), year)).isEmpty();

        assessments.assess(AccessScope.system(), AssessMember.annual(t.memberA1(), year, DuesCategory.CIVIL_SERVANT, "4800"));
        mvc.perform(post("/dues/members/" + t.memberA1() + "/payments").param("year", String.valueOf(year))
                        .param("months", YearMonth.now().toString()).param("paidOn", "2026-13-40").param("method", "PROXY")
                        .param("proxyName", "王小二").param("note", "托儿子带来")
                        .with(httpBasic(secretary, TestTree.PASSWORD)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("交纳日期：“2026-13-40”不是有效日期")))
                .andExpect(content().string(containsString("value=\"托儿子带来\"")))
                .andExpect(content().string(containsString("value=\"王小二\"")))
                .andExpect(content().string(containsString("value=\"" + YearMonth.now() + "\" id=\"month-" + YearMonth.now() + "\" checked")))
                .andExpect(content().string(containsString("<option value=\"PROXY\" selected=\"selected\">")));
        assertThat(payments.ofMember(AccessScope.system(), t.memberA1())).isEmpty();
    }

    @Test
    void thePaymentMethodOffersNoAdvanceByTheOrganizationNorSalaryDeduction() throws Exception {
        TestTree.Tree t = assessedAndPaid();
        String secretary = trees.account("BRANCH_SECRETARY", t.a1(), t.memberA1());
        String html = mvc.perform(get("/dues/members/" + t.memberA1()).with(httpBasic(secretary, TestTree.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        int start = html.indexOf("id=\"method\"");
        String select = html.substring(start, html.indexOf("</select>", start));
        assertThat(select).contains("本人交纳").contains("委托亲属或党员代交").contains("流动党员在流入地党组织交纳")
                .doesNotContain("垫").doesNotContain("扣缴");
        assertThat(select.split("<option").length - 1).as("self, proxy and, for a 流动党员, at the inflow (DF-09)")
                .isEqualTo(3);
    }

    @Test
    void theApiCalculatesWithoutStoringAndCitesTheRule() throws Exception {
        TestTree.Tree t = trees.build();
        String secretary = trees.account("BRANCH_SECRETARY", t.a1(), t.memberA1());
        mvc.perform(post("/api/v1/dues/calculate").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"category\":\"CIVIL_SERVANT\",\"base\":\"4800\"}")
                        .with(httpBasic(secretary, TestTree.PASSWORD)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.monthly").value("48.00"))
                .andExpect(jsonPath("$.ruleId").value("DF-02"))
                .andExpect(jsonPath("$.base").value("4800.00"));
        mvc.perform(post("/api/v1/dues/calculate").contentType(MediaType.APPLICATION_JSON).content("{\"base\":\"4800\"}")
                        .with(httpBasic(secretary, TestTree.PASSWORD)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("category")));
        mvc.perform(get("/api/v1/dues/members/" + t.memberA1() + "/year/" + year).with(httpBasic(secretary, TestTree.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.months.length()").value(12));
        assertThat(assessments.history(AccessScope.system(), t.memberA1(), year)).isEmpty();
        mvc.perform(get("/api/v1/dues/brackets").with(httpBasic(secretary, TestTree.PASSWORD)))
                .andExpect(jsonPath("$.inService[1].rate").value("1%"))
                .andExpect(jsonPath("$.inService[1].upTo").value("5000.00"));
        mvc.perform(post("/api/v1/dues/voluntary").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"memberId\":" + t.memberA1() + ",\"paidOn\":\"" + LocalDate.now() + "\",\"amount\":\"1200\"}")
                        .with(httpBasic(secretary, TestTree.PASSWORD)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("DF-21")));
        mvc.perform(get("/api/v1/dues/voluntary").param("orgId", String.valueOf(t.a1())).param("year", String.valueOf(year))
                        .with(httpBasic(secretary, TestTree.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
    }
}
