package cn.dangjian.documents;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.dangjian.shared.Fen;

/**
 * The facts of a month's 党费收缴登记表 (A.2.2), generated from the payments recorded — one line per member on
 * the roll, with blank columns for the member's and the collector's signatures; {@link #toModel()} fills
 * {@link DocumentTemplate#DUES_REGISTER}.
 */
public record DuesRegisterDocument(String organizationName, YearMonth month, List<Line> lines, LocalDate preparedOn) {

    public DuesRegisterDocument {
        Objects.requireNonNull(organizationName, "organizationName");
        Objects.requireNonNull(month, "month");
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** One member: 应交 ({@code null}: not assessed), 实交, the day, how (本人/代交, 当月/预交/补交) and the months paid together. */
    public record Line(String name, Fen due, Fen paid, LocalDate paidOn, String method, String covered) {
    }

    public Map<String, Object> toModel() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("组织名称", organizationName);
        model.put("月份", label(month));
        long due = 0;
        long paid = 0;
        int owing = 0;
        int paying = 0;
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.due() != null && !l.due().isZero()) {
                owing++;
                paying += l.paid() != null && l.paid().compareTo(l.due()) >= 0 ? 1 : 0;
            }
            due += l.due() == null ? 0 : l.due().value();
            paid += l.paid() == null ? 0 : l.paid().value();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("序号", String.valueOf(i + 1));
            row.put("姓名", l.name());
            row.put("交纳月份", label(month));
            row.put("应交", l.due() == null ? "未核定" : l.due().toString());
            row.put("实交", l.paid() == null || l.paid().isZero() ? "" : l.paid().toString());
            row.put("交纳日期", l.paidOn() == null ? "" : l.paidOn().toString());
            row.put("交纳方式", DocumentText.orEmpty(l.method()));
            row.put("所交月份", DocumentText.orEmpty(l.covered()));
            row.put("党员签字", "");
            row.put("收款人签名", "");
            rows.add(row);
        }
        model.put("应交人数", String.valueOf(owing));
        model.put("已交人数", String.valueOf(paying));
        model.put("应交合计", Fen.of(due).toString());
        model.put("实交合计", Fen.of(paid).toString());
        model.put("制表日期", DocumentText.date(preparedOn));
        model.put("党员", rows);
        return model;
    }

    static String label(YearMonth month) {
        return month.getYear() + "年" + month.getMonthValue() + "月";
    }
}
