package cn.dangjian.identity;

import java.util.ArrayList;
import java.util.List;

import cn.dangjian.identity.internal.AccountStore;
import cn.dangjian.identity.internal.PasswordPolicy;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.FieldProblem;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.NotFoundException;
import cn.dangjian.shared.ReferenceData;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each person's own password: changing it (old password, new one twice), and whether they still must. */
@Service
@Transactional(readOnly = true)
public class Passwords {

    private final AccountStore store;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;

    Passwords(AccountStore store, PasswordPolicy policy, PasswordEncoder encoder, ApplicationEventPublisher events) {
        this.store = store;
        this.policy = policy;
        this.encoder = encoder;
        this.events = events;
    }

    /** Whether the caller still carries a password someone else chose (a new account, a reset). */
    public boolean changeRequired(AccessScope scope) {
        return store.passwordChangeRequired(scope.username());
    }

    /** The requirement, as shown next to a new-password field. */
    @ReferenceData("密码规则对所有人相同")
    public String requirement() {
        return PasswordPolicy.hint();
    }

    @Transactional
    public void changeOwn(AccessScope scope, String currentPassword, String newPassword, String repeated) {
        AccountStore.Account account = store.byId(scope.userId())
                .orElseThrow(() -> new NotFoundException("未找到您的账号"));
        List<FieldProblem> problems = new ArrayList<>();
        if (currentPassword == null || !encoder.matches(currentPassword, account.passwordHash())) {
            problems.add(new FieldProblem("currentPassword", "原密码", "不正确"));
        }
        policy.problem(account.username(), newPassword)
                .ifPresent(p -> problems.add(new FieldProblem("newPassword", "新密码", p)));
        if (newPassword != null && !newPassword.equals(repeated)) {
            problems.add(new FieldProblem("repeatedPassword", "确认新密码", "与新密码不一致"));
        }
        if (problems.isEmpty() && newPassword.equals(currentPassword)) {
            problems.add(new FieldProblem("newPassword", "新密码", "不能与原密码相同"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        store.setPassword(account.id(), encoder.encode(newPassword), false);
        events.publishEvent(new AccountChanged(scope.username(), account.username(), "修改密码", List.of()));
    }
}
