package cn.dangjian.web;

import java.time.LocalDate;
import java.time.YearMonth;

import cn.dangjian.dues.AssessMember;
import cn.dangjian.dues.DuesAssessments;
import cn.dangjian.dues.DuesCategory;
import cn.dangjian.dues.DuesPayments;
import cn.dangjian.dues.DuesReductions;
import cn.dangjian.dues.ReductionStatus;
import cn.dangjian.dues.ReductionView;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.support.IntegrationTest;
import cn.dangjian.support.TestTree;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Recording through the member's dues page and the 少交/免交 list: payment, correction, salary change, reduction. */
@IntegrationTest
@AutoConfigureMockMvc
class DuesFormsWebTests {

    @Autowired MockMvc mvc;
    @Autowired TestTree trees;
    @Autowired DuesAssessments assessments;
    @Autowired DuesPayments payments;
    @Autowired DuesReductions reductions;

    private final int year = LocalDate.now().getYear();
    private final String month = YearMonth.now().toString();

    @Test
    void aPaymentIsRecordedAndCorrectedFromTheMembersPage() throws Exception {
        TestTree.Tree t = trees.build();
        assessments.assess(AccessScope.system(), AssessMember.annual(t.memberA1(), year, DuesCategory.CIVIL_SERVANT, "4800"));
        String secretary = trees.account("BRANCH_SECRETARY", t.a1(), t.memberA1());
        String page = "/dues/members/" + t.memberA1();

        mvc.perform(post(page + "/payments").param("months", month).param("paidOn", LocalDate.now().toString())
                        .param("method", "PROXY").param("proxyName", "王小二").with(httpBasic(secretary, TestTree.PASSWORD)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/dues").with(httpBasic(secretary, TestTree.PASSWORD)))
                .andExpect(content().string(containsString("委托亲属或党员代交（王小二）·当月交纳")))
                .andExpect(content().string(containsString("收缴登记表（未交 0 人）")));

        long row = payments.ofMember(AccessScope.system(), t.memberA1()).get(0).id();
        mvc.perform(post(page + "/payments/" + row + "/corrections").param("amount", "0").param("reason", "")
                        .with(httpBasic(secretary, TestTree.PASSWORD)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("更正原因：不能为空")))
                .andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
                        "(?s).*id=\"amount-" + row + "\"\\s+value=\"0\".*")));
        mvc.perform(post(page + "/payments/" + row + "/corrections").param("amount", "0").param("reason", "登记错了人")
                        .with(httpBasic(secretary, TestTree.PASSWORD)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(page).with(httpBasic(secretary, TestTree.PASSWORD)))
                .andExpect(content().string(containsString("已被更正")))
                .andExpect(content().string(containsString("登记错了人")));
        mvc.perform(get("/dues").with(httpBasic(secretary, TestTree.PASSWORD)))
                .andExpect(content().string(containsString("收缴登记表（未交 1 人）")));
    }

