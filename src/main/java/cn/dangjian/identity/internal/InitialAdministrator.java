package cn.dangjian.identity.internal;

import java.security.SecureRandom;
import java.util.List;

import cn.dangjian.identity.AccountChanged;
import cn.dangjian.shared.AuditedChange.FieldChange;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * On a database without any account (a production start without demo data), opens the 系统管理员
 * account {@code admin} so that someone can log in. The password comes from
 * {@code dangjian.security.initial-admin-password}, or is generated and written to the log once;
 * either way it must be changed at first sign-in.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class InitialAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

    private final AccountStore accounts;
    private final PasswordEncoder passwords;
    private final String configuredPassword;
    private final ApplicationEventPublisher events;

    InitialAdministrator(AccountStore accounts, PasswordEncoder passwords, ApplicationEventPublisher events,
                         @Value("${dangjian.security.initial-admin-password:}") String configuredPassword) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.events = events;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }
        String password = configuredPassword.isBlank() ? randomPassword() : configuredPassword;
        accounts.insert("admin", passwords.encode(password), "系统管理员", "PLATFORM_ADMIN", null, null, true);
        events.publishEvent(new AccountChanged("system", "admin", "开设账号", List.of(
                new FieldChange("角色", null, "系统管理员"), new FieldChange("首次登录须修改密码", null, "是"))));
        if (configuredPassword.isBlank()) {
            log.warn("已创建系统管理员账号 admin，初始密码：{}（首次登录时须修改）", password);
        } else {
            log.info("已创建系统管理员账号 admin（初始密码取自配置 dangjian.security.initial-admin-password，首次登录时须修改）");
        }
    }

    private static String randomPassword() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder b = new StringBuilder("Dj");
        for (int i = 0; i < 10; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.append(random.nextInt(10)).toString();
    }
}
