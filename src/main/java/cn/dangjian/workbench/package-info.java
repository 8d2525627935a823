/**
 * The workbench: each person's day on one page, the start page after sign-in. A branch secretary sees what is due
 * and overdue with the button that does it; a 机关党委 or the 工委 the sub-organizations that need attention and the
 * answers to the questions they ask most; a member their own organizational life and record; the 三员 their own
 * work, each within their role (the 系统管理员 never sees the audit trail, the 安全审计员 nothing but the trail).
 * It owns no data: it reads the other modules only through their scoped facades, with the caller's scope.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "org", "member", "life", "recruitment", "compliance", "identity", "dues"})
package cn.dangjian.workbench;
