package cn.dangjian.org;

import java.time.LocalDate;

/** When an organization existed: founded on, dissolved on (null while active) — what schedules are owed for. */
public record OrgLifespan(long id, Long parentId, OrgType type, String name, LocalDate establishedOn,
                          LocalDate dissolvedOn) {
}
