package cn.dangjian.identity.internal;

import java.time.Clock;
import java.time.Instant;

import cn.dangjian.shared.Permission;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads accounts for form login and HTTP Basic; a locked account is reported as such. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AccountStore accounts;
    private final Clock clock;

    AccountUserDetailsService(AccountStore accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        AccountStore.Account a = accounts.byUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("用户名或密码错误"));
        return new SignedInUser(a.id(), a.username(), a.passwordHash(), a.displayName(), a.roleCode(), a.enabled(),
                a.lockedAt(Instant.now(clock)), a.permissions().stream().map(Permission::code).toList());
    }
}
