package cn.dangjian.recruitment;

import java.time.LocalDate;

import cn.dangjian.shared.CodedValue;

/**
 * Which 《发展党员工作细则》 a case follows. A case keeps the version in force on the day its application was
 * received: the 2026 revision (published 2026-05-11) added the candidate 公示 (FZ-08), the one-month limit from
 * 预审 to the branch assembly (FZ-13) and the one-month limit for the oath (FZ-20); a case opened under the 2014
 * text keeps its timeline (FZ-13 and FZ-20 do not apply to it). The 公示 is a safeguard at the moment of listing,
 * so it is required for every candidate listed from the revision's effective date, whatever the case's version.
 */
public enum RuleVersion implements CodedValue {
    FZ2014("2014", "《中国共产党发展党员工作细则》（2014年）"),
    FZ2026("2026", "《中国共产党发展党员工作细则》（2026年修订）");

    /** The day the 2026 revision took effect. */
    public static final LocalDate REVISION_2026 = LocalDate.of(2026, 5, 11);

    private final String code;
    private final String label;

    RuleVersion(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public static RuleVersion forApplicationOn(LocalDate appliedOn) {
        return appliedOn.isBefore(REVISION_2026) ? FZ2014 : FZ2026;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }
}
