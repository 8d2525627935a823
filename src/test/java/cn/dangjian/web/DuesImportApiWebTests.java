package cn.dangjian.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import cn.dangjian.dues.AssessMember;
import cn.dangjian.dues.DuesAssessments;
import cn.dangjian.dues.DuesCategory;
import cn.dangjian.dues.DuesPayments;
import cn.dangjian.dues.PaymentLine;
import cn.dangjian.dues.excel.TestWorkbooks;
import cn.dangjian.member.MemberQueries;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.support.IntegrationTest;
import cn.dangjian.support.TestTree;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Payments many at once over {@code /api/v1/dues}: rows a payment platform sends are checked like single payments,
 * a row for a member outside the organization is refused by its index, the same rows sent again change nothing,
 * one branch's keys never hide another's rows, and a bank export goes upload → preview → confirm as on the page.
 */
@IntegrationTest
@AutoConfigureMockMvc
class DuesImportApiWebTests {

    @Autowired MockMvc mvc;
    @Autowired TestTree trees;
    @Autowired DuesAssessments assessments;
    @Autowired DuesPayments payments;
    @Autowired MemberQueries memberQueries;

    private final int year = LocalDate.now().getYear();
    private final YearMonth current = YearMonth.now();
    private TestTree.Tree t;
    private String secretaryA1;
    private String secretaryA2;

    @BeforeEach
    void setUp() {
        t = trees.build();
        assessments.assess(AccessScope.system(), AssessMember.annual(t.memberA1(), year, DuesCategory.CIVIL_SERVANT, "4800"));
        assessments.assess(AccessScope.system(), AssessMember.annual(t.memberA2(), year, DuesCategory.CIVIL_SERVANT, "4800"));
        secretaryA1 = trees.account("BRANCH_SECRETARY", t.a1(), null);
        secretaryA2 = trees.account("BRANCH_SECRETARY", t.a2(), null);
    }

    @Test
    void aBatchIsCheckedRowByRowAndSendingItAgainChangesNothing() throws Exception {
        String body = batch(t.a1(), row(t.memberA1(), current, "48.00", "PT-001"), row(t.memberA2(), current, "48.00", "PT-002"),
                row(t.memberA1(), current, "50.00", "PT-003"));
        send(secretaryA1, body).andExpect(status().isOk())
                .andExpect(jsonPath("$.written").value(1))
                .andExpect(jsonPath("$.refused.length()").value(2))
                .andExpect(jsonPath("$.refused[0].index").value(1))
                .andExpect(jsonPath("$.refused[0].problems[0].field").value("memberId"))
                .andExpect(jsonPath("$.refused[1].index").value(2))
                .andExpect(jsonPath("$.refused[1].problems[0].message").value(org.hamcrest.Matchers.containsString("已交纳")));
        send(secretaryA1, body).andExpect(status().isOk())
                .andExpect(jsonPath("$.written").value(0))
                .andExpect(jsonPath("$.skipped").value(1));
        assertThat(payments.ofMember(AccessScope.system(), t.memberA1())).extracting(PaymentLine::month).containsExactly(current);
    }

    @Test
    void aSiblingBranchCannotSendForAnotherAndItsKeysNeverHideTheOthersRows() throws Exception {
        send(secretaryA2, batch(t.a1(), row(t.memberA1(), current, null, "PT-001"))).andExpect(status().isNotFound());
        send(secretaryA2, batch(t.a2(), row(t.memberA2(), current, null, "PT-001"))).andExpect(jsonPath("$.written").value(1));
        send(secretaryA1, batch(t.a1(), row(t.memberA1(), current, null, "PT-001"))).andExpect(jsonPath("$.written").value(1));
        send(secretaryA1, batch(t.a1(), row(t.memberA1(), current, null, "x".repeat(300))))
                .andExpect(jsonPath("$.refused[0].problems[0].field").value("importKey"));
        send(secretaryA1, "{\"orgId\":" + t.a1() + ",\"rows\":[]}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("rows"));
        send(secretaryA1, "{\"orgId\":" + t.a1() + ",\"rows\":[null]}").andExpect(status().isOk())
                .andExpect(jsonPath("$.refused[0].problems[0].field").value("memberId"));
    }

    @Test
    void aBankExportIsUploadedPreviewedAndConfirmed() throws Exception {
        byte[] bank = TestWorkbooks.xlsx(List.of("付款户名", "缴费月份", "交易金额", "交易时间", "交易流水号"),
                List.of(name(t.memberA1()), current.toString(), "48.00", LocalDate.now().toString(), "T-API-1"));
        String upload = mvc.perform(multipart("/api/v1/dues/imports/payments")
                        .file(new MockMultipartFile("file", "银行明细.xlsx", "application/octet-stream", bank))
                        .param("orgId", String.valueOf(t.a1())).with(httpBasic(secretaryA1, TestTree.PASSWORD)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.guessed.NAME").value(0))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(upload, "$.id");
        String mapping = "{\"NAME\":0,\"MONTHS\":1,\"AMOUNT\":2,\"PAID_ON\":3,\"SERIAL\":4}";
        mvc.perform(post("/api/v1/dues/imports/payments/" + id + "/preview").contentType(MediaType.APPLICATION_JSON)
                        .content(mapping).with(httpBasic(secretaryA1, TestTree.PASSWORD)).with(csrf()))
                .andExpect(jsonPath("$.lines[0].result").value("可导入"));
        mvc.perform(post("/api/v1/dues/imports/payments/" + id + "/preview").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"NAME\":0,\"SALARY\":1}").with(httpBasic(secretaryA1, TestTree.PASSWORD)).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("mapping"));
        mvc.perform(post("/api/v1/dues/imports/payments/" + id + "/confirm").contentType(MediaType.APPLICATION_JSON)
                        .content(mapping).with(httpBasic(secretaryA2, TestTree.PASSWORD)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/dues/imports/payments/" + id + "/confirm").contentType(MediaType.APPLICATION_JSON)
                        .content(mapping).with(httpBasic(secretaryA1, TestTree.PASSWORD)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.written").value(1));
        assertThat(payments.ofMember(AccessScope.system(), t.memberA1())).extracting(PaymentLine::month).containsExactly(current);
    }

    private String name(long memberId) {
        return memberQueries.placements(List.of(memberId)).get(memberId).name();
    }

    private ResultActions send(String account, String body) throws Exception {
        return mvc.perform(post("/api/v1/dues/payments/batch").contentType(MediaType.APPLICATION_JSON).content(body)
                .with(httpBasic(account, TestTree.PASSWORD)).with(csrf()));
    }

    private static String batch(long orgId, String... rows) {
        return "{\"orgId\":" + orgId + ",\"rows\":[" + String.join(",", rows) + "]}";
    }

    private String row(long memberId, YearMonth month, String amount, String key) {
        return "{\"memberId\":" + memberId + ",\"months\":[\"" + month + "\"]," + (amount == null ? "" : "\"amount\":\"" + amount + "\",")
                + "\"paidOn\":\"" + LocalDate.now() + "\",\"method\":\"SELF\",\"importKey\":\"" + key + "\"}";
    }
}
