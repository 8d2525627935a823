package cn.dangjian.responsibility.internal;

import java.util.List;

import cn.dangjian.parameters.ParameterCatalogue;
import cn.dangjian.parameters.ParameterDefinition;
import cn.dangjian.parameters.ParameterDefinition.Choice;
import cn.dangjian.parameters.ParameterDefinition.Option;
import cn.dangjian.parameters.ParameterDefinition.Whole;
import org.springframework.stereotype.Component;

/**
 * What the deployment decides about the secretaries' 述职评议: the month its window opens (KH-01: local practice
 * runs it from November to the end of the year) and the grade set of the overall assessment (KH-02: 好/较好/一般/差
 * in common use, no national article found; some units use 优秀/称职/基本称职/不称职).
 */
@Component
public class ReviewParameters implements ParameterCatalogue {

    public static final String OPENS_MONTH = "duty.review-opens-month";
    public static final String GRADES = "duty.review-grades";

    @Override
    public List<ParameterDefinition> parameters() {
        return List.of(
                new ParameterDefinition(OPENS_MONTH, "KH-01", "《党委（党组）书记抓基层党建工作述职评议考核办法（试行）》",
                        "述职评议开始月份", "每年述职评议从该月1日开始，到年底结束。各地通行做法为11月至12月。", "11",
                        new Whole(1, 12, "月")),
                new ParameterDefinition(GRADES, "KH-02", "各地述职评议考核通行做法", "述职评议等次",
                        "综合评价所用的等次。", "好,较好,一般,差", new Choice(List.of(
                        new Option("好,较好,一般,差", "好、较好、一般、差"),
                        new Option("优秀,称职,基本称职,不称职", "优秀、称职、基本称职、不称职")), null)));
    }
}
