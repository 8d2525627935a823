package cn.dangjian.org;

import java.time.LocalDate;
import java.util.List;


/** An organization was dissolved (撤销); its record is kept. */
public record OrgUnitDissolved(String actor, long orgId, LocalDate dissolvedOn, String reason)
        implements OrgUnitChange {

    @Override
    public String action() {
        return "撤销";
    }

    @Override
    public List<FieldChange> changes() {
        return List.of(new FieldChange("状态", "正常", "已撤销"),
                new FieldChange("撤销日期", null, dissolvedOn.toString()),
                new FieldChange("撤销原因", null, reason));
    }
}
