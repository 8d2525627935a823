package cn.dangjian.life.internal;

import java.time.LocalDate;
import java.util.List;

import cn.dangjian.life.AttendanceStatus;
import cn.dangjian.life.MeetingQuery;
import cn.dangjian.life.MeetingType;
import cn.dangjian.life.Meetings;
import cn.dangjian.life.RecordMeeting;
import cn.dangjian.org.NewOrgUnit;
import cn.dangjian.org.OrgType;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.NotFoundException;
import cn.dangjian.shared.PageRequest;
import cn.dangjian.shared.Permission;
import cn.dangjian.support.IntegrationTest;
import cn.dangjian.support.TestTree;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A branch moved to another 机关党委 takes its meetings along: its new parent sees them, its old one no longer. */
@IntegrationTest
class LifePathListenerIntegrationTests {

    @Autowired
    Meetings meetings;
    @Autowired
    OrgUnits orgs;
    @Autowired
    TestTree trees;
    @Autowired
    JdbcClient jdbc;

    private final AccessScope system = AccessScope.system();

    @Test
    void aMovedBranchsMeetingsFollowItIntoTheNewParentsScopeAndOverview() {
        TestTree.Tree t = trees.build();
        long meeting = meetings.record(system, new RecordMeeting(t.a1(), MeetingType.THEME_DAY, null, "学习党章", null,
                LocalDate.now().minusDays(1).atTime(9, 0), null, null, null,
                List.of(new RecordMeeting.Attendance(t.memberA1(), AttendanceStatus.PRESENT, null)),
                List.of(new RecordMeeting.AgendaItem("学习", null, null, null))));
        long b = orgs.create(system, new NewOrgUnit(t.root(), OrgType.PARTY_COMMITTEE, "新机关党委" + t.a1(), null, null, null));
        AccessScope oldParent = trees.subtreeScope(t.a(), Permission.LIFE_VIEW, Permission.ORG_VIEW);
        AccessScope newParent = trees.subtreeScope(b, Permission.LIFE_VIEW, Permission.ORG_VIEW);

        orgs.move(system, t.a1(), b, orgs.get(system, t.a1()).version());

        assertThat(meetings.get(newParent, meeting).topic()).isEqualTo("学习党章");
        assertThatThrownBy(() -> meetings.get(oldParent, meeting)).isInstanceOf(NotFoundException.class);
        assertThat(meetings.list(system, MeetingQuery.ofOrg(b), new PageRequest(1, 20)).items())
                .extracting(r -> r.id()).containsExactly(meeting);
        assertThat(meetings.list(system, MeetingQuery.ofOrg(t.a()), new PageRequest(1, 20)).items()).isEmpty();
    }

    @Test
    void everyLifeTableWithAnOrganizationPathIsRewrittenOnMoves() {
        List<String> tables = jdbc.sql("""
                        SELECT table_name FROM information_schema.columns
                        WHERE column_name = 'org_path' AND table_schema = current_schema()
                          AND table_name NOT IN ('member', 'member_headcount', 'roster_import_row', 'compliance_finding',
                                                 'recruitment_case', 'dues_assessment', 'dues_month', 'dues_payment',
                                                 'dues_reduction', 'dues_voluntary', 'dues_remittance')
                          AND table_name NOT LIKE 'transfer%' AND table_name NOT LIKE 'duty%'
                          AND table_name NOT LIKE 'resp%'""")
                .query(String.class).list();
        assertThat(LifePathListener.TABLES).containsExactlyInAnyOrderElementsOf(tables);
    }
}
