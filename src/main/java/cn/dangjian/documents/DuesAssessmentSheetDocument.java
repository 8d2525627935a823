package cn.dangjian.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.dangjian.shared.Fen;

/**
 * The facts of a 党费年初核定表 (DF-17, A.2.1), as the dues module recorded them — one line per member on the
 * roll; {@link #toModel()} fills {@link DocumentTemplate#DUES_ASSESSMENT_SHEET}. Amounts print with two decimals.
 *
 * @param organizationName the branch
 * @param year             the year assessed
 * @param lines            the members in roster order
 * @param preparedOn       the day the sheet was generated
 */
public record DuesAssessmentSheetDocument(String organizationName, int year, List<Line> lines, LocalDate preparedOn) {

    public DuesAssessmentSheetDocument {
        Objects.requireNonNull(organizationName, "organizationName");
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /**
     * One member: 人员类别, the base ({@code null} for a fixed amount or not yet assessed), 执行标准, the monthly
     * amount ({@code null}: not assessed), the year's 应缴 and 实缴, 年薪制, the 少交/免交 in force, whether the member
     * confirmed the base, and a remark.
     */
    public record Line(String name, String category, Fen base, String standard, Fen monthly, Fen annualDue,
                       Fen annualPaid, boolean annualSalary, String reduction, boolean confirmed, String remark) {
    }

    public Map<String, Object> toModel() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("组织名称", organizationName);
        model.put("年度", String.valueOf(year));
        long monthly = 0;
        long due = 0;
        long paid = 0;
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            monthly += l.monthly() == null ? 0 : l.monthly().value();
            due += l.annualDue() == null ? 0 : l.annualDue().value();
            paid += l.annualPaid() == null ? 0 : l.annualPaid().value();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("序号", String.valueOf(i + 1));
            row.put("姓名", l.name());
            row.put("人员类别", DocumentText.orEmpty(l.category()));
            row.put("计算基数", money(l.base()));
            row.put("执行标准", DocumentText.orEmpty(l.standard()));
            row.put("月应缴", l.monthly() == null ? "未核定" : l.monthly().toString());
            row.put("全年应缴", money(l.annualDue()));
            row.put("全年实缴", money(l.annualPaid()));
            row.put("年薪制", l.annualSalary() ? "是" : "否");
            row.put("少交免交", l.reduction() == null ? "否" : l.reduction());
            row.put("本人确认", l.confirmed() ? "已确认" : "");
            row.put("备注", DocumentText.orEmpty(l.remark()));
            rows.add(row);
        }
        model.put("人数", String.valueOf(lines.size()));
        model.put("月应缴合计", Fen.of(monthly).toString());
        model.put("全年应缴合计", Fen.of(due).toString());
        model.put("全年实缴合计", Fen.of(paid).toString());
        model.put("制表日期", DocumentText.date(preparedOn));
        model.put("党员", rows);
        return model;
    }

    static String money(Fen amount) {
        return amount == null ? "" : amount.toString();
    }
}
