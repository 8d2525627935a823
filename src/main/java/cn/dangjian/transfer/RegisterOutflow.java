package cn.dangjian.transfer;

import java.time.LocalDate;

/**
 * A member who went away without transferring, as the branch registers them (ZJ-07 登记造册, ZJ-09): since when,
 * where (流入地或单位) and why, whether at a relatively fixed place (then the relationship should move once it reaches
 * 6 months, JY-09), a telephone, and the inflow organization if known — in the platform ({@code inflowOrgId}) or
 * outside it ({@code inflowName}).
 */
public record RegisterOutflow(Long memberId, LocalDate since, String destination, String reason, boolean fixedPlace,
                              String phone, Long inflowOrgId, String inflowName) {
}
