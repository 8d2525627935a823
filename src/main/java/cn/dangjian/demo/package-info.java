/**
 * Demo and benchmark data: a fictional 区直机关工委 with about sixty government units, 150
 * organizations and 3,000 members (tier {@code district}), or twenty such districts under a 市直机关工委
 * (tier {@code city}) and 280 under a 省直机关工委 (tier {@code province}) for benchmarks. Everything is
 * written through the public facades of org, member, identity, life and recruitment (a year of meetings and a few
 * dozen 发展党员 cases at every stage, by default for the district tier only, on the working days of the calendar
 * module), deterministically from a seed; a few deliberate irregularities give the compliance checks something to
 * find. Loaded on an empty database when {@code dangjian.demo.enabled} is true.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "org", "member", "identity", "life", "calendar", "recruitment", "dues",
                "transfer", "duty", "responsibility"})
package cn.dangjian.demo;
