package cn.dangjian.recruitment.internal;

import java.util.List;

import cn.dangjian.parameters.ParameterCatalogue;
import cn.dangjian.parameters.ParameterDefinition;
import cn.dangjian.parameters.ParameterDefinition.Whole;
import cn.dangjian.parameters.ParameterValues;
import org.springframework.stereotype.Component;

/**
 * Recruitment's one number the 细则 does not give: FZ-22 says the branch discusses 转正 "promptly" (及时) when
 * probation ends, so how many days count as prompt is a parameter, not a constant.
 */
@Component
public class RecruitmentParameters implements ParameterCatalogue {

    public static final String CONFIRMATION_GRACE_DAYS = "recruitment.confirmation-grace-days";
    static final int DEFAULT_GRACE_DAYS = 30;

    @Override
    public List<ParameterDefinition> parameters() {
        return List.of(new ParameterDefinition(CONFIRMATION_GRACE_DAYS, "FZ-22", "《中国共产党发展党员工作细则》第三十一条",
                "预备期满讨论转正的期限",
                "预备期满后，支部应及时讨论其能否转为正式党员。超过该天数仍未讨论的，列入待办并提示上级党组织。",
                String.valueOf(DEFAULT_GRACE_DAYS), new Whole(0, 180, "天")));
    }

    public static int graceDays(ParameterValues values) {
        return values.whole(CONFIRMATION_GRACE_DAYS);
    }
}
