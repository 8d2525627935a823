package cn.dangjian.identity.internal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.stereotype.Component;

/**
 * One place for failed sign-ins of every kind (password and API token): each goes in the audit trail with
 * the real reason and the remote address, counts towards the per-address limit of {@link AddressThrottle},
 * and ends in an exception whose message is only the generic answer the caller is given.
 */
@Component
class SignInFailures {

    private final AddressThrottle addresses;
    private final ApplicationEventPublisher events;

    SignInFailures(AddressThrottle addresses, ApplicationEventPublisher events) {
        this.addresses = addresses;
        this.events = events;
    }

    /** Whether this address is refused for now, after too many failures. */
    boolean blocked(String address) {
        return addresses.blocked(address);
    }

    /** A failure that counts towards the address's limit; the limit reached is itself audited. */
    BadCredentialsException counted(String typed, String address, String action, String reason, String answer) {
        if (addresses.failed(address)) {
            events.publishEvent(LoginAudit.event(typed, "来源地址暂时拒绝登录", address,
                    "失败次数过多（含本次：" + reason + "）"));
        }
        return refused(typed, address, action, reason, answer);
    }

    /** A failure that is audited but not counted (the address is already refused). */
    BadCredentialsException refused(String typed, String address, String action, String reason, String answer) {
        events.publishEvent(LoginAudit.event(typed, action, address, reason));
        return new BadCredentialsException(answer);
    }
}
