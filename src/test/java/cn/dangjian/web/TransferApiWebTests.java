package cn.dangjian.web;

import cn.dangjian.member.MemberKind;
import cn.dangjian.member.Members;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.support.IntegrationTest;
import cn.dangjian.support.TestTree;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code /api/v1/transfers} as a client uses it: a transfer started, submitted and approved with the versions read,
 * a stale version refused (409) but only after the scope check — a sibling branch gets 404 whatever it sends, and
 * sees nothing of the member until the transfer is sent to it; a letter out gets its number and prints as PDF; the
 * list narrows by state, kind and text.
 */
@IntegrationTest
@AutoConfigureMockMvc
class TransferApiWebTests {

    @Autowired MockMvc mvc;
    @Autowired TestTree trees;
    @Autowired Members members;

    private TestTree.Tree t;
    private String secretaryA1;
    private String secretaryA2;
    private String committee;

    @BeforeEach
    void setUp() {
        t = trees.build();
        secretaryA1 = trees.account("BRANCH_SECRETARY", t.a1(), null);
        secretaryA2 = trees.account("BRANCH_SECRETARY", t.a2(), null);
        committee = trees.account("PARTY_COMMITTEE_SECRETARY", t.a(), null);
    }

    @Test
    void aTransferGoesStepByStepAndOutsidersFindNothing() throws Exception {
        String created = send(secretaryA1, "/api/v1/transfers", """
                {"memberId": %d, "toOrgId": %d, "reason": "工作调动"}""".formatted(t.memberA1(), t.a2()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.state").value("DRAFT"))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        get(secretaryA2, "/api/v1/transfers/" + id).andExpect(status().isNotFound());
        send(secretaryA2, "/api/v1/transfers/" + id + "/cancel", step(version(secretaryA1, id))).andExpect(status().isNotFound());
        send(secretaryA1, "/api/v1/transfers/" + id + "/submit", step(version(secretaryA1, id) + 7)).andExpect(status().isConflict());
        send(secretaryA1, "/api/v1/transfers/" + id + "/submit", step(version(secretaryA1, id)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("APPROVING"))
                .andExpect(jsonPath("$.waitingForOrgId").value(t.a()));
        send(secretaryA1, "/api/v1/transfers/" + id + "/approve", step(version(secretaryA1, id))).andExpect(status().isForbidden());
        send(committee, "/api/v1/transfers/" + id + "/approve", step(version(committee, id)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("SENT"));
        get(secretaryA2, "/api/v1/transfers?orgId=" + t.a2() + "&state=SENT")
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].memberName").value(org.hamcrest.Matchers.startsWith("王一")));
        send(secretaryA2, "/api/v1/transfers/" + id + "/return", "{\"reason\": \"\", \"version\": %d}"
                .formatted(version(secretaryA2, id))).andExpect(status().isBadRequest());
        send(secretaryA2, "/api/v1/transfers/" + id + "/accept", step(version(secretaryA2, id)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("RECEIVED"))
                .andExpect(jsonPath("$.responsibleOrgId").value(t.a2()));
        get(secretaryA2, "/api/v1/members/" + t.memberA1()).andExpect(status().isOk());
        get(secretaryA1, "/api/v1/members/" + t.memberA1()).andExpect(status().isNotFound());
    }

    @Test
    void aLetterOutIsNumberedAndPrintedAndTheListFilters() throws Exception {
        long leaving = members.create(AccessScope.system(), TestTree.member("林远行", t.a1(), MemberKind.FULL));
        String created = send(secretaryA1, "/api/v1/transfers/letters", """
                {"memberId": %d, "toName": "中共江城大学委员会", "carrier": "CONFIDENTIAL", "reason": "考取博士研究生"}"""
                .formatted(leaving)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.letter.carrier").value("机要交通（机要邮政）寄送"))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        send(secretaryA1, "/api/v1/transfers/" + id + "/submit", step(version(secretaryA1, id))).andExpect(status().isOk());
        send(committee, "/api/v1/transfers/" + id + "/approve", step(version(committee, id)))
                .andExpect(jsonPath("$.letter.number").value(org.hamcrest.Matchers.endsWith("-001")));
        get(committee, "/api/v1/transfers/" + id + "/letter.pdf").andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")));
        get(secretaryA2, "/api/v1/transfers/" + id + "/letter.pdf").andExpect(status().isNotFound());
        get(secretaryA1, "/api/v1/transfers?orgId=" + t.a1() + "&kind=OUT&q=林远行")
                .andExpect(jsonPath("$.length()").value(1));
        get(secretaryA1, "/api/v1/transfers?orgId=" + t.a1() + "&kind=WITHIN")
                .andExpect(jsonPath("$.length()").value(0));
        get(secretaryA1, "/api/v1/transfers?orgId=" + t.a2()).andExpect(status().isNotFound());
    }

    @Test
    void aLetterFromOutsideTakesTheMemberInAndItsReceiptIsRecordedSent() throws Exception {
        String citizenId = TestTree.citizenId(java.time.LocalDate.of(1999, 5, 6), 880, true);
        String body = """
                {"orgId": %d, "issuer": "中共江城大学委员会组织部", "letterNo": "%s", "issuedOn": "2026-11-20",
                 "validityDays": 30, "duesPaidUpTo": "2026-09", "receivedOn": "2026-11-25", "name": "陈思远",
                 "gender": "MALE", "age": %d, "ethnicity": "HAN", "citizenId": "%s", "kind": "PROBATIONARY",
                 "joinedOn": "2026-06-20"}""";
        send(secretaryA1, "/api/v1/transfers/incoming", body.formatted(t.a1(), t.root() + "-031", 20, citizenId))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'age')]").exists());
        send(secretaryA2, "/api/v1/transfers/incoming", body.formatted(t.a1(), t.root() + "-031", 27, citizenId))
                .andExpect(status().isNotFound());
        String created = send(secretaryA1, "/api/v1/transfers/incoming", body.formatted(t.a1(), t.root() + "-031", 27, citizenId))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.duesPaidUpTo").value("2026-09"))
                .andExpect(jsonPath("$.receiptDue").value("2026-12-25"))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        long memberId = ((Number) JsonPath.read(created, "$.memberId")).longValue();
        get(secretaryA1, "/api/v1/members/" + memberId).andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("PROBATIONARY"));
        get(secretaryA2, "/api/v1/transfers/incoming/" + id).andExpect(status().isNotFound());
        get(secretaryA2, "/api/v1/transfers/incoming/" + id + "/receipt.pdf").andExpect(status().isNotFound());
        get(committee, "/api/v1/transfers/incoming?orgId=" + t.a() + "&pending=true")
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].letterNo").value(t.root() + "-031"));
        get(secretaryA1, "/api/v1/transfers/incoming/" + id + "/receipt.docx").andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")));
        int version = JsonPath.read(created, "$.version");
        send(secretaryA1, "/api/v1/transfers/incoming/" + id + "/receipt", """
                {"sentOn": "2026-11-26", "handler": "周敏", "version": %d}""".formatted(version))
                .andExpect(status().isOk()).andExpect(jsonPath("$.receiptSentOn").value("2026-11-26"));
        get(secretaryA1, "/api/v1/transfers/summary?orgId=" + t.a1() + "&year=2026")
                .andExpect(jsonPath("$.fromOutside").value(1)).andExpect(jsonPath("$.receiptsToSend").value(0));
    }

    /**
     * 整建制转移 by the form and the API: the form ticks the branch's whole roll; a member already on a transfer
     * stops the batch and the re-rendered form keeps what was ticked; once saved every member's transfer moves
     * together and the summary counts one letter.
     */
    @Test
    void aWholeOfficeMovesAsOneByTheFormAndTheApi() throws Exception {
        long second = members.create(AccessScope.system(), TestTree.member("周若兰", t.a1(), MemberKind.FULL));
        long third = members.create(AccessScope.system(), TestTree.member("郑凯文", t.a1(), MemberKind.FULL));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/transfers/batch/new")
                        .param("orgId", String.valueOf(t.a1())).with(httpBasic(secretaryA1, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("可转接3名"),
                                org.hamcrest.Matchers.containsString("周若兰"))));
        get(secretaryA2, "/transfers/batch/new?orgId=" + t.a1()).andExpect(status().isNotFound());

        send(secretaryA1, "/api/v1/transfers", """
                {"memberId": %d, "toOrgId": %d, "reason": "借调"}""".formatted(third, t.a2())).andExpect(status().isCreated());
        mvc.perform(post("/transfers/batch").param("fromOrgId", String.valueOf(t.a1()))
                        .param("memberIds", String.valueOf(t.memberA1()), String.valueOf(second), String.valueOf(third))
                        .param("kind", "OUT").param("toName", "中共青城市农业农村局机关委员会").param("carrier", "SELF")
                        .param("reason", "机构改革，整建制划转").with(httpBasic(secretaryA1, TestTree.PASSWORD)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("郑凯文（已有正在办理的转接）"),
                                org.hamcrest.Matchers.containsString("value=\"中共青城市农业农村局机关委员会\""))));

