package cn.dangjian.org;

/** A unit (单位) to add: its name and category. */
public record NewUnit(String name, UnitCategory category) {
}
