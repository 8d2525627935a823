package cn.dangjian.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import cn.dangjian.identity.AccountChanged;
import cn.dangjian.shared.AuditedChange.FieldChange;
import cn.dangjian.shared.Permission;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks a username and password (form login and HTTP Basic). Whatever went wrong — no such user, wrong
 * password, account locked or disabled, too many failures from this address — the caller hears the same
 * {@link #GENERIC} answer after the same single password hash; the audit trail records the real reason,
 * the username as typed and the remote address (never the password). Five failures in a row lock the
 * account for 15 minutes ({@code dangjian.security.max-failed-logins}, {@code lockout-minutes}).
 */
@Component
class LoginGuard implements AuthenticationProvider {

    /** The one answer to every failed sign-in. */
    static final String GENERIC = "用户名或密码错误，或账号已被暂时锁定";

    private final AccountStore accounts;
    private final PasswordEncoder encoder;
    private final SignInFailures failures;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockout;
    private volatile String decoyHash;

    LoginGuard(AccountStore accounts, PasswordEncoder encoder, SignInFailures failures,
               ApplicationEventPublisher events, Clock clock,
               @Value("${dangjian.security.max-failed-logins:5}") int maxFailures,
               @Value("${dangjian.security.lockout-minutes:15}") int lockoutMinutes) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.failures = failures;
        this.events = events;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockout = Duration.ofMinutes(lockoutMinutes);
    }

    @Override
    public Authentication authenticate(Authentication request) {
        String typed = LoginAudit.typed(request.getName());
        String address = address(request.getDetails());
        String password = request.getCredentials() == null ? "" : request.getCredentials().toString();
        if (failures.blocked(address)) {
            throw fail(typed, address, "来源地址登录失败次数过多，暂时拒绝");
        }
        Optional<AccountStore.Account> found = accounts.byUsername(request.getName());
        boolean matches = encoder.matches(password, found.map(AccountStore.Account::passwordHash).orElseGet(this::decoy));
        if (found.isEmpty()) {
            throw failAndCount(typed, address, "用户名不存在");
        }
        AccountStore.Account account = found.get();
        Instant now = Instant.now(clock);
        if (account.lockedAt(now)) {
            throw failAndCount(typed, address, "账号已锁定");
        }
        if (!account.enabled()) {
            throw failAndCount(typed, address, "账号已停用");
        }
        if (!matches) {
            boolean lockedNow = accounts.recordFailure(account.id(), maxFailures, now.plus(lockout));
            BadCredentialsException failure = failAndCount(typed, address, "密码错误");
            if (lockedNow) {
                events.publishEvent(new AccountChanged("system", account.username(), "锁定账号", List.of(
                        new FieldChange("原因", null, "连续" + maxFailures + "次登录失败"),
                        new FieldChange("锁定至", null, LoginAudit.time(now.plus(lockout))))));
            }
            throw failure;
        }
        accounts.recordSuccess(account.username());
        SignedInUser user = new SignedInUser(account.id(), account.username(), account.displayName(),
                account.roleCode(), account.permissions().stream().map(Permission::code).toList(),
                account.passwordChangeRequired());
        UsernamePasswordAuthenticationToken result =
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        result.setDetails(request.getDetails());
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private BadCredentialsException failAndCount(String typed, String address, String reason) {
        return failures.counted(typed, address, "登录失败", reason, GENERIC);
    }

    private BadCredentialsException fail(String typed, String address, String reason) {
        return failures.refused(typed, address, "登录失败", reason, GENERIC);
    }

    private String decoy() {
        if (decoyHash == null) {
            decoyHash = encoder.encode("decoy-password-for-unknown-users");
        }
        return decoyHash;
    }

    static String address(Object details) {
        return details instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "未知";
    }
}
