package cn.dangjian.identity;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import cn.dangjian.identity.internal.ApiTokenGuard;
import cn.dangjian.identity.internal.ApiTokenSecret;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.FieldProblem;
import cn.dangjian.shared.ForbiddenException;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.NotFoundException;
import cn.dangjian.shared.PageRequest;
import cn.dangjian.support.ClockedIntegrationTest;
import cn.dangjian.support.MutableClock;
import cn.dangjian.support.TestClock;
import cn.dangjian.support.TestTree;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.BadCredentialsException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Personal API tokens through the facade on PostgreSQL: shown once and stored only as a digest, bounded
 * name and expiry, expiry by the clock, one's own tokens only, the 安全管理员 revokes anyone's, a disabled
 * account's tokens stop working and a password reset revokes them.
 */
@ClockedIntegrationTest
class ApiTokensTests {

    private static final String ADDRESS = "10.31.0.1";

    @Autowired
    ApiTokens tokens;
    @Autowired
    ApiTokenGuard guard;
    @Autowired
    SignIn signIn;
    @Autowired
    AccountAdministration administration;
    @Autowired
    AuditTrail audit;
    @Autowired
    TestTree trees;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;

    AccessScope secretary;

    @BeforeEach
    void account() {
        clock.set(LocalDateTime.now(TestClock.BEIJING));
        TestTree.Tree t = trees.build();
        secretary = signIn.scopeOf(trees.account("BRANCH_SECRETARY", t.a1(), t.memberA1()));
    }

