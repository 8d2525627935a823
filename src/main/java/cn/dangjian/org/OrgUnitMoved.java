package cn.dangjian.org;

import java.util.List;


/**
 * An organization and its whole subtree moved under a new parent. Modules that keep a denormalised
 * {@code org_path} rewrite every path starting with {@code oldPath} to start with {@code newPath}
 * — synchronously, in the transaction of the move.
 */
public record OrgUnitMoved(String actor, long orgId, String oldPath, String newPath, String oldParentName,
                           String newParentName) implements OrgUnitChange {

    @Override
    public String action() {
        return "移动";
    }

    @Override
    public List<FieldChange> changes() {
        return List.of(new FieldChange("上级组织", oldParentName, newParentName),
                new FieldChange("路径", oldPath, newPath));
    }
}
