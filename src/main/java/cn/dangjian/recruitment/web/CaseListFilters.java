package cn.dangjian.recruitment.web;

import java.time.LocalDate;

import cn.dangjian.recruitment.CaseQuery;
import cn.dangjian.recruitment.Stage;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The case list's GET parameters, shared by the list page and its export so both read exactly the same cases:
 * organization subtree, stage, name, only overdue, application date range, sort column and direction.
 */
record CaseListFilters(Long orgId, Stage stage, String name, Boolean overdueOnly,
                       @DateTimeFormat(iso = ISO.DATE) LocalDate from, @DateTimeFormat(iso = ISO.DATE) LocalDate to,
                       String sort, String dir) {

    CaseQuery query() {
        return new CaseQuery(orgId, stage, name, Boolean.TRUE.equals(overdueOnly), null, from, to);
    }
}
