package cn.dangjian.recruitment;

/**
 * Filters for the case list: the subtree of {@code orgId} (the whole scope when null), a stage, a name, only the
 * cases that are overdue, only those waiting for the approving 党委 {@code awaitingApprovalBy}.
 */
public record CaseQuery(Long orgId, Stage stage, String name, boolean overdueOnly, Long awaitingApprovalBy) {

    public static CaseQuery all() {
        return new CaseQuery(null, null, null, false, null);
    }
}
