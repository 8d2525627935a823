package cn.dangjian.identity;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.dangjian.identity.internal.AccountStore;
import cn.dangjian.identity.internal.ApiTokenSecret;
import cn.dangjian.identity.internal.ApiTokenStore;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.AuditedChange.FieldChange;
import cn.dangjian.shared.FieldProblem;
import cn.dangjian.shared.ForbiddenException;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.NotFoundException;
import cn.dangjian.shared.Permission;
import cn.dangjian.shared.ReferenceData;
import cn.dangjian.shared.Texts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: each person creates, lists and revokes their own; the 安全管理员 lists and revokes
 * anyone's. A token stands for its holder with exactly the holder's role and data scope as they are at each
 * request; it works on {@code /api/**} only, until its expiry date (at most a year, 90 days unless chosen),
 * its revocation, or a password reset by an administrator (which revokes all of the account's tokens).
 * Creation and revocation are audited; so is the first use of each token on each day.
 */
@Service
@Transactional(readOnly = true)
public class ApiTokens {

    public static final int NAME_MAX = 50;
    public static final int DEFAULT_DAYS = 90;
    public static final int MAX_LIVE = 10;

    private final ApiTokenStore tokens;
    private final AccountStore accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ApiTokens(ApiTokenStore tokens, AccountStore accounts, ApplicationEventPublisher events, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /** The expiry date offered by default: 90 days from today. */
    @ReferenceData("令牌有效期的规则对所有人相同")
    public LocalDate defaultExpiry() {
        return today().plusDays(DEFAULT_DAYS);
    }

    /** The latest expiry date a new token may have: one year from today. */
    @ReferenceData("令牌有效期的规则对所有人相同")
    public LocalDate latestExpiry() {
        return today().plusYears(1);
    }

    /**
     * Creates a token for the caller's own account; it is valid until the end of {@code expiresOn} (Beijing
     * time; {@code null} means {@link #defaultExpiry()}).
     */
    @Transactional
    public NewApiToken create(AccessScope scope, String name, LocalDate expiresOn) {
        AccountStore.Account account = accounts.byId(scope.userId())
                .orElseThrow(() -> new ForbiddenException("只有平台账号本人可以创建访问令牌"));
        Instant now = Instant.now(clock);
        LocalDate until = expiresOn == null ? defaultExpiry() : expiresOn;
        String cleanName = Texts.blankToNull(name);
        List<FieldProblem> problems = new ArrayList<>();
        if (cleanName == null) {
            problems.add(new FieldProblem("name", "令牌名称", "不能为空"));
        } else if (cleanName.length() > NAME_MAX || cleanName.codePoints().anyMatch(Character::isISOControl)) {
            problems.add(new FieldProblem("name", "令牌名称", "不能超过" + NAME_MAX + "个字，且不能含控制字符"));
        }
        if (!until.isAfter(today()) || until.isAfter(latestExpiry())) {
            problems.add(new FieldProblem("expiresOn", "有效期至", "应在明天至" + latestExpiry() + "之间"));
        }
        if (tokens.countLive(account.id(), now) >= MAX_LIVE) {
            problems.add(new FieldProblem("name", "令牌名称", "每个账号最多同时有" + MAX_LIVE + "个有效令牌，请先撤销不用的令牌"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String secret = ApiTokenSecret.generate();
        Instant expiresAt = until.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        long id = tokens.insert(account.id(), cleanName, ApiTokenSecret.digest(secret), ApiTokenSecret.prefix(secret),
                now, expiresAt);
        events.publishEvent(new AccountChanged(scope.username(), account.username(), "创建访问令牌", List.of(
                new FieldChange("令牌", null, cleanName + "（" + ApiTokenSecret.prefix(secret) + "…）"),
                new FieldChange("有效期至", null, until.toString()))));
        return new NewApiToken(view(tokens.byId(id).orElseThrow(), now), secret);
    }

    /**
     * The tokens of an account, newest first: the caller's own ({@code username} null or their own), or —
     * for the 安全管理员 — anyone's.
     */
    public List<ApiTokenView> list(AccessScope scope, String username) {
        long userId = owner(scope, username);
        Instant now = Instant.now(clock);
        return tokens.ofUser(userId).stream().map(t -> view(t, now)).toList();
    }

    /** Revokes one of the caller's own tokens or, for the 安全管理员, anyone's. Revoking twice changes nothing. */
    @Transactional
    public void revoke(AccessScope scope, long id) {
        ApiTokenStore.Token token = tokens.byId(id)
                .filter(t -> t.userId() == scope.userId() || scope.can(Permission.SECURITY_POLICY))
                .orElseThrow(() -> new NotFoundException("未找到该访问令牌"));
        if (tokens.revoke(id, scope.username(), Instant.now(clock))) {
            events.publishEvent(new AccountChanged(scope.username(), token.username(), "撤销访问令牌", List.of(
                    new FieldChange("令牌", token.name() + "（" + token.prefix() + "…）", "已撤销"))));
        }
    }

    private long owner(AccessScope scope, String username) {
        if (username == null || username.isBlank() || username.equals(scope.username())) {
            return scope.userId();
        }
        scope.require(Permission.SECURITY_POLICY);
        return accounts.byUsername(username).map(AccountStore.Account::id)
                .orElseThrow(() -> new NotFoundException("账号不存在：" + username));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static ApiTokenView view(ApiTokenStore.Token t, Instant now) {
        String state = t.revokedAt() != null ? "已撤销" : t.expiresAt().isAfter(now) ? "有效" : "已过期";
        return new ApiTokenView(t.id(), t.username(), t.name(), t.prefix(), t.createdAt(), t.expiresAt(),
                t.lastUsedAt(), t.lastUsedFrom(), t.revokedAt(), t.revokedBy(), state);
    }
}
