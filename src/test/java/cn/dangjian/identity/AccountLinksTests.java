package cn.dangjian.identity;

import java.util.List;

import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.support.IntegrationTest;
import cn.dangjian.support.TestTree;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An account's organization and member must exist, and the member must lie inside the account's scope. */
@IntegrationTest
class AccountLinksTests {

    @Autowired
    TestTree trees;
    @Autowired
    Accounts accounts;
    @Autowired
    cn.dangjian.identity.SignIn signIn;
    @Autowired
    AccountAdministration administration;

    private AccessScope admin;

    @Test
    void anAccountCannotBeLinkedToAMemberThatDoesNotExistOrLiesOutsideItsScope() {
        TestTree.Tree t = trees.build();
        admin = signIn.scopeOf(trees.account("PLATFORM_ADMIN", null, null));
        assertProblem(new NewAccount(name(), "Kx7#mPq2vL", "甲", "MEMBER", t.a1(), 987_654_321L, List.of()),
                "本人党员记录：未找到该党员");
        assertProblem(new NewAccount(name(), "Kx7#mPq2vL", "乙", "MEMBER", t.a1(), t.memberA2(), List.of()),
                "本人党员记录：该党员不在账号的数据范围（所在党组织）内");
        assertProblem(new NewAccount(name(), "Kx7#mPq2vL", "丙", "MEMBER", t.a1(), null, List.of()),
                "本人党员记录：“仅本人”范围的账号须关联本人的党员记录");
        assertProblem(new NewAccount(name(), "Kx7#mPq2vL", "丁", "PARTY_WORKER", 987_654_321L, null, List.of()),
                "所在党组织：未找到该党组织");
        assertProblem(new NewAccount(name(), "Kx7#mPq2vL", "戊", "PARTY_WORKER", null, null, List.of()),
                "所在党组织：“本级”范围的账号须指定所在党组织");
        assertThat(accounts.create(admin, new NewAccount(name(), "Kx7#mPq2vL", "己", "MEMBER", t.a1(), t.memberA1(),
                List.of()))).isPositive();
    }

    @Test
    void theSecurityAdministratorCannotAnchorASubtreeAccountAwayFromItsMember() {
        TestTree.Tree t = trees.build();
        AccessScope security = signIn.scopeOf(trees.account("SECURITY_ADMIN", null, null));
        long id = signIn.scopeOf(trees.account("MEMBER", t.a1(), t.memberA1())).userId();
        assertThatThrownBy(() -> administration.assign(security, id,
                new RoleAssignment("BRANCH_SECRETARY", t.a2(), t.memberA1(), List.of())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.describe()).containsExactly("本人党员记录：该党员不在账号的数据范围（所在党组织）内"));
        administration.assign(security, id, new RoleAssignment("PARTY_COMMITTEE_SECRETARY", t.a(), t.memberA1(), List.of()));
    }

    private void assertProblem(NewAccount account, String problem) {
        assertThatThrownBy(() -> accounts.create(admin, account)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(p -> p.describe()).containsExactly(problem));
    }

    private static String name() {
        return "link" + System.nanoTime() % 100_000_000;
    }
}
