package cn.dangjian.identity.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import cn.dangjian.identity.AccountChanged;
import cn.dangjian.shared.AuditedChange.FieldChange;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Puts sign-ins (form login: one per session, not every HTTP Basic API call) and sign-outs in the audit trail,
 * with the remote address.
 */
@Component
class LoginAudit {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final ApplicationEventPublisher events;

    LoginAudit(ApplicationEventPublisher events) {
        this.events = events;
    }

    @EventListener
    void on(InteractiveAuthenticationSuccessEvent event) {
        Authentication auth = event.getAuthentication();
        events.publishEvent(new AccountChanged(auth.getName(), auth.getName(), "登录",
                List.of(new FieldChange("来源地址", null, LoginGuard.address(auth.getDetails())))));
    }

    @EventListener
    void on(LogoutSuccessEvent event) {
        Authentication auth = event.getAuthentication();
        events.publishEvent(new AccountChanged(auth.getName(), auth.getName(), "退出",
                List.of(new FieldChange("来源地址", null, LoginGuard.address(auth.getDetails())))));
    }

    static AccountChanged event(String typed, String action, String address, String reason) {
        return new AccountChanged(typed, typed, action, List.of(new FieldChange("来源地址", null, address),
                new FieldChange("原因", null, reason)));
    }

    /** A typed username fit for the trail: no control characters, at most 64 characters, never empty. */
    static String typed(String username) {
        if (username == null || username.isBlank()) {
            return "（空）";
        }
        String clean = username.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 64 ? clean.substring(0, 64) + "…" : clean;
    }

    static String time(Instant instant) {
        return TIME.format(instant);
    }
}
