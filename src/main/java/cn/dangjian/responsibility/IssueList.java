package cn.dangjian.responsibility;

import java.util.List;

/** A 责任清单 as issued (or revised) by a 机关工委 or 机关党委 for its subtree and a year. Blank rows are left out. */
public record IssueList(long issuerOrgId, int year, String title, List<DutyDraft> duties) {

    public IssueList {
        duties = duties == null ? List.of() : duties.stream()
                .filter(d -> d != null && d.text() != null && !d.text().isBlank()).toList();
    }
}
