package cn.dangjian.transfer;

import java.time.LocalDate;

/**
 * A member from outside the platform who attends a branch here without transferring (ZJ-09 流入): who, how to reach
 * them, the organization holding their relationship, since when and why.
 */
public record RegisterInflow(Long orgId, String name, String phone, String homeOrgName, LocalDate since,
                             String reason) {
}
