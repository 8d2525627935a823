package cn.dangjian.dues;

import cn.dangjian.member.MemberKind;
import cn.dangjian.shared.Fen;

/**
 * One line of the 年初核定表 (A.2.1): the member, the assessment in force at the end of the year's first assessed
 * month ({@code null}: not yet assessed), last year's for the prefill, the year's 应交 and 实交 from the register,
 * and the 少交/免交 in force, if any, as 「免交（2026-03至2026-12，批准）」.
 */
public record SheetRow(long memberId, String name, MemberKind kind, AssessmentView assessment, AssessmentView previous,
                       Fen annualDue, Fen annualPaid, String reduction) {

    public boolean assessed() {
        return assessment != null;
    }
}
