package cn.dangjian.org;

/** One row of the tree browser: enough to draw the node and decide whether it can be expanded. */
public record OrgUnitNode(long id, Long parentId, String path, int depth, OrgType type, String name,
                          String unitName, boolean active, int childCount, int version) {

    public String typeLabel() {
        return type.label();
    }
}
