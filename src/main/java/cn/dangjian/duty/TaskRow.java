package cn.dangjian.duty;

import java.time.LocalDate;

/**
 * A supervised task in a list: its number, title, issuer, deadline and state, and how its parts stand — how many
 * there are, reported and waiting for review, closed, and overdue on the day the list was read.
 */
public record TaskRow(long id, String number, String title, long issuerOrgId, String issuerName, String assignees,
                      LocalDate deadline, TaskState state, int parts, int reported, int closed, int overdue,
                      LocalDate issuedOn) {
}
