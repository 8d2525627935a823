package cn.dangjian.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Counts failed logins and locks an account after {@code dangjian.security.max-failed-logins} in a row. */
@Component
class LoginAttempts {

    private final AccountStore accounts;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockout;

    LoginAttempts(AccountStore accounts, Clock clock,
                  @Value("${dangjian.security.max-failed-logins:5}") int maxFailures,
                  @Value("${dangjian.security.lockout-minutes:15}") int lockoutMinutes) {
        this.accounts = accounts;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockout = Duration.ofMinutes(lockoutMinutes);
    }

    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent event) {
        accounts.recordFailure(event.getAuthentication().getName(), maxFailures, Instant.now(clock).plus(lockout));
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        accounts.recordSuccess(event.getAuthentication().getName());
    }
}
