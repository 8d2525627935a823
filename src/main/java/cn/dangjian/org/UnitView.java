package cn.dangjian.org;

/** A government unit (单位), with the version an edit must quote. */
public record UnitView(long id, String name, UnitCategory category, int version) {

    public String categoryLabel() {
        return category.label();
    }
}
