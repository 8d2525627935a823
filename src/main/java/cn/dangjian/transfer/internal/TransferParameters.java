package cn.dangjian.transfer.internal;

import java.util.List;

import cn.dangjian.parameters.ParameterCatalogue;
import cn.dangjian.parameters.ParameterDefinition;
import cn.dangjian.parameters.ParameterDefinition.Choice;
import cn.dangjian.parameters.ParameterDefinition.Option;
import cn.dangjian.parameters.ParameterDefinition.Whole;
import cn.dangjian.parameters.ParameterValues;
import org.springframework.stereotype.Component;

/**
 * What the deployment decides about transfers: the approvals a transfer passes before it is sent (ZJ-08: a 基层党委
 * with authority transfers directly; many cities route every transfer of a 机关工委's organizations through the
 * 工委), and the validity written on a 介绍信 (ZJ-05: no national number; local rules say 10 to 30 days, at most 3
 * months).
 */
@Component
public class TransferParameters implements ParameterCatalogue {

    public static final String ROUTE = "transfer.route";
    public static final String VALIDITY_DAYS = "transfer.letter-validity-days";
    public static final String STEP_DAYS = "transfer.step-days";

    /** Who approves before a transfer is sent. */
    public enum Route { DIRECT, COMMITTEE, COMMITTEE_AND_WORK_COMMITTEE }

    @Override
    public List<ParameterDefinition> parameters() {
        return List.of(
                new ParameterDefinition(ROUTE, "ZJ-08", "《中国共产党党员教育管理工作条例》第二十五条及各地规定", "组织关系转出的审批",
                        "党员组织关系转出前须经哪些党组织审批。有审批预备党员权限的基层党委可直接转接；"
                                + "一些地方规定机关工委所属党组织的组织关系转入转出一律经机关工委办理。",
                        Route.COMMITTEE.name(), new Choice(List.of(
                        new Option(Route.COMMITTEE.name(), "经转出党支部的上级党委（机关党委）审批"),
                        new Option(Route.COMMITTEE_AND_WORK_COMMITTEE.name(), "经上级党委审批后，再经机关工委审批"),
                        new Option(Route.DIRECT.name(), "党支部直接转出，不经审批")), null)),
                new ParameterDefinition(VALIDITY_DAYS, "ZJ-05", "《关于启用新的党员组织关系介绍信的通知》及各地规定", "介绍信有效期",
                        "介绍信上填写的有效天数，自开具次日起计算，最后一日为节假日的顺延至其后第一个工作日。"
                                + "各地一般为10至30天，最长不超过3个月。", "30", new Whole(1, 180, "天")),
                new ParameterDefinition(STEP_DAYS, "JY-09", "《中国共产党党员教育管理工作条例》第二十五条", "转接各环节的办理时限",
                        "转接在一个环节（上级党组织审批、转入党组织接收）停留超过该天数即提示逾期，自送达该环节次日起计算，"
                                + "最后一日为节假日的顺延。条例要求不得无故拒绝接收，未规定全国统一的天数，由各地确定。",
                        "15", new Whole(1, 90, "天")));
    }

    public static Route route(ParameterValues values) {
        return Route.valueOf(values.get(ROUTE));
    }
}
