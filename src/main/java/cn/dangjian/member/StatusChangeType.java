package cn.dangjian.member;

import java.util.EnumSet;
import java.util.Set;

import cn.dangjian.shared.CodedValue;

/** The changes a member's status can go through; each is recorded with its date and reason. */
public enum StatusChangeType implements CodedValue {
    CONFIRM("01", "转正", EnumSet.of(MembershipStatus.NORMAL)),
    PARTY_PROBATION("02", "留党察看", EnumSet.of(MembershipStatus.NORMAL)),
    RIGHTS_RESTORED("03", "恢复党员权利", EnumSet.of(MembershipStatus.PARTY_PROBATION)),
    SUSPEND("04", "停止党籍", EnumSet.of(MembershipStatus.NORMAL, MembershipStatus.PARTY_PROBATION)),
    RESTORE("05", "恢复党籍", EnumSet.of(MembershipStatus.SUSPENDED)),
    LEAVE("06", "出党", EnumSet.of(MembershipStatus.NORMAL, MembershipStatus.PARTY_PROBATION, MembershipStatus.SUSPENDED)),
    DEATH("07", "死亡", EnumSet.of(MembershipStatus.NORMAL, MembershipStatus.PARTY_PROBATION, MembershipStatus.SUSPENDED)),
    LOST_CONTACT("08", "失联", EnumSet.of(MembershipStatus.NORMAL, MembershipStatus.PARTY_PROBATION)),
    CONTACT_RESTORED("09", "恢复联系", EnumSet.of(MembershipStatus.NORMAL, MembershipStatus.PARTY_PROBATION, MembershipStatus.SUSPENDED)),
    /** Recorded by the 流动党员 register when the outflow is registered, never chosen by hand. */
    MOBILE_OUT("10", "外出流动", EnumSet.of(MembershipStatus.NORMAL, MembershipStatus.PARTY_PROBATION)),
    /** Recorded by the 流动党员 register when the outflow ends, never chosen by hand. */
    MOBILE_BACK("11", "结束流动", EnumSet.of(MembershipStatus.NORMAL, MembershipStatus.PARTY_PROBATION, MembershipStatus.SUSPENDED)),
    CANCEL_PROBATION("12", "取消预备党员资格", EnumSet.of(MembershipStatus.NORMAL)),
    /** Recorded by a completed 组织关系转接 only, never chosen by hand (see {@link MemberTransfers}). */
    TRANSFERRED("13", "组织关系转接", EnumSet.noneOf(MembershipStatus.class)),
    /** Recorded when the 回执 of a letter out of the platform comes back, never chosen by hand. */
    TRANSFERRED_OUT("14", "组织关系转出", EnumSet.noneOf(MembershipStatus.class)),
    /** Recorded when a member arrives with a 介绍信 from outside the platform, never chosen by hand. */
    TRANSFERRED_IN("15", "组织关系转入", EnumSet.noneOf(MembershipStatus.class));

    private final String code;
    private final String label;
    private final Set<MembershipStatus> allowedFrom;

    StatusChangeType(String code, String label, Set<MembershipStatus> allowedFrom) {
        this.code = code;
        this.label = label;
        this.allowedFrom = allowedFrom;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    /**
     * Whether a person records this change on the member's page; a transfer is recorded by the transfer itself, an
     * outflow by the 流动党员 register.
     */
    public boolean recordedByHand() {
        return recordedWhere() == null;
    }

    /** Where a change not {@link #recordedByHand() recorded by hand} is recorded, as the refusal says. */
    public String recordedWhere() {
        return switch (this) {
            case TRANSFERRED, TRANSFERRED_OUT, TRANSFERRED_IN -> "组织关系转接请在“组织关系转接”中办理，办结后自动记录";
            case MOBILE_OUT, MOBILE_BACK -> "外出流动请在“流动党员”中登记外出情况或结束流动，登记后自动记录";
            default -> null;
        };
    }

    public Set<MembershipStatus> allowedFrom() {
        return allowedFrom;
    }
}
