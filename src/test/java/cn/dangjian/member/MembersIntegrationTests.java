package cn.dangjian.member;

import java.time.LocalDate;
import java.util.List;

import cn.dangjian.identity.AuditEntry;
import cn.dangjian.identity.AuditQuery;
import cn.dangjian.identity.AuditTrail;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.ConflictException;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.NotFoundException;
import cn.dangjian.shared.PageRequest;
import cn.dangjian.shared.Permission;
import cn.dangjian.shared.ScopeLevel;
import cn.dangjian.support.IntegrationTest;
import cn.dangjian.support.TestTree;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class MembersIntegrationTests {

    @Autowired
    Members members;
    @Autowired
    TestTree trees;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    cn.dangjian.org.OrgUnits orgsFacade;

    private final AccessScope system = AccessScope.system();

    @Test
    void sensitiveFieldsAreEncryptedAtRestAndMaskedForRolesThatDoNotNeedThem() {
        TestTree.Tree t = trees.build();
        MemberView full = members.get(system, t.memberA1());
        byte[] stored = jdbc.sql("SELECT citizen_id_enc FROM member WHERE id = :id").param("id", t.memberA1())
                .query(byte[].class).single();
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(full.citizenId());
        assertThat(full.citizenId()).hasSize(18).doesNotContain("*");
        assertThat(full.phone()).isEqualTo("13800138000");

        AccessScope noSensitive = trees.subtreeScope(t.a1(), Permission.MEMBER_VIEW);
        MemberView masked = members.get(noSensitive, t.memberA1());
        assertThat(masked.citizenId()).isEqualTo(full.citizenId().substring(0, 6) + "********" + full.citizenId().substring(14));
        assertThat(masked.phone()).isEqualTo("138****8000");
        assertThat(members.list(noSensitive, MemberQuery.all(), PageRequest.of(1, 10)).items())
                .allSatisfy(r -> assertThat(r.citizenId()).contains("********"));
    }

    @Test
    void theSameCitizenIdCannotBeRegisteredTwice() {
        TestTree.Tree t = trees.build();
        String id = members.get(system, t.memberA1()).citizenId();
        MemberForm again = TestTree.member("重复者", t.a2(), MemberKind.FULL);
        MemberForm duplicate = new MemberForm(again.name(), null, again.ethnicity(), null, id, null, null, null, null,
                null, null, null, null, again.joinedOn(), again.confirmedOn(), MemberKind.FULL, t.a2(), null, false,
                false, false);
        assertThatThrownBy(() -> members.create(system, duplicate))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("身份证号：该身份证号已登记为党员");
        AccessScope a2 = trees.subtreeScope(t.a2());
        assertThatThrownBy(() -> members.create(a2, duplicate))
                .hasMessageContaining("组织关系在您管理范围以外的党组织").hasMessageNotContaining("王一");
    }

    @Test
    void statusChangesAreKeptAsHistoryAndNeverOverwritten() {
        TestTree.Tree t = trees.build();
        long id = members.create(system, TestTree.member("赵预备", t.a1(), MemberKind.PROBATIONARY));
        members.changeStatus(system, id, new StatusChange(StatusChangeType.CONFIRM, LocalDate.of(2011, 7, 1), null, 0));
        members.changeStatus(system, id, new StatusChange(StatusChangeType.LOST_CONTACT, LocalDate.of(2024, 3, 1),
                "多次联系无果", 1));
        members.changeStatus(system, id, new StatusChange(StatusChangeType.SUSPEND, LocalDate.of(2025, 3, 1),
                "失联超过6个月（JY-08）", 2));

        MemberView m = members.get(system, id);
        assertThat(m.kind()).isEqualTo(MemberKind.FULL);
        assertThat(m.confirmedOn()).isEqualTo(LocalDate.of(2011, 7, 1));
        assertThat(m.status()).isEqualTo(MembershipStatus.SUSPENDED);
        assertThat(m.lostContactSince()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(members.history(system, id)).extracting(StatusHistoryEntry::type)
                .containsExactly(StatusChangeType.SUSPEND, StatusChangeType.LOST_CONTACT, StatusChangeType.CONFIRM);
        assertThat(members.history(system, id).get(0).before()).isEqualTo("正式党员·正常·失联");
        assertThat(members.history(system, id).get(0).after()).isEqualTo("正式党员·停止党籍·失联");

        assertThatThrownBy(() -> members.changeStatus(system, id,
                new StatusChange(StatusChangeType.CONFIRM, LocalDate.of(2025, 4, 1), null, 3)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("不能办理“转正”");
        assertThatThrownBy(() -> members.changeStatus(system, id,
                new StatusChange(StatusChangeType.RESTORE, LocalDate.of(2025, 4, 1), "", 3)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("原因：请填写恢复党籍的原因");
        assertThatThrownBy(() -> members.changeStatus(system, id,
                new StatusChange(StatusChangeType.RESTORE, LocalDate.of(2025, 4, 1), "已取得联系", 2)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("已被他人修改");
    }

    @Test
    void leftMembersDropOffTheCurrentRollButStayFindable() {
        TestTree.Tree t = trees.build();
        members.changeStatus(system, t.memberA2(), new StatusChange(StatusChangeType.DEATH, LocalDate.of(2026, 1, 9),
                "病故", 0));
        assertThat(members.list(system, MemberQuery.ofOrg(t.a2()), PageRequest.of(1, 10)).total()).isZero();
        assertThat(members.list(system, new MemberQuery(t.a2(), null, null, MembershipStatus.DECEASED, null, null,
                null, null, null), PageRequest.of(1, 10)).items()).extracting(MemberRow::id).containsExactly(t.memberA2());
        assertThat(members.headcount(system, t.a()).total()).isEqualTo(1);
    }

    @Test
    void filtersCombineAndAgeBandsFollowTheStatisticsBulletin() {
        TestTree.Tree t = trees.build();
        // born 1985-03-01: 41 on 2026-11-22 → band 41–45
        MemberQuery band = new MemberQuery(t.a(), null, null, null, null, AgeBand.FROM_41_TO_45, null, 2010, 2010);
        assertThat(members.list(system, band, PageRequest.of(1, 10)).total()).isEqualTo(2);
        MemberQuery other = new MemberQuery(t.a(), null, null, null, null, AgeBand.FROM_36_TO_40, null, null, null);
        assertThat(members.list(system, other, PageRequest.of(1, 10)).total()).isZero();
        MemberQuery byName = new MemberQuery(t.a(), "王一", MemberKind.FULL, null, null, null, null, null, null);
        assertThat(members.list(system, byName, PageRequest.of(1, 10)).items()).extracting(MemberRow::id)
                .containsExactly(t.memberA1());
        String citizenId = members.get(system, t.memberA2()).citizenId();
        assertThat(members.list(system, new MemberQuery(null, citizenId, null, null, null, null, null, null, null),
                PageRequest.of(1, 10)).items()).extracting(MemberRow::id).containsExactly(t.memberA2());
        assertThat(members.list(system, new MemberQuery(t.a(), null, null, null, null, null, null, 2011, null),
                PageRequest.of(1, 10)).total()).isZero();
    }

    @Test
    void theHeadcountRollupStaysExactThroughEditsStatusChangesMovesAndBulkLoads() {
        TestTree.Tree t = trees.build();
        long p1 = members.create(system, TestTree.member("预备甲", t.a1(), MemberKind.PROBATIONARY));
        members.bulkLoad(system, List.of(TestTree.member("批量乙", t.a2(), MemberKind.FULL),
                TestTree.member("批量丙", t.a2(), MemberKind.PROBATIONARY)).iterator());
        members.changeStatus(system, p1, new StatusChange(StatusChangeType.CONFIRM, LocalDate.of(2011, 7, 1), null, 0));
        members.changeStatus(system, t.memberA1(), new StatusChange(StatusChangeType.LEAVE, LocalDate.of(2026, 2, 1),
                "退党", 0));
        long b = orgsFacade.create(system, new cn.dangjian.org.NewOrgUnit(t.root(), cn.dangjian.org.OrgType.PARTY_COMMITTEE,
                "新党委" + t.root(), null, null, null));
        orgsFacade.move(system, t.a2(), b, orgsFacade.get(system, t.a2()).version());

        for (long org : new long[] {t.root(), t.a(), t.a1(), t.a2(), b}) {
            String path = orgsFacade.ref(org).orElseThrow().path();
            long direct = jdbc.sql("SELECT count(*) FROM member WHERE org_path LIKE :p AND status IN "
                    + "('NORMAL', 'PARTY_PROBATION', 'SUSPENDED')").param("p", path + "%").query(Long.class).single();
            Headcount count = members.headcount(system, org);
            assertThat(count.total()).as("subtree of %d", org).isEqualTo(direct);
            assertThat(count.children().stream().mapToLong(Headcount.Child::total).sum() + count.ownFull()
                    + count.ownProbationary()).isEqualTo(direct);
        }
        assertThat(members.headcount(system, t.a1()).full()).isEqualTo(1);
        assertThat(members.headcount(system, b).full()).isEqualTo(2);
        assertThat(members.headcount(system, b).probationary()).isEqualTo(1);
        assertThat(members.headcount(system, t.root()).children()).extracting(Headcount.Child::orgId)
                .containsExactlyInAnyOrder(t.a(), b);
    }

    @Test
    void aMemberSeesOnlyThemselves() {
        TestTree.Tree t = trees.build();
        AccessScope self = trees.scope(ScopeLevel.SELF, t.a1(), t.memberA1(), Permission.MEMBER_VIEW, Permission.ORG_VIEW);
        assertThat(members.list(self, MemberQuery.all(), PageRequest.of(1, 10)).items()).extracting(MemberRow::id)
                .containsExactly(t.memberA1());
        assertThat(members.get(self, t.memberA1()).name()).startsWith("王一");
        long colleague = members.create(system, TestTree.member("同支部党员", t.a1(), MemberKind.FULL));
        assertThatThrownBy(() -> members.get(self, colleague)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theAuditTrailRecordsWhoChangedWhatFromWhatToWhat() {
        TestTree.Tree t = trees.build();
        AccessScope a1 = trees.subtreeScope(t.a1());
        MemberView before = members.get(a1, t.memberA1());
        MemberForm edit = new MemberForm("王一改名", null, before.ethnicity(), null, null, before.nativePlace(),
                before.education(), before.degree(), before.occupation(), before.unitId(), "副科长", null,
                before.appliedOn(), before.joinedOn(), before.confirmedOn(), before.kind(), before.orgId(), null,
                false, false, false);
        members.update(a1, t.memberA1(), edit, before.version());

        List<AuditEntry> entries = audit.search(system, new AuditQuery(null, "党员", String.valueOf(t.memberA1()), null, null),
                PageRequest.of(1, 10)).items();
        AuditEntry change = entries.get(0);
        assertThat(change.actor()).isEqualTo(a1.username());
        assertThat(change.action()).isEqualTo("修改");
        assertThat(change.changes()).extracting(c -> c.field() + "：" + c.oldValue() + " → " + c.newValue())
                .contains("姓名：" + before.name() + " → 王一改名", "职务：科员 → 副科长");
        assertThat(entries).extracting(AuditEntry::action).contains("新增");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_entry WHERE id = :id").param("id", change.id()).update())
                .hasMessageContaining("审计日志只能追加");
        AccessScope secretary = trees.subtreeScope(t.a1(), Permission.MEMBER_VIEW, Permission.MEMBER_EDIT);
        assertThatThrownBy(() -> audit.search(secretary, new AuditQuery(null, null, null, null, null), PageRequest.of(1, 10)))
                .hasMessageContaining("查看审计日志");
    }
}
