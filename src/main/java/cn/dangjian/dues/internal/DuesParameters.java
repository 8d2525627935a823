package cn.dangjian.dues.internal;

import java.util.Arrays;
import java.util.List;

import cn.dangjian.dues.Rounding;
import cn.dangjian.parameters.ParameterCatalogue;
import cn.dangjian.parameters.ParameterDefinition;
import cn.dangjian.parameters.ParameterDefinition.Choice;
import cn.dangjian.parameters.ParameterDefinition.Option;
import cn.dangjian.parameters.ParameterDefinition.Whole;
import cn.dangjian.parameters.ParameterValues;
import org.springframework.stereotype.Component;

/**
 * What the dues rules leave to each deployment (the catalogue tags these S or U, so they are parameters with the
 * catalogue's defaults, never constants): rounding (DF-28), the collection day (DF-18), the mid-year change policy
 * (DF-10 against DF-17), who approves a retiree's hardship reduction (DF-07/DF-19), the remittance cadence,
 * deadline and share (DF-22), when the annual 核定 must be done (DF-17) and how soon a large voluntary payment is
 * forwarded (DF-21).
 */
@Component
public class DuesParameters implements ParameterCatalogue {

    static final String DF = "《关于中国共产党党费收缴、使用和管理的规定》";
    public static final String ROUNDING = "dues.rounding";
    public static final String COLLECTION_DAY = "dues.collection-day";
    public static final String MID_YEAR_CHANGE = "dues.mid-year-change";
    public static final String HARDSHIP_ROUTE = "dues.hardship-approval";
    public static final String REMIT_CADENCE = "dues.remit-cadence";
    public static final String REMIT_DEADLINE_DAYS = "dues.remit-deadline-days";
    public static final String REMIT_SHARE = "dues.remit-share";
    public static final String ASSESSMENT_DEADLINE_MONTH = "dues.assessment-deadline-month";
    public static final String FORWARD_DAYS = "dues.large-payment-forward-days";
    public static final String ARREARS_WARNING_MONTHS = "dues.arrears-warning-months";

    /** What a mid-year salary change does to the amount (DF-10 against DF-17). */
    public enum MidYearChange { FROM_MONTH_PAID, NEXT_YEAR, NEXT_ASSESSMENT }

    /** Who approves a 少交/免交 (DF-07 for everyone; DF-19 lets the branch decide for a retiree in hardship). */
    public enum HardshipRoute { HIGHER_COMMITTEE, BRANCH_FOR_RETIREES }

    @Override
    public List<ParameterDefinition> parameters() {
        return List.of(
                new ParameterDefinition(ROUNDING, "DF-28", DF + "（未规定取整方式）", "党费金额取整方式",
                        "按比例计算出的月交纳额如何取整。全国性规定未明确取整方式，默认按计算结果，仅将不足1分的部分四舍五入到分。",
                        Rounding.FEN.name(), new Choice(Arrays.stream(Rounding.values())
                        .map(r -> new Option(r.name(), r.label())).toList(), null)),
                new ParameterDefinition(COLLECTION_DAY, "DF-18", "《中央和国家机关基层党组织党费收缴、使用和管理办法》及各地规定",
                        "每月收缴党费的日期",
                        "党支部每月相对固定的收缴日期，显示在党员的党费页面和收缴登记表上。", "1", new Whole(1, 28, "日")),
                new ParameterDefinition(MID_YEAR_CHANGE, "DF-10", DF + "第十条；DF-17《中央和国家机关基层党组织党费收缴、使用和管理办法》第二条",
                        "年度中工资变动后的处理",
                        "第十条规定工资调整后从发放新工资的当月起按新基数交纳；部分地方规定年初核定后年内一般不变、次年调整。"
                                + "系统只提出重新核定的建议，由党支部确认后生效。",
                        MidYearChange.FROM_MONTH_PAID.name(), new Choice(List.of(
                        new Option(MidYearChange.FROM_MONTH_PAID.name(), "从发放新工资的当月起调整（第十条）"),
                        new Option(MidYearChange.NEXT_YEAR.name(), "从次年1月起调整"),
                        new Option(MidYearChange.NEXT_ASSESSMENT.name(), "下次年初核定时调整")), null)),
                new ParameterDefinition(HARDSHIP_ROUTE, "DF-19", "DF-07 " + DF + "第七条；《中央和国家机关基层党组织党费收缴、使用和管理办法》第一条",
                        "少交免交党费的审批",
                        "一般由党支部研究后报上一级党委批准；中央和国家机关的离退休干部职工党员确有困难的，经党支部研究同意即可。",
                        HardshipRoute.HIGHER_COMMITTEE.name(), new Choice(List.of(
                        new Option(HardshipRoute.HIGHER_COMMITTEE.name(), "一律报上一级党委批准"),
                        new Option(HardshipRoute.BRANCH_FOR_RETIREES.name(), "离退休党员经党支部研究同意即可，其他报上一级党委批准")),
                        null)),
                new ParameterDefinition(REMIT_CADENCE, "DF-22", DF + "第十五、十六条及各地规定", "党支部上缴党费的周期",
                        "党支部向上级党委上缴党费的周期，各地规定不一（按月、按季、按半年）。", "3",
                        new Choice(List.of(new Option("1", "每月"), new Option("3", "每季度"), new Option("6", "每半年"),
                                new Option("12", "每年")), null)),
                new ParameterDefinition(REMIT_DEADLINE_DAYS, "DF-22", DF + "第十五、十六条及各地规定", "上缴期限",
                        "每个上缴周期结束后多少天内应完成上缴，逾期列入待办。", "10", new Whole(0, 120, "天")),
                new ParameterDefinition(REMIT_SHARE, "DF-22", DF + "第十五、十六条及各地规定", "上缴比例",
                        "党支部收缴的党费中上缴上级党委的比例；100%即全部上缴、支部不留存。", "100", new Whole(0, 100, "%")),
                new ParameterDefinition(ASSESSMENT_DEADLINE_MONTH, "DF-17", "《中央和国家机关基层党组织党费收缴、使用和管理办法》第二条",
                        "年初核定的完成期限", "每年年初核定党员月交纳党费数额，到该月月底仍未核定的列入待办。", "3",
                        new Whole(1, 12, "月")),
                new ParameterDefinition(FORWARD_DAYS, "DF-21", DF + "第十一条", "大额自愿党费的转交期限",
                        "一次自愿多交1000元以上的党费，应全部上缴中央；收到后超过该天数仍未转交的列入待办。", "30",
                        new Whole(1, 180, "天")),
                new ParameterDefinition(ARREARS_WARNING_MONTHS, "DF-13", DF + "第十三条", "欠交提醒的月数",
                        "连续欠交达到该月数时提醒党支部谈话督促；连续6个月不交纳的按第十三条处理，不受本参数影响。", "3",
                        new Whole(1, 5, "个月")));
    }

    public static Rounding rounding(ParameterValues values) {
        return Rounding.valueOf(values.get(ROUNDING));
    }

    public static MidYearChange midYearChange(ParameterValues values) {
        return MidYearChange.valueOf(values.get(MID_YEAR_CHANGE));
    }

    public static HardshipRoute hardshipRoute(ParameterValues values) {
        return HardshipRoute.valueOf(values.get(HARDSHIP_ROUTE));
    }
}
