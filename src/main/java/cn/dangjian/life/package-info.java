/**
 * Organizational life, recorded once where it happens: 三会一课 (支部党员大会, 支委会, 党小组会, 党课),
 * 主题党日 and 组织生活会 with their attendance, minutes and votes; a 组织生活会's 批评与自我批评 per member present
 * and its rectification items; the plan of what is due; 民主评议 and 谈心谈话. Quorum and pass thresholds (ZB-08,
 * ZB-09) and voting rights (XJ-03) are computed from the record, never typed. How often each meeting is due and
 * the 补录 window are parameters ({@code LifeParameters}, read through the parameters module), not constants.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "org", "member", "documents", "parameters"})
package cn.dangjian.life;
