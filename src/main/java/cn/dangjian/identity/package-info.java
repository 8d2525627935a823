/**
 * Accounts, roles (function permissions + data-scope level), login with lock-out, the per-request
 * {@link cn.dangjian.shared.AccessScope}, and the append-only audit trail that records every
 * {@link cn.dangjian.shared.AuditedChange} published by any module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "org"})
package cn.dangjian.identity;