    @Test
    void theSecretIsShownOnceAndOnlyItsDigestIsStored() {
        NewApiToken created = tokens.create(secretary, "  党费统计脚本 ", null);

        assertThat(created.secret()).matches("dj_[A-Za-z0-9_-]{43}").startsWith(created.token().prefix());
        assertThat(created.token().name()).isEqualTo("党费统计脚本");
        assertThat(created.token().expiresAt()).isEqualTo(LocalDate.now(clock).plusDays(91)
                .atStartOfDay(TestClock.BEIJING).toInstant());
        assertThat(jdbc.sql("SELECT token_hash FROM api_token WHERE id = :id").param("id", created.token().id())
                .query(String.class).single()).isEqualTo(ApiTokenSecret.digest(created.secret()));
        assertThat(jdbc.sql("SELECT count(*) FROM api_token t WHERE position(:secret in t::text) > 0")
                .param("secret", created.secret().substring(3)).query(Long.class).single()).isZero();
        assertThat(tokens.list(secretary, null)).singleElement().satisfies(t -> {
            assertThat(t.toString()).doesNotContain(created.secret().substring(3));
            assertThat(t.state()).isEqualTo("有效");
        });
        assertThat(trail(secretary.username())).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("创建访问令牌");
            assertThat(e.changes().toString()).contains("党费统计脚本").doesNotContain(created.secret().substring(3));
        });
        assertThat(guard.authenticate(created.secret(), ADDRESS).getName()).isEqualTo(secretary.username());
    }

    @Test
    void theNameIsRequiredAndBoundedAndTheExpiryAtMostAYear() {
        assertThat(problems(() -> tokens.create(secretary, " ", null))).containsExactly("令牌名称：不能为空");
        assertThat(problems(() -> tokens.create(secretary, "长".repeat(51), null)))
                .containsExactly("令牌名称：不能超过50个字，且不能含控制字符");
        LocalDate today = LocalDate.now(clock);
        assertThat(problems(() -> tokens.create(secretary, "脚本", today.plusYears(1).plusDays(1))))
                .singleElement().asString().startsWith("有效期至：应在明天至");
        assertThat(problems(() -> tokens.create(secretary, "脚本", today))).hasSize(1);
        assertThat(tokens.create(secretary, "脚本", today.plusYears(1)).token().state()).isEqualTo("有效");
    }

    @Test
    void aTokenStopsWorkingAfterItsLastDay() {
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        NewApiToken created = tokens.create(secretary, "短期令牌", tomorrow);
        clock.set(tomorrow.atTime(23, 59));
        assertThat(guard.authenticate(created.secret(), ADDRESS).getName()).isEqualTo(secretary.username());

        clock.set(tomorrow.plusDays(1).atStartOfDay());
        assertThatThrownBy(() -> guard.authenticate(created.secret(), ADDRESS))
                .isInstanceOf(BadCredentialsException.class).hasMessage("访问令牌无效、已过期或已被撤销");
        assertThat(tokens.list(secretary, null)).singleElement()
                .satisfies(t -> assertThat(t.state()).isEqualTo("已过期"));
        assertThat(trail(secretary.username())).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("访问令牌认证失败");
            assertThat(e.changes().toString()).contains("令牌已过期");
        });
    }

    @Test
    void nobodySeesOrRevokesAnotherPersonsTokens() {
        NewApiToken mine = tokens.create(secretary, "我的令牌", null);
        TestTree.Tree t = trees.build();
        AccessScope colleague = signIn.scopeOf(trees.account("BRANCH_SECRETARY", t.a1(), t.memberA1()));

        assertThat(tokens.list(colleague, null)).isEmpty();
        assertThatThrownBy(() -> tokens.list(colleague, secretary.username())).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> tokens.revoke(colleague, mine.token().id())).isInstanceOf(NotFoundException.class);
        assertThat(guard.authenticate(mine.secret(), ADDRESS).getName()).isEqualTo(secretary.username());
    }

    @Test
    void theSecurityAdministratorListsAndRevokesAnyonesTokens() {
        NewApiToken mine = tokens.create(secretary, "我的令牌", null);
        AccessScope security = signIn.scopeOf(trees.account("SECURITY_ADMIN", null, null));

        assertThat(tokens.list(security, secretary.username())).extracting(ApiTokenView::name).containsExactly("我的令牌");
        tokens.revoke(security, mine.token().id());

        assertThatThrownBy(() -> guard.authenticate(mine.secret(), ADDRESS)).isInstanceOf(BadCredentialsException.class);
        assertThat(tokens.list(secretary, null)).singleElement().satisfies(v -> {
            assertThat(v.state()).isEqualTo("已撤销");
            assertThat(v.revokedBy()).isEqualTo(security.username());
        });
        assertThat(trail(secretary.username())).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("撤销访问令牌");
            assertThat(e.actor()).isEqualTo(security.username());
        });
    }

    @Test
    void aDisabledAccountsTokensStopAndAPasswordResetRevokesThem() {
        NewApiToken mine = tokens.create(secretary, "我的令牌", null);
        AccessScope security = signIn.scopeOf(trees.account("SECURITY_ADMIN", null, null));

        administration.setEnabled(security, secretary.userId(), false);
        assertThatThrownBy(() -> guard.authenticate(mine.secret(), ADDRESS)).isInstanceOf(BadCredentialsException.class);
        administration.setEnabled(security, secretary.userId(), true);
        assertThat(guard.authenticate(mine.secret(), ADDRESS).getName()).isEqualTo(secretary.username());

        administration.resetPassword(security, secretary.userId(), "Kx7#mPq2vL");
        assertThatThrownBy(() -> guard.authenticate(mine.secret(), ADDRESS)).isInstanceOf(BadCredentialsException.class);
        assertThat(tokens.list(secretary, null)).singleElement()
                .satisfies(v -> assertThat(v.state()).isEqualTo("已撤销"));
        assertThat(trail(secretary.username())).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("重置密码");
            assertThat(e.changes()).contains(new cn.dangjian.shared.AuditedChange.FieldChange("撤销访问令牌", null, "1个"));
        });
    }

    private List<AuditEntry> trail(String recordId) {
        return audit.search(AccessScope.system(), new AuditQuery(null, "账号", recordId, null, null),
                PageRequest.of(1, 50)).items();
    }

    private static List<String> problems(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            return e.problems().stream().map(FieldProblem::describe).toList();
        }
        throw new AssertionError("expected invalid input");
    }
}
