package cn.dangjian.org;

/** An edit of a unit (单位), guarded by the version the editor saw. */
public record UnitChanges(String name, UnitCategory category, int version) {
}
