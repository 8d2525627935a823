package cn.dangjian;

import java.time.LocalDate;
import java.util.List;

import cn.dangjian.identity.AuditEntry;
import cn.dangjian.identity.AuditQuery;
import cn.dangjian.identity.AuditTrail;
import cn.dangjian.life.AttendanceStatus;
import cn.dangjian.life.MeetingQuery;
import cn.dangjian.life.MeetingRow;
import cn.dangjian.life.MeetingType;
import cn.dangjian.life.Meetings;
import cn.dangjian.life.RecordMeeting;
import cn.dangjian.member.MemberKind;
import cn.dangjian.member.MemberQuery;
import cn.dangjian.member.MemberRow;
import cn.dangjian.member.Members;
import cn.dangjian.recruitment.CaseQuery;
import cn.dangjian.recruitment.Recruitment;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.AuditedChange;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.PageRequest;
import cn.dangjian.shared.SortOrder;
import cn.dangjian.support.IntegrationTest;
import cn.dangjian.support.TestTree;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The list filters and sort orders of the facades, on the real PostgreSQL. */
@IntegrationTest
class ListQueriesIntegrationTests {

    private static final PageRequest PAGE = new PageRequest(1, 50);

    @Autowired
    TestTree trees;
    @Autowired
    Members members;
    @Autowired
    Meetings meetings;
    @Autowired
    Recruitment recruitment;
    @Autowired
    AuditTrail trail;

    @Test
    void membersNarrowToTheOrganizationItselfAndSortByWhitelistedColumns() {
        TestTree.Tree t = trees.build();
        AccessScope a = trees.subtreeScope(t.a());
        members.create(AccessScope.system(), TestTree.member("本级党员", t.a(), MemberKind.FULL));
        members.create(AccessScope.system(), TestTree.member("阿一", t.a1(), MemberKind.FULL));

        assertThat(members.list(a, MemberQuery.ofOrg(t.a()), PAGE).items()).extracting(MemberRow::name)
                .contains("阿一", "本级党员");
        assertThat(members.list(a, MemberQuery.ofOrg(t.a()).withSubtree(false), PAGE).items())
                .extracting(MemberRow::name).containsExactly("本级党员");
        List<String> desc = members.list(a, MemberQuery.ofOrg(t.a1()), PAGE, new SortOrder("name", true)).items()
                .stream().map(MemberRow::name).toList();
        assertThat(desc).isSortedAccordingTo(java.util.Comparator.<String>naturalOrder().reversed());
        assertThatThrownBy(() -> members.list(a, MemberQuery.all(), PAGE, new SortOrder("citizenIdEnc", false)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void meetingsFilterByTopicKeywordAndOwnOrganization() {
        TestTree.Tree t = trees.build();
        AccessScope a = trees.subtreeScope(t.a());
        record(t.a1(), t.memberA1(), "学习100%_党章", 3);
        record(t.a1(), t.memberA1(), "学习党史", 30);

        assertThat(meetings.list(a, new MeetingQuery(t.a(), null, null, null, false, "100%_", null), PAGE).items())
                .extracting(MeetingRow::topic).containsExactly("学习100%_党章");
        assertThat(meetings.list(a, new MeetingQuery(t.a(), null, null, null, false, "学习", false), PAGE).total())
                .isZero();
        assertThat(meetings.list(a, new MeetingQuery(t.a1(), null, LocalDate.now().minusDays(10), null, false, null,
                false), PAGE, new SortOrder("present", true)).items()).extracting(MeetingRow::topic)
                .containsExactly("学习100%_党章");
    }

    @Test
    void casesFilterByApplicationDate() {
        TestTree.Tree t = trees.build();
        AccessScope a = trees.subtreeScope(t.a());
        assertThat(recruitment.list(a, new CaseQuery(t.a(), null, null, false, null, LocalDate.now().plusDays(1), null),
                PAGE, new SortOrder("appliedOn", true)).total()).isZero();
        assertThatThrownBy(() -> recruitment.list(a, CaseQuery.all(), PAGE, new SortOrder("phoneEnc", false)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theTrailFiltersByActionAndByThePersonsName() {
        TestTree.Tree t = trees.build();
        String secretary = trees.account("BRANCH_SECRETARY", t.a1(), t.memberA1());
        String marker = "查询" + t.a1();
        trail.record(change(secretary, marker, "修改"));
        trail.record(change("system", marker, "新增"));

        List<AuditEntry> changed = trail.search(AccessScope.system(),
                new AuditQuery("测试BRANCH_SECRETARY", null, marker, null, null, null), PAGE).items();
        assertThat(changed).extracting(AuditEntry::actorLabel).containsExactly("测试BRANCH_SECRETARY");
        assertThat(trail.search(AccessScope.system(), new AuditQuery(null, null, marker, null, null, "新增"), PAGE)
                .items()).extracting(AuditEntry::actorLabel).containsExactly("系统");
        assertThat(trail.search(AccessScope.system(), new AuditQuery(null, null, marker, null, null, null), PAGE,
                new SortOrder("occurredAt", false)).items()).extracting(AuditEntry::action).containsExactly("修改", "新增");
    }

    private void record(long orgId, long memberId, String topic, int daysAgo) {
        meetings.record(AccessScope.system(), new RecordMeeting(orgId, MeetingType.THEME_DAY, null, topic, null,
                LocalDate.now().minusDays(daysAgo).atTime(9, 0), null, null, null,
                List.of(new RecordMeeting.Attendance(memberId, AttendanceStatus.PRESENT, null)),
                List.of(new RecordMeeting.AgendaItem(topic, null, null, null))));
    }

    private static AuditedChange change(String actor, String recordId, String action) {
        return new AuditedChange() {
            public String actor() { return actor; }
            public String recordType() { return "组织生活"; }
            public String recordId() { return recordId; }
            public String action() { return action; }
            public List<FieldChange> changes() { return List.of(); }
        };
    }
}