        String created = send(secretaryA1, "/api/v1/transfers/batch", """
                {"fromOrgId": %d, "memberIds": [%d, %d], "kind": "OUT", "toName": "中共青城市农业农村局机关委员会",
                 "carrier": "CONFIDENTIAL", "reason": "机构改革，整建制划转"}""".formatted(t.a1(), t.memberA1(), second))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[1].batchSize").value(2))
                .andReturn().getResponse().getContentAsString();
        long lead = ((Number) JsonPath.read(created, "$[0].id")).longValue();
        long other = ((Number) JsonPath.read(created, "$[1].id")).longValue();
        send(secretaryA1, "/api/v1/transfers/" + other + "/submit", step(version(secretaryA1, other))).andExpect(status().isOk());
        send(committee, "/api/v1/transfers/" + lead + "/approve", step(version(committee, lead))).andExpect(status().isOk());
        get(secretaryA1, "/api/v1/transfers/" + other + "/batch").andExpect(jsonPath("$[0].letter.number")
                .value(org.hamcrest.Matchers.endsWith("-001"))).andExpect(jsonPath("$[1].state").value("SENT"));
        get(secretaryA2, "/api/v1/transfers/" + other + "/batch").andExpect(status().isNotFound());
        get(secretaryA1, "/api/v1/transfers/summary?orgId=" + t.a1()).andExpect(jsonPath("$.awaitingReceipt").value(1));
    }

    private int version(String user, long id) throws Exception {
        return JsonPath.read(get(user, "/api/v1/transfers/" + id).andReturn().getResponse().getContentAsString(), "$.version");
    }

    private static String step(int version) {
        return "{\"version\": " + version + "}";
    }

    private ResultActions send(String user, String url, String body) throws Exception {
        return mvc.perform(post(url).with(httpBasic(user, TestTree.PASSWORD)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private ResultActions get(String user, String url) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(url)
                .with(httpBasic(user, TestTree.PASSWORD)));
    }
}
