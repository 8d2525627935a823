package cn.dangjian.recruitment;

import java.time.LocalDate;

/**
 * Filters for the case list: the subtree of {@code orgId} (the whole scope when null), a stage, a name, only the
 * cases that are overdue, only those waiting for the approving 党委 {@code awaitingApprovalBy}, and a range of the
 * application date ({@code appliedFrom}..{@code appliedTo}, inclusive).
 */
public record CaseQuery(Long orgId, Stage stage, String name, boolean overdueOnly, Long awaitingApprovalBy,
                        LocalDate appliedFrom, LocalDate appliedTo) {

    public CaseQuery(Long orgId, Stage stage, String name, boolean overdueOnly, Long awaitingApprovalBy) {
        this(orgId, stage, name, overdueOnly, awaitingApprovalBy, null, null);
    }

    public static CaseQuery all() {
        return new CaseQuery(null, null, null, false, null);
    }
}
