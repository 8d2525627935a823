package cn.dangjian.dues;

import java.util.Optional;
import java.util.regex.Pattern;

import cn.dangjian.shared.CodedValue;

/**
 * Who handed the dues over (DF-12): the member, or with the branch's consent a relative or another member on the
 * member's behalf; or, for a 流动党员, at the inflow organization (DF-09). Whether a month was paid on time, in
 * advance (预交) or late (补交) follows from the month and the day paid, so it is not asked. There is deliberately
 * no 垫交 by the organization and no 扣缴 from salary: both are forbidden (DF-14), and an import row that says so
 * is refused with {@link #forbidden}.
 */
public enum PaymentMethod implements CodedValue {
    SELF("1", "本人交纳"),
    PROXY("2", "委托亲属或党员代交"),
    /** DF-09: a 流动党员 paid at the inflow organization, which keeps the money; the month is not owed here. */
    AT_INFLOW("3", "流动党员在流入地党组织交纳");

    public static final String DF14 = "DF-14，《关于中国共产党党费收缴、使用和管理的规定》第十四条：不得由党组织垫交或从工资中扣缴党费";
    private static final Pattern FORBIDDEN = Pattern.compile("垫交|垫付|扣缴|代扣|工资中扣|单位代缴|组织代缴");

    private final String code;
    private final String label;

    PaymentMethod(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    /** Why a way of paying written in an import file is not allowed (organisation 垫交, salary 扣缴), if it is one. */
    public static Optional<String> forbidden(String text) {
        return text != null && FORBIDDEN.matcher(text).find() ? Optional.of("不能以垫交或扣缴方式交纳党费（" + DF14 + "）")
                : Optional.empty();
    }
}
