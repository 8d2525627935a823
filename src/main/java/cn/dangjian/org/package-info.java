/**
 * The organization tree: 机关工委 → 机关党委 → 党总支 → 党支部 / 联合党支部 → 党小组, the government
 * units (单位) they are set up in, and each organization's committee for its current term (届次, posts).
 * The tree keeps a materialised {@code path}; a move rewrites the whole subtree in one transaction and
 * publishes {@link cn.dangjian.org.OrgUnitMoved}. Knows nothing of members except through the
 * {@link cn.dangjian.org.MemberDirectory} port that the member module implements.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package cn.dangjian.org;
