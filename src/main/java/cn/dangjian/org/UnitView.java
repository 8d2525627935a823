package cn.dangjian.org;

/** A government unit (单位). */
public record UnitView(long id, String name, UnitCategory category) {
}
