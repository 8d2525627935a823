package cn.dangjian.org;

import java.time.LocalDate;
import java.util.List;

/**
 * An organization as shown on its page and returned by the API. {@code formApprovedOn} and {@code formApprovalRef}
 * (批准文号) record the higher organization's approval of its form where the 条例 asks for one (JG-01, JG-02).
 */
public record OrgUnitView(long id, Long parentId, String parentName, String path, int depth, OrgType type,
                          String name, Long unitId, String unitName, LocalDate establishedOn,
                          LocalDate dissolvedOn, String dissolveReason, boolean active, int sortOrder,
                          int version, int childCount, LocalDate formApprovedOn, String formApprovalRef,
                          List<Breadcrumb> ancestors) {

    public String typeLabel() {
        return type.label();
    }

    /** One step of the path from the scope root to this organization. */
    public record Breadcrumb(long id, String name) {
    }
}
