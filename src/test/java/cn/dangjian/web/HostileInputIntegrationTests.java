package cn.dangjian.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.dangjian.life.AttendanceStatus;
import cn.dangjian.life.MeetingType;
import cn.dangjian.life.Meetings;
import cn.dangjian.life.RecordMeeting;
import cn.dangjian.member.MemberKind;
import cn.dangjian.member.Members;
import cn.dangjian.recruitment.CaseFixtures;
import cn.dangjian.recruitment.Recruitment;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.support.IntegrationTest;
import cn.dangjian.support.TestTree;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * The attack of issue 10, from outside through {@code /api/v1}: every typed text field of the main create and update
 * operations with 100,000 characters, a NUL, a BEL and an ESC; every required name also blank-looking (NBSP, zero
 * width) or with a newline; every typed count with 2^31−1; every date in the year 1000. Each must be refused with
 * 400 naming the field — never 500, never stored. {@link StoredOdditiesRenderIntegrationTests} then stores the worst
 * values that are allowed and renders everything.
 */
@IntegrationTest
@AutoConfigureMockMvc
class HostileInputIntegrationTests {

    static final List<String> HOSTILE_TEXTS = List.of("党".repeat(100_000), "会议\u0000记录", "会议\u0007记录", "会议\u001b[31m记录");
    static final List<String> HOSTILE_NAMES = List.of("\u00a0\u00a0", "\u200b\u200b", "张\n三", "\ufeff");
    static final String HUGE_NUMBER = String.valueOf(Integer.MAX_VALUE);
    static final String ANCIENT = "\"1000-07-01\"";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestTree trees;
    @Autowired
    Members members;
    @Autowired
    Meetings meetings;
    @Autowired
    Recruitment recruitment;

    /** One operation: who calls it, where, with which valid body, and which of its fields to attack. */
    record Operation(String name, String user, HttpMethod method, String url, String body, List<Probe> probes) {
    }

    /** A key of the body, the field the refusal must name, and the hostile JSON values to put there. */
    record Probe(String key, String field, List<String> values) {
    }

