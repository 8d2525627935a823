package cn.dangjian.org;

/** The little that other modules need to know about an organization: where it sits in the tree. */
public record OrgUnitRef(long id, Long parentId, String path, int depth, OrgType type, String name, boolean active) {
}
