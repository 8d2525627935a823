package cn.dangjian.org;

import java.time.LocalDate;

/** An edit of an organization's own fields, guarded by the version the editor saw. */
public record OrgUnitChanges(String name, OrgType type, Long unitId, LocalDate establishedOn, Integer sortOrder,
                             int version) {
}
