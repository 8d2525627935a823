package cn.dangjian.dues;

import cn.dangjian.shared.Fen;

/**
 * One line of the subtree summary: an organization directly below the one asked about (or the total), with its
 * whole subtree rolled up — members with dues, 应交, 实交, 欠交 (months ended unpaid), 补交 (paid after the month),
 * members in arrears, and how many of its member-holding organizations have no 核定 for the year.
 */
public record SummaryRow(long orgId, String orgName, boolean total, int members, Fen due, Fen paid, Fen owed,
                         Fen backPaid, int membersOwing) {
}
