package cn.dangjian.identity.internal;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.ForbiddenException;
import cn.dangjian.shared.Permission;

/**
 * 三员分立: who may open, change, disable, reset and unlock which accounts. A role is privileged when it
 * carries any administrative duty or sees full personal data or the audit trail; only the 安全管理员
 * grants, withdraws, disables or resets privileged accounts, and nobody changes their own account here.
 */
public final class GrantRules {

    /** Permissions that make a role privileged. */
    public static final Set<Permission> PRIVILEGED = Collections.unmodifiableSet(EnumSet.of(
            Permission.MEMBER_SENSITIVE, Permission.AUDIT_VIEW, Permission.USER_ADMIN, Permission.ROLE_ASSIGN,
            Permission.SECURITY_POLICY));

    private GrantRules() {
    }

    public static boolean privileged(Set<Permission> rolePermissions) {
        return rolePermissions.stream().anyMatch(PRIVILEGED::contains);
    }

    /** Whether {@code actor} may give an account this role, at opening or later. */
    public static boolean mayGrant(AccessScope actor, Set<Permission> rolePermissions) {
        return actor.can(Permission.ROLE_ASSIGN)
                || actor.can(Permission.USER_ADMIN) && !privileged(rolePermissions);
    }

    public static void requireMayOpen(AccessScope actor, String roleName, Set<Permission> rolePermissions) {
        actor.require(Permission.USER_ADMIN);
        if (!mayGrant(actor, rolePermissions)) {
            throw new ForbiddenException("“" + roleName + "”是特权角色，只能由安全管理员授予：请先以普通角色开设账号，"
                    + "再由安全管理员分配角色");
        }
    }

    public static void requireMayAssign(AccessScope actor, long targetId, Set<Permission> currentRole,
                                        Set<Permission> newRole) {
        notSelf(actor, targetId, "不能修改自己的角色和数据范围");
        if (actor.can(Permission.ROLE_ASSIGN)) {
            return;
        }
        if (!actor.can(Permission.USER_ADMIN)) {
            throw new ForbiddenException("您没有“" + Permission.ROLE_ASSIGN.label() + "”的权限");
        }
        if (privileged(currentRole) || privileged(newRole)) {
            throw new ForbiddenException("授予或收回特权角色（系统管理员、安全管理员、安全审计员，以及能查看完整身份证号的角色）"
                    + "须由安全管理员办理");
        }
    }

    /** Disabling, enabling or resetting the password of an account ({@code what} names the act). */
    public static void requireMayManage(AccessScope actor, long targetId, Set<Permission> targetRole, String what) {
        notSelf(actor, targetId, "不能对自己的账号执行“" + what + "”");
        if (privileged(targetRole)) {
            if (!actor.can(Permission.SECURITY_POLICY)) {
                throw new ForbiddenException("特权账号的" + what + "须由安全管理员办理");
            }
        } else if (!actor.can(Permission.USER_ADMIN) && !actor.can(Permission.SECURITY_POLICY)) {
            throw new ForbiddenException("您没有“" + Permission.USER_ADMIN.label() + "”的权限");
        }
    }

    private static void notSelf(AccessScope actor, long targetId, String message) {
        if (actor.userId() == targetId) {
            throw new ForbiddenException(message);
        }
    }
}
