package cn.dangjian.org;

import java.time.LocalDate;

/** What is needed to set up an organization. */
public record NewOrgUnit(Long parentId, OrgType type, String name, Long unitId, LocalDate establishedOn,
                         Integer sortOrder) {
}