    @Test
    void everyTextCountAndDateFieldIsRefusedWithItsNameAndNothingAnswers500() throws Exception {
        TestTree.Tree t = trees.build();
        AccessScope system = AccessScope.system();
        long[] m = CaseFixtures.branch(members, t, List.of("赵三", "钱四", "孙五"));
        String c = trees.account("PARTY_COMMITTEE_SECRETARY", t.a(), null);
        String admin = trees.account("PLATFORM_ADMIN", t.root(), null);
        LocalDate today = LocalDate.now();
        LocalDateTime yesterday = today.minusDays(1).atTime(9, 0);
        long orgLife = meetings.record(system, new RecordMeeting(t.a1(), MeetingType.ORG_LIFE_MEETING, null, "组织生活会", null,
                yesterday, null, null, null, present(m, -1, null), List.of(new RecordMeeting.AgendaItem("对照检查", null, null, null))));
        long caseId = CaseFixtures.applied(recruitment, t, "申请人", today.minusDays(10));
        int version = members.get(system, m[0]).version();
        String attendance = """
                [{"memberId":%d,"status":"PRESENT"},{"memberId":%d,"status":"PRESENT"},{"memberId":%d,"status":"PRESENT"},
                 {"memberId":%d,"status":"EXCUSED","reason":"出差"}]""".formatted(m[0], m[1], m[2], m[3]);
        String memberForm = """
                {"name":"新党员","ethnicity":"HAN","citizenId":"%s","nativePlace":"四川成都","occupation":"公务员",
                 "position":"科员","phone":"13812345678","birthDate":null,"joinedOn":"2015-07-01","confirmedOn":"2016-07-01",
                 "kind":"FULL","orgId":%d}""";
        String newId = TestTree.member("新党员", t.a1(), MemberKind.FULL).citizenId();
        List<Operation> operations = List.of(
                new Operation("新增党员", c, HttpMethod.POST, "/api/v1/members", memberForm.formatted(newId, t.a1()), List.of(
                        names("name", "name"), texts("nativePlace", "nativePlace"), texts("occupation", "occupation"),
                        texts("position", "position"), new Probe("phone", "phone", List.of("\"not-a-phone<script>\"")),
                        texts("phone", "phone"), dates("joinedOn", "joinedOn"), dates("birthDate", "birthDate"))),
                new Operation("修改党员", c, HttpMethod.PUT, "/api/v1/members/" + m[0] + "?version=" + version,
                        memberForm.formatted("", t.a1()), List.of(names("name", "name"), texts("nativePlace", "nativePlace"),
                        texts("occupation", "occupation"), texts("position", "position"), texts("phone", "phone"))),
                new Operation("党籍变动", c, HttpMethod.POST, "/api/v1/members/" + m[0] + "/status-changes", """
                        {"type":"SUSPEND","effectiveOn":"%s","reason":"长期不参加组织生活","version":%d}""".formatted(today, version),
                        List.of(texts("reason", "reason"), dates("effectiveOn", "effectiveOn"))),
                new Operation("新建党组织", c, HttpMethod.POST, "/api/v1/orgs", """
                        {"parentId":%d,"type":"BRANCH","name":"新支部","sortOrder":1,"establishedOn":null}""".formatted(t.a()),
                        List.of(texts("name", "name"), numbers("sortOrder", "sortOrder"), dates("establishedOn", "establishedOn"))),
                new Operation("修改党组织", c, HttpMethod.PUT, "/api/v1/orgs/" + t.a2(), """
                        {"name":"第二支部","type":"BRANCH","sortOrder":0,"version":0}""",
                        List.of(texts("name", "name"), numbers("sortOrder", "sortOrder"))),
                new Operation("撤销党组织", c, HttpMethod.POST, "/api/v1/orgs/" + t.a2() + "/dissolve", """
                        {"dissolvedOn":"%s","reason":"机构调整","version":0}""".formatted(today), List.of(texts("reason", "reason"))),
                new Operation("换届", c, HttpMethod.POST, "/api/v1/orgs/" + t.a1() + "/terms", """
                        {"termNumber":1,"startedOn":"%s","dueEndOn":"%s","formation":"ELECTED",
                         "posts":[{"post":"SECRETARY","memberId":%d}]}""".formatted(today.minusYears(1), today.plusYears(2), m[0]),
                        List.of(numbers("termNumber", "termNumber"), dates("startedOn", "startedOn"))),
                new Operation("记录会议", c, HttpMethod.POST, "/api/v1/meetings", """
                        {"orgId":%d,"type":"BRANCH_ASSEMBLY","topic":"支部党员大会","lecturer":"赵三","heldAt":"%s","place":"会议室",
                         "hostMemberId":%d,"recorderMemberId":%d,"attendance":%s,
                         "agenda":[{"title":"讨论事项","minutes":"记录","decision":"决定",
                                    "vote":{"inFavour":3,"against":0,"abstaining":0}}]}"""
                        .formatted(t.a1(), yesterday, m[0], m[1], attendance),
                        List.of(texts("topic", "topic"), texts("lecturer", "lecturer"), texts("place", "place"),
                                texts("reason", "attendance[3].reason"), texts("title", "agenda[0].title"),
                                texts("minutes", "agenda[0].minutes"), texts("decision", "agenda[0].decision"),
                                numbers("inFavour", "agenda[0].vote.inFavour"), numbers("against", "agenda[0].vote.against"),
                                numbers("abstaining", "agenda[0].vote.abstaining"), dates("heldAt", "heldAt"))),
                new Operation("批评与自我批评", c, HttpMethod.PUT, "/api/v1/meetings/" + orgLife + "/criticism-notes", """
                        [{"memberId":%d,"selfCriticism":"学习不够深入","criticismReceived":"建议多调研"}]""".formatted(m[0]),
                        List.of(texts("selfCriticism", "selfCriticism"), texts("criticismReceived", "criticismReceived"))),
                new Operation("谈心谈话", c, HttpMethod.POST, "/api/v1/talks", """
                        {"orgId":%d,"talkedOn":"%s","initiatorId":%d,"partnerId":%d,"topic":"思想交流","followUp":"跟进"}"""
                        .formatted(t.a1(), today, m[0], m[1]),
                        List.of(texts("topic", "topic"), texts("followUp", "followUp"), dates("talkedOn", "talkedOn"))),
                new Operation("民主评议", c, HttpMethod.POST, "/api/v1/appraisals", """
                        {"orgId":%d,"year":%d,"heldOn":"%s","entries":[
                         {"memberId":%d,"selfAppraisal":"自评","peerVotes":[1,2,1,0],"grade":"合格","note":"备注"},
                         {"memberId":%d,"grade":"合格"},{"memberId":%d,"grade":"合格"},{"memberId":%d,"grade":"合格"}]}"""
                        .formatted(t.a1(), today.getYear(), today, m[0], m[1], m[2], m[3]),
                        List.of(texts("selfAppraisal", "selfAppraisal"), texts("note", "note"), numbers("year", "year"),
                                new Probe("peerVotes", "peerVotes", List.of("[" + HUGE_NUMBER + ",1,0,0]",
                                        "[" + HUGE_NUMBER + "," + HUGE_NUMBER + ",2,0]", "[-1,1,0,0]")))),
                new Operation("登记入党申请", c, HttpMethod.POST, "/api/v1/recruitment/cases", """
                        {"orgId":%d,"name":"申请人","citizenId":"%s","ethnicity":"HAN","position":"科员","phone":"13912345678",
                         "appliedOn":"%s","note":"递交入党申请书"}"""
                        .formatted(t.a1(), TestTree.member("x", t.a1(), MemberKind.FULL).citizenId(), today.minusDays(3)),
                        List.of(names("name", "name"), texts("position", "position"), texts("phone", "phone"),
                                texts("note", "note"), dates("appliedOn", "appliedOn"))),
                new Operation("记录环节", c, HttpMethod.POST, "/api/v1/recruitment/cases/" + caseId + "/steps", """
                        {"kind":"APPLICATION_TALK","on":"%s","memberIds":[%d],"otherPerson":"组织员 刘建国","days":null,
                         "hours":null,"months":null,"note":"谈话","justification":"说明"}""".formatted(today, m[0]),
                        List.of(texts("otherPerson", "otherPerson"), texts("note", "note"), texts("justification", "justification"),
                                numbers("days", "days"), numbers("hours", "hours"), numbers("months", "months"),
                                dates("on", "on"))),
                new Operation("终止", c, HttpMethod.POST, "/api/v1/recruitment/cases/" + caseId + "/close", """
                        {"on":"%s","reason":"本人撤回申请"}""".formatted(today), List.of(texts("reason", "reason"))),
                new Operation("支部党员大会", c, HttpMethod.POST, "/api/v1/recruitment/assemblies", """
                        {"orgId":%d,"kind":"ADMISSION_ASSEMBLY","heldAt":"%s","place":"会议室","hostMemberId":%d,
                         "recorderMemberId":%d,"attendance":%s,"ballots":[{"caseId":%d,"performance":"表现突出",
                         "inFavour":3,"against":0,"abstaining":0,"writtenInFavour":0,"writtenAgainst":0,
                         "writtenAbstaining":0,"months":null,"justification":null}]}"""
                        .formatted(t.a1(), yesterday, m[0], m[1], attendance, caseId),
                        List.of(texts("performance", "ballots[0].performance"), texts("place", "place"),
                                numbers("inFavour", "ballots[0].inFavour"), numbers("against", "ballots[0].against"),
                                numbers("writtenInFavour", "ballots[0].writtenInFavour"), dates("heldAt", "heldAt"))),
                new Operation("规则参数", c, HttpMethod.POST, "/api/v1/rule-parameters", """
                        {"key":"meetings.late-entry-days","orgId":%d,"value":"10","reason":"上级文件"}""".formatted(t.a1()),
                        List.of(texts("reason", "reason"), new Probe("value", "value", List.of("\"" + HUGE_NUMBER + "\"")))),
                new Operation("节假日", admin, HttpMethod.PUT, "/api/v1/calendar/days/2030-01-05", """
                        {"kind":"WORKDAY","name":"调休上班"}""", List.of(texts("name", "name"))));

        List<String> failures = new ArrayList<>();
        int probes = 0;
        for (Operation op : operations) {
            for (Probe probe : op.probes()) {
                for (String value : probe.values()) {
                    probes++;
                    MvcResult result = mvc.perform(request(op.method(), op.url()).contentType(MediaType.APPLICATION_JSON)
                            .content(with(op.body(), probe.key(), value)).with(httpBasic(op.user(), TestTree.PASSWORD)))
                            .andReturn();
                    String answer = result.getResponse().getContentAsString();
                    if (result.getResponse().getStatus() != 400 || !answer.contains("\"field\":\"" + probe.field() + "\"")) {
                        failures.add(op.name() + " " + probe.key() + "=" + shorten(value) + " → "
                                + result.getResponse().getStatus() + " " + shorten(answer));
                    }
                }
            }
        }
        assertThat(probes).isGreaterThanOrEqualTo(199);
        assertThat(failures).as("probes not refused with 400 naming the field").isEmpty();
        assertThat(members.get(system, m[0]).name()).doesNotContain("\u0000");
        assertThat(meetings.list(system, new cn.dangjian.life.MeetingQuery(t.a1(), null, null, null, false),
                new cn.dangjian.shared.PageRequest(1, 50)).total()).isEqualTo(1);
    }

