package cn.dangjian.dues;

import cn.dangjian.shared.Fen;

/**
 * One line of the subtree summary: an organization directly below the one asked about (or the total), with its
 * whole subtree rolled up — members with dues in the span's last month, 应交, 实交, 欠交 (months ended unpaid),
 * 补交 (paid after the month), members in arrears, the member-holding organizations with no 核定 for the year
 * (DF-17), and of what was collected the share to hand up against what was remitted for periods ending in the
 * span (DF-22).
 */
public record SummaryRow(long orgId, String orgName, boolean total, int members, Fen due, Fen paid, Fen owed,
                         Fen backPaid, int membersOwing, int unassessed, Fen remitDue, Fen remitted) {

    /** What is still to hand up: the share of 实交 not yet remitted (zero when more was remitted). */
    public Fen remitOutstanding() {
        return Fen.of(Math.max(0, remitDue.value() - remitted.value()));
    }
}
