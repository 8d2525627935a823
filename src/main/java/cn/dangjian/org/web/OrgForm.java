package cn.dangjian.org.web;

import java.time.LocalDate;

import cn.dangjian.org.OrgType;

/** The organization form as posted by the browser. */
public class OrgForm {

    private Long id;
    private Long parentId;
    private String name;
    private OrgType type;
    private Long unitId;
    private LocalDate establishedOn;
    private Integer sortOrder;
    private int version;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getParentId() { return parentId; }
    public void setParentId(Long parentId) { this.parentId = parentId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public OrgType getType() { return type; }
    public void setType(OrgType type) { this.type = type; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public LocalDate getEstablishedOn() { return establishedOn; }
    public void setEstablishedOn(LocalDate establishedOn) { this.establishedOn = establishedOn; }
    public Integer getSortOrder() { return sortOrder; }
    public void setSortOrder(Integer sortOrder) { this.sortOrder = sortOrder; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
