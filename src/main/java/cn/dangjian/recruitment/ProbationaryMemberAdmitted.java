package cn.dangjian.recruitment;

import java.time.LocalDate;

/**
 * The 党委 approved a candidate: the person is now a 预备党员 in the member module. Probation runs from the day
 * the branch assembly passed the resolution (FZ-21) and dues are owed from that day (DF-08), which a dues module
 * reads from here.
 */
public record ProbationaryMemberAdmitted(String actor, long caseId, long memberId, long orgId, LocalDate probationFrom,
                                         LocalDate probationUntil) {
}
