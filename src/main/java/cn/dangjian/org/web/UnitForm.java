package cn.dangjian.org.web;

import cn.dangjian.org.UnitCategory;

/** The unit (单位) form as posted by the browser. */
public class UnitForm {

    private Long id;
    private String name;
    private UnitCategory category = UnitCategory.ADMINISTRATIVE;
    private int version;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public UnitCategory getCategory() { return category; }
    public void setCategory(UnitCategory category) { this.category = category; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
