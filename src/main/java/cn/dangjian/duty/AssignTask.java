package cn.dangjian.duty;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A supervised task as its issuer registers and assigns it (DB-01 登记, 交办): the issuing organization, title and
 * content, source, what counts as done (办结标准), the deadline, the organizations below it that carry it out and
 * the one that leads when there are several, and — when the report is to come from the platform's records (DB-03)
 * — which data, for which year and quarter (0: the whole year). {@code issuedOn} is the day it was issued when a
 * task issued on paper is recorded later ({@code null}: today).
 */
public record AssignTask(long issuerOrgId, String title, String content, TaskSource source, String sourceNote,
                         String criteria, LocalDate deadline, List<Long> assigneeOrgIds, Long leadOrgId,
                         TaskData data, Integer reportYear, Integer reportQuarter, LocalDate issuedOn) {

    public AssignTask {
        assigneeOrgIds = assigneeOrgIds == null ? List.of()
                : assigneeOrgIds.stream().filter(Objects::nonNull).distinct().toList();
        data = data == null ? TaskData.NONE : data;
    }

    /** A task issued today. */
    public AssignTask(long issuerOrgId, String title, String content, TaskSource source, String sourceNote,
                      String criteria, LocalDate deadline, List<Long> assigneeOrgIds, Long leadOrgId, TaskData data,
                      Integer reportYear, Integer reportQuarter) {
        this(issuerOrgId, title, content, source, sourceNote, criteria, deadline, assigneeOrgIds, leadOrgId, data,
                reportYear, reportQuarter, null);
    }
}
