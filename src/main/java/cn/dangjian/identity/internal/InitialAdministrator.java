package cn.dangjian.identity.internal;

import java.security.SecureRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * On a database without any account (a production start without demo data), opens the platform
 * administrator account {@code admin} so that someone can log in. The password comes from
 * {@code dangjian.security.initial-admin-password}, or is generated and written to the log once.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class InitialAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

    private final AccountStore accounts;
    private final PasswordEncoder passwords;
    private final String configuredPassword;

    InitialAdministrator(AccountStore accounts, PasswordEncoder passwords,
                         @Value("${dangjian.security.initial-admin-password:}") String configuredPassword) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }
        String password = configuredPassword.isBlank() ? randomPassword() : configuredPassword;
        accounts.insert("admin", passwords.encode(password), "平台管理员", "PLATFORM_ADMIN", null, null);
        if (configuredPassword.isBlank()) {
            log.warn("已创建平台管理员账号 admin，初始密码：{}（请登录后立即修改）", password);
        } else {
            log.info("已创建平台管理员账号 admin（密码取自配置 dangjian.security.initial-admin-password）");
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