    @Test
    void aSalaryChangeIsSuggestedThenRecordedFromTheSuggestedMonth() throws Exception {
        TestTree.Tree t = trees.build();
        assessments.assess(AccessScope.system(), AssessMember.annual(t.memberA1(), year, DuesCategory.CIVIL_SERVANT, "4800"));
        String secretary = trees.account("BRANCH_SECRETARY", t.a1(), t.memberA1());
        String page = "/dues/members/" + t.memberA1();

        mvc.perform(post(page + "/reassessment").param("year", String.valueOf(year)).param("category", "CIVIL_SERVANT")
                        .param("base", "6000").param("paidFrom", month).with(httpBasic(secretary, TestTree.PASSWORD)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("月收入6000.00元，5000元以上至10000元（含10000元），按1.5%交纳，每月90.00元（DF-02")))
                .andExpect(content().string(containsString("按此自" + month + "起调整")));
        assertThat(assessments.history(AccessScope.system(), t.memberA1(), year)).hasSize(1);

        mvc.perform(post(page + "/assessments").param("year", String.valueOf(year)).param("kind", "CHANGE").param("from", month)
                        .param("category", "CIVIL_SERVANT").param("base", "6000")
                        .with(httpBasic(secretary, TestTree.PASSWORD)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(page).with(httpBasic(secretary, TestTree.PASSWORD)))
                .andExpect(content().string(containsString("工资变动调整")))
                .andExpect(content().string(containsString("90.00元")));
    }

    @Test
    void aReductionIsAppliedForDecidedByTheBranchAndApprovedByTheCommittee() throws Exception {
        TestTree.Tree t = trees.build();
        assessments.assess(AccessScope.system(), AssessMember.annual(t.memberA1(), year, DuesCategory.CIVIL_SERVANT, "4800"));
        String secretary = trees.account("BRANCH_SECRETARY", t.a1(), t.memberA1());
        String committee = trees.account("PARTY_COMMITTEE_SECRETARY", t.a(), null);

        mvc.perform(post("/dues/members/" + t.memberA1() + "/reductions").param("exempt", "false").param("amount", "60")
                        .param("from", month).param("until", YearMonth.now().plusMonths(2).toString())
                        .param("reason", "家庭困难").param("appliedOn", LocalDate.now().toString())
                        .with(httpBasic(secretary, TestTree.PASSWORD)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("应少于核定的每月48.00元")))
                .andExpect(content().string(containsString("value=\"家庭困难\"")));
        mvc.perform(post("/dues/members/" + t.memberA1() + "/reductions").param("exempt", "false").param("amount", "10")
                        .param("from", month).param("until", YearMonth.now().plusMonths(2).toString())
                        .param("reason", "家庭困难").param("appliedOn", LocalDate.now().toString())
                        .with(httpBasic(secretary, TestTree.PASSWORD)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        ReductionView applied = reductions.ofMember(AccessScope.system(), t.memberA1()).get(0);

        mvc.perform(get("/dues/reductions").with(httpBasic(secretary, TestTree.PASSWORD)))
                .andExpect(content().string(containsString("id=\"decide-" + applied.id() + "\"")));
        mvc.perform(post("/dues/reductions/" + applied.id() + "/branch-decision").param("agreed", "true")
                        .param("decidedOn", LocalDate.now().toString()).param("decision", "同意").param("version", "99")
                        .with(httpBasic(secretary, TestTree.PASSWORD)).with(csrf()))
                .andExpect(status().isConflict());
        mvc.perform(post("/dues/reductions/" + applied.id() + "/branch-decision").param("agreed", "true")
                        .param("decidedOn", LocalDate.now().toString()).param("decision", "支委会研究同意")
                        .param("version", String.valueOf(applied.version()))
                        .with(httpBasic(secretary, TestTree.PASSWORD)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        ReductionView agreed = reductions.get(AccessScope.system(), applied.id());
        assertThat(agreed.status()).isEqualTo(ReductionStatus.BRANCH_AGREED);
        mvc.perform(get("/dues/reductions").with(httpBasic(secretary, TestTree.PASSWORD)))
                .andExpect(content().string(containsString("支委会研究同意")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"approve-" + applied.id() + "\""))));

        mvc.perform(get("/dues/reductions").param("status", "BRANCH_AGREED").with(httpBasic(committee, TestTree.PASSWORD)))
                .andExpect(content().string(containsString("id=\"approve-" + applied.id() + "\"")));
        mvc.perform(post("/dues/reductions/" + applied.id() + "/approval").param("approved", "true")
                        .param("decidedOn", LocalDate.now().toString()).param("note", "同意少交").param("amount", "10")
                        .param("version", String.valueOf(agreed.version()))
                        .with(httpBasic(committee, TestTree.PASSWORD)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(reductions.get(AccessScope.system(), applied.id()).status()).isEqualTo(ReductionStatus.APPROVED);
        mvc.perform(get("/dues").param("month", month).with(httpBasic(secretary, TestTree.PASSWORD)))
                .andExpect(content().string(containsString("10.00")))
                .andExpect(content().string(containsString("少交/免交")));
    }

    @Test
    void aLargeVoluntaryPaymentNeedsItsReasonAndIsForwardedByTheCommittee() throws Exception {
        TestTree.Tree t = trees.build();
        String secretary = trees.account("BRANCH_SECRETARY", t.a1(), t.memberA1());
        String committee = trees.account("PARTY_COMMITTEE_SECRETARY", t.a(), null);
        String org = String.valueOf(t.a1());

        mvc.perform(post("/dues/voluntary").param("orgId", org).param("memberId", String.valueOf(t.memberA1()))
                        .param("paidOn", LocalDate.now().toString()).param("amount", "1000").param("performance", "表现突出")
                        .with(httpBasic(secretary, TestTree.PASSWORD)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("多交党费的原因：不能为空")))
                .andExpect(content().string(containsString("value=\"表现突出\"")));
        mvc.perform(post("/dues/voluntary").param("orgId", org).param("memberId", String.valueOf(t.memberA1()))
                        .param("paidOn", LocalDate.now().toString()).param("amount", "1000").param("reason", "感恩")
                        .param("performance", "表现突出").with(httpBasic(secretary, TestTree.PASSWORD)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/dues/voluntary").with(httpBasic(secretary, TestTree.PASSWORD)))
                .andExpect(content().string(containsString("待党委转交")));
        String html = mvc.perform(get("/dues/voluntary").param("orgId", String.valueOf(t.a()))
                        .with(httpBasic(committee, TestTree.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String id = html.replaceAll("(?s).*data-voluntary-id=\"(\\d+)\".*", "$1");
        mvc.perform(post("/dues/voluntary/" + id + "/forward").param("orgId", String.valueOf(t.a()))
                        .param("forwardedOn", LocalDate.now().toString()).param("receiptNo", "SJ001").param("version", "0")
                        .with(httpBasic(committee, TestTree.PASSWORD)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/dues/voluntary").with(httpBasic(secretary, TestTree.PASSWORD)))
                .andExpect(content().string(containsString("已转交（收据SJ001）")));
    }

    @Test
    void aRemittanceIsRecordedAndReconciledWithTheRegister() throws Exception {
        TestTree.Tree t = trees.build();
        String secretary = trees.account("BRANCH_SECRETARY", t.a1(), t.memberA1());
        mvc.perform(post("/dues/remittances").param("orgId", String.valueOf(t.a1())).param("from", month).param("until", month)
                        .param("remittedOn", LocalDate.now().toString()).param("amount", "12").param("bankTransfer", "true")
                        .param("handledBy", "王会计").with(httpBasic(secretary, TestTree.PASSWORD)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("凭证号：不能为空")))
                .andExpect(content().string(containsString("value=\"王会计\"")));
        mvc.perform(post("/dues/remittances").param("orgId", String.valueOf(t.a1())).param("from", month).param("until", month)
                        .param("remittedOn", LocalDate.now().toString()).param("amount", "12").param("bankTransfer", "true")
                        .param("proofNo", "YH-01").param("handledBy", "王会计").with(httpBasic(secretary, TestTree.PASSWORD)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/dues/remittances").with(httpBasic(secretary, TestTree.PASSWORD)))
                .andExpect(content().string(containsString("银行转账 YH-01（王会计）")))
                .andExpect(content().string(containsString("多缴12.00")));
    }
}
