/**
 * Value types shared by every module: 身份证号 ({@link cn.dangjian.shared.CitizenId}), code tables
 * (民族, 学历), the caller's data scope ({@link cn.dangjian.shared.AccessScope}), paging, the
 * domain exceptions that carry Chinese messages, and the audit contract of change events.
 * No beans, no dependencies on other modules.
 */
package cn.dangjian.shared;
