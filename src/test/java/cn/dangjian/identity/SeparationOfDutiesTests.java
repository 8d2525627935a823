package cn.dangjian.identity;

import java.util.List;

import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.ForbiddenException;
import cn.dangjian.shared.PageRequest;
import cn.dangjian.support.IntegrationTest;
import cn.dangjian.support.TestTree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * 三员分立 on the real database: which of the three administrators may open, change, reset and disable which
 * accounts, that nobody changes their own, that no role may combine the duties, and that every change is
 * in the audit trail with its old and new values.
 */
@IntegrationTest
class SeparationOfDutiesTests {

    @Autowired
    TestTree trees;
    @Autowired
    Accounts accounts;
    @Autowired
    cn.dangjian.identity.SignIn signIn;
    @Autowired
    AccountAdministration administration;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "{0} opens a {1} account → {2}")
    @CsvSource(textBlock = """
            PLATFORM_ADMIN, MEMBER,                    allowed
            PLATFORM_ADMIN, PARTY_WORKER,              allowed
            PLATFORM_ADMIN, BRANCH_SECRETARY,          refused
            PLATFORM_ADMIN, WORK_COMMITTEE_STAFF,      refused
            PLATFORM_ADMIN, PARTY_COMMITTEE_SECRETARY, refused
            PLATFORM_ADMIN, AUDITOR,                   refused
            PLATFORM_ADMIN, SECURITY_ADMIN,            refused
            PLATFORM_ADMIN, PLATFORM_ADMIN,            refused
            SECURITY_ADMIN, MEMBER,                    refused
            AUDITOR,        MEMBER,                    refused
            BRANCH_SECRETARY, MEMBER,                  refused
            """)
    void whoMayOpenWhichAccount(String actorRole, String role, String outcome) {
        TestTree.Tree t = trees.build();
        AccessScope actor = signIn.scopeOf(trees.account(actorRole, t.root(), null));
        NewAccount account = new NewAccount("n" + System.nanoTime() % 100_000_000, "Kx7#mPq2vL", "新同志", role,
                t.a1(), t.memberA1(), List.of());
        if (outcome.equals("allowed")) {
            assertThatCode(() -> accounts.create(actor, account)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> accounts.create(actor, account)).isInstanceOf(ForbiddenException.class);
        }
    }

    @ParameterizedTest(name = "{0} changes a {1} account to {2} → {3}")
    @CsvSource(textBlock = """
            SECURITY_ADMIN, MEMBER,         BRANCH_SECRETARY, allowed
            SECURITY_ADMIN, PARTY_WORKER,   AUDITOR,          allowed
            SECURITY_ADMIN, PARTY_WORKER,   PLATFORM_ADMIN,   allowed
            SECURITY_ADMIN, AUDITOR,        PARTY_WORKER,     allowed
            PLATFORM_ADMIN, MEMBER,         PARTY_WORKER,     allowed
            PLATFORM_ADMIN, PARTY_WORKER,   BRANCH_SECRETARY, refused
            PLATFORM_ADMIN, PARTY_WORKER,   AUDITOR,          refused
            PLATFORM_ADMIN, PARTY_WORKER,   SECURITY_ADMIN,   refused
            PLATFORM_ADMIN, AUDITOR,        PARTY_WORKER,     refused
            PLATFORM_ADMIN, SECURITY_ADMIN, PARTY_WORKER,     refused
            AUDITOR,        PARTY_WORKER,   MEMBER,           refused
            """)
    void whoMayGrantWhichRole(String actorRole, String fromRole, String toRole, String outcome) {
        TestTree.Tree t = trees.build();
        AccessScope actor = signIn.scopeOf(trees.account(actorRole, t.root(), null));
        long target = signIn.scopeOf(trees.account(fromRole, t.a1(), t.memberA1())).userId();
        RoleAssignment assignment = new RoleAssignment(toRole, t.a1(), t.memberA1(), List.of());
        if (outcome.equals("allowed")) {
            administration.assign(actor, target, assignment);
            assertThat(accounts.list(actor)).filteredOn(a -> a.id() == target).singleElement()
                    .extracting(AccountView::roleCode).isEqualTo(toRole);
        } else {
            assertThatThrownBy(() -> administration.assign(actor, target, assignment))
                    .isInstanceOf(ForbiddenException.class);
        }
    }

    @ParameterizedTest(name = "{0} resets the password of / disables a {1} account → {2}")
    @CsvSource(textBlock = """
            PLATFORM_ADMIN, MEMBER,           allowed
            PLATFORM_ADMIN, PARTY_WORKER,     allowed
            PLATFORM_ADMIN, BRANCH_SECRETARY, refused
            PLATFORM_ADMIN, AUDITOR,          refused
            PLATFORM_ADMIN, SECURITY_ADMIN,   refused
            SECURITY_ADMIN, AUDITOR,          allowed
            SECURITY_ADMIN, PLATFORM_ADMIN,   allowed
            AUDITOR,        MEMBER,           refused
            """)
    void whoMayResetAndDisableWhichAccount(String actorRole, String targetRole, String outcome) {
        TestTree.Tree t = trees.build();
        AccessScope actor = signIn.scopeOf(trees.account(actorRole, t.root(), null));
        long target = signIn.scopeOf(trees.account(targetRole, t.a1(), t.memberA1())).userId();
        if (outcome.equals("allowed")) {
            administration.resetPassword(actor, target, "Rz8!newPass");
            administration.setEnabled(actor, target, false);
        } else {
            assertThatThrownBy(() -> administration.resetPassword(actor, target, "Rz8!newPass"))
                    .isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> administration.setEnabled(actor, target, false))
                    .isInstanceOf(ForbiddenException.class);
        }
    }

    @Test
    void nobodyChangesTheirOwnRoleOrResetsTheirOwnPassword() {
        TestTree.Tree t = trees.build();
        AccessScope security = signIn.scopeOf(trees.account("SECURITY_ADMIN", null, null));
        AccessScope admin = signIn.scopeOf(trees.account("PLATFORM_ADMIN", null, null));
        assertThatThrownBy(() -> administration.assign(security, security.userId(),
                new RoleAssignment("AUDITOR", null, null, List.of()))).hasMessage("不能修改自己的角色和数据范围");
        assertThatThrownBy(() -> administration.resetPassword(admin, admin.userId(), "Rz8!newPass"))
                .hasMessage("不能对自己的账号执行“重置密码”");
        assertThatThrownBy(() -> administration.setEnabled(admin, admin.userId(), false))
                .hasMessage("不能对自己的账号执行“停用”");
        assertThat(t.root()).isPositive();
    }

    @Test
    void noRoleMayCombineTwoOfTheThreeDuties() {
        assertThatThrownBy(() -> jdbc.sql("UPDATE app_role SET permissions = permissions || ARRAY['audit:view'] "
                + "WHERE code = 'PLATFORM_ADMIN'").update()).hasMessageContaining("app_role_separation_of_duties");
        assertThatThrownBy(() -> jdbc.sql("UPDATE app_role SET permissions = permissions || ARRAY['member:sensitive'] "
                + "WHERE code = 'PLATFORM_ADMIN'").update()).hasMessageContaining("app_role_separation_of_duties");
        assertThatThrownBy(() -> jdbc.sql("UPDATE app_role SET permissions = permissions || ARRAY['role:assign'] "
                + "WHERE code = 'PLATFORM_ADMIN'").update()).hasMessageContaining("app_role_separation_of_duties");
        assertThatThrownBy(() -> jdbc.sql("UPDATE app_role SET permissions = permissions || ARRAY['org:view'] "
                + "WHERE code = 'AUDITOR'").update()).hasMessageContaining("app_role_separation_of_duties");
    }

    @Test
    void openingAndChangingAnAccountIsAuditedWithOldAndNewValues() {
        TestTree.Tree t = trees.build();
        AccessScope admin = signIn.scopeOf(trees.account("PLATFORM_ADMIN", null, null));
        AccessScope security = signIn.scopeOf(trees.account("SECURITY_ADMIN", null, null));
        String username = "audited" + System.nanoTime() % 1_000_000;
        long id = accounts.create(admin, new NewAccount(username, "Kx7#mPq2vL", "王五", "PARTY_WORKER", t.a1(), null,
                List.of()));
        administration.assign(security, id, new RoleAssignment("BRANCH_SECRETARY", t.a1(), t.memberA1(), List.of()));
        assertThatThrownBy(() -> administration.resetPassword(admin, id, "Rz8!newPass"))
                .hasMessage("特权账号的重置密码须由安全管理员办理");
        administration.resetPassword(security, id, "Rz8!newPass");
        administration.setEnabled(security, id, false);

        List<AuditEntry> trail = audit.search(AccessScope.system(), new AuditQuery(null, "账号", username, null, null),
                PageRequest.of(1, 20)).items();
        assertThat(trail).extracting(AuditEntry::action)
                .containsExactly("停用账号", "重置密码", "分配角色和数据范围", "开设账号");
        assertThat(trail).extracting(AuditEntry::actor).containsExactly(security.username(), security.username(),
                security.username(), admin.username());
        assertThat(trail.get(2).changes()).extracting(c -> c.field() + "：" + c.oldValue() + " → " + c.newValue())
                .contains("角色：党务工作者 → 党支部书记", "本人党员记录：null → " + t.memberA1());
        assertThat(trail).flatExtracting(AuditEntry::changes)
                .noneMatch(c -> String.valueOf(c.newValue()).contains("Kx7#mPq2vL")
                        || String.valueOf(c.newValue()).contains("Rz8!newPass"));
    }
}