    static List<RecordMeeting.Attendance> present(long[] ids, int excused, String reason) {
        List<RecordMeeting.Attendance> attendance = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            attendance.add(new RecordMeeting.Attendance(ids[i], i == excused ? AttendanceStatus.EXCUSED
                    : AttendanceStatus.PRESENT, i == excused ? reason : null));
        }
        return attendance;
    }

    private static Probe texts(String key, String field) {
        return new Probe(key, field, HOSTILE_TEXTS.stream().map(HostileInputIntegrationTests::json).toList());
    }

    private static Probe names(String key, String field) {
        List<String> values = new ArrayList<>(texts(key, field).values());
        HOSTILE_NAMES.forEach(n -> values.add(json(n)));
        values.add(json("名".repeat(51)));
        return new Probe(key, field, values);
    }

    private static Probe numbers(String key, String field) {
        return new Probe(key, field, List.of(HUGE_NUMBER));
    }

    private static Probe dates(String key, String field) {
        return new Probe(key, field, List.of(key.endsWith("At") ? "\"1000-07-01T09:00:00\"" : ANCIENT));
    }

    /** {@code body} with the first value of {@code key} (string, number, array, null) replaced by {@code json}. */
    static String with(String body, String key, String json) {
        Matcher matcher = Pattern.compile("(\"" + key + "\"\\s*:\\s*)(\"(?:[^\"\\\\]|\\\\.)*\"|-?\\d+|null|\\[[^\\]]*\\])")
                .matcher(body);
        assertThat(matcher.find()).as("key %s in %s", key, body).isTrue();
        return body.substring(0, matcher.start(2)) + json + body.substring(matcher.end(2));
    }

    /** A JSON string literal; control characters as \\u escapes, as a hostile client sends them. */
    static String json(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (char ch : text.toCharArray()) {
            if (ch < 0x20 || ch == '"' || ch == '\\') {
                out.append(String.format("\\u%04x", (int) ch));
            } else {
                out.append(ch);
            }
        }
        return out.append('"').toString();
    }

    private static String shorten(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…(" + s.length() + ")" : s;
    }
}
