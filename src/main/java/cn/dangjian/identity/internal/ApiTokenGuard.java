package cn.dangjian.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.dangjian.identity.AccountChanged;
import cn.dangjian.shared.AuditedChange.FieldChange;
import cn.dangjian.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks a personal API token: one indexed lookup of its SM3 digest, no password hash. A token that is
 * unknown, revoked or expired, or whose account is disabled or locked, gets the one {@link #GENERIC} answer;
 * the audit trail records the real reason and the address, and the failure counts towards the per-address
 * limit shared with password sign-ins, so tokens cannot be guessed faster than passwords. The first use of a
 * token each day (Beijing time) is audited; its last use is noted at most once a minute.
 */
@Component
public class ApiTokenGuard {

    /** The one answer to every refused token. */
    public static final String GENERIC = "访问令牌无效、已过期或已被撤销";
    private static final String ACTION = "访问令牌认证失败";
    private static final Duration NOTE_EVERY = Duration.ofMinutes(1);

    private final ApiTokenStore tokens;
    private final SignInFailures failures;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ApiTokenGuard(ApiTokenStore tokens, SignInFailures failures, ApplicationEventPublisher events,
                  TransactionTemplate transactions, Clock clock) {
        this.tokens = tokens;
        this.failures = failures;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * The account this token stands for, with the token's own scope (none: the account's own role and scope
     * apply, rebuilt per request like for every caller).
     *
     * @throws org.springframework.security.authentication.BadCredentialsException with {@link #GENERIC}
     */
    public Authentication authenticate(String presented, String address) {
        String shown = presented == null ? "（空）" : LoginAudit.typed(ApiTokenSecret.prefix(presented) + "…");
        if (failures.blocked(address)) {
            throw failures.refused(shown, address, ACTION, "来源地址认证失败次数过多，暂时拒绝", GENERIC);
        }
        if (!ApiTokenSecret.wellFormed(presented)) {
            throw failures.counted(shown, address, ACTION, "令牌格式不正确", GENERIC);
        }
        Optional<ApiTokenStore.Owned> found = tokens.byDigest(ApiTokenSecret.digest(presented));
        if (found.isEmpty()) {
            throw failures.counted(shown, address, ACTION, "令牌不存在（" + shown + "）", GENERIC);
        }
        ApiTokenStore.Token token = found.get().token();
        AccountStore.Account account = found.get().account();
        Instant now = Instant.now(clock);
        String refusal = token.revokedAt() != null ? "令牌已撤销"
                : !token.expiresAt().isAfter(now) ? "令牌已过期"
                : !account.enabled() ? "账号已停用"
                : account.lockedAt(now) ? "账号已锁定" : null;
        if (refusal != null) {
            throw failures.counted(account.username(), address, ACTION,
                    refusal + "（" + token.name() + "，" + token.prefix() + "…）", GENERIC);
        }
        noteUse(token, account.username(), address, now);
        SignedInUser user = new SignedInUser(account.id(), account.username(), account.displayName(),
                account.roleCode(), account.permissions().stream().map(Permission::code).toList(),
                account.passwordChangeRequired());
        return new ApiTokenAuthentication(user, token.id());
    }

    private void noteUse(ApiTokenStore.Token token, String username, String address, Instant now) {
        Instant today = LocalDate.ofInstant(now, clock.getZone()).atStartOfDay(clock.getZone()).toInstant();
        if (token.lastUsedAt() == null || token.lastUsedAt().isBefore(today)) {
            transactions.executeWithoutResult(tx -> {
                if (tokens.noteUse(token.id(), now, address, today)) {
                    events.publishEvent(new AccountChanged(username, username, "使用访问令牌（当天首次）", List.of(
                            new FieldChange("令牌", null, token.name() + "（" + token.prefix() + "…）"),
                            new FieldChange("来源地址", null, address))));
                }
            });
        } else if (token.lastUsedAt().isBefore(now.minus(NOTE_EVERY))) {
            tokens.noteUse(token.id(), now, address, now.minus(NOTE_EVERY));
        }
    }
}
