package cn.dangjian.member;

import java.time.LocalDate;
import java.util.List;


/** A member's status changed (转正, 停止党籍, 出党 …). */
public record MemberStatusChanged(String actor, long memberId, long orgId, StatusChangeType type,
                                  LocalDate effectiveOn, String reason, String before, String after)
        implements MemberChange {

    @Override
    public String action() {
        return type.label();
    }

    @Override
    public List<FieldChange> changes() {
        return List.of(new FieldChange("状态", before, after),
                new FieldChange("生效日期", null, effectiveOn.toString()),
                new FieldChange("原因", null, reason));
    }
}
