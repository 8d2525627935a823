package cn.dangjian.duty.internal;

import java.util.List;

import cn.dangjian.parameters.ParameterCatalogue;
import cn.dangjian.parameters.ParameterDefinition;
import cn.dangjian.parameters.ParameterDefinition.Whole;
import org.springframework.stereotype.Component;

/**
 * What the deployment decides about rectification: how many months after an inspection's feedback the 整改情况报告
 * and the 主要负责人组织落实情况报告 are due (ZG-01: 2 months in the 巡视工作条例; other inspections follow local
 * rules).
 */
@Component
public class DutyParameters implements ParameterCatalogue {

    public static final String REPORT_MONTHS = "duty.rectification-report-months";

    @Override
    public List<ParameterDefinition> parameters() {
        return List.of(new ParameterDefinition(REPORT_MONTHS, "ZG-01", "《中国共产党巡视工作条例》（2015年）第二十七条",
                "整改报告报送期限", "收到反馈意见后，整改情况报告和主要负责人组织落实情况报告应在该月数内报送。"
                        + "巡视条例规定为2个月，巡察和专项检查按各地规定。", "2", new Whole(1, 12, "个月")));
    }
}
