package cn.dangjian.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.dangjian.shared.Fen;

/**
 * The 党费欠交名单 of an organization's subtree as the dues register shows it on a day: who, where, which months
 * ended unpaid, the unbroken run up to last month and the amount owed, with what the branch should do (DF-12/DF-13);
 * {@link #toModel()} fills {@link DocumentTemplate#DUES_ARREARS}.
 */
public record DuesArrearsDocument(String organizationName, LocalDate asOf, List<Line> lines) {

    public DuesArrearsDocument {
        Objects.requireNonNull(organizationName, "organizationName");
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** One member: the months as text (2026-03至2026-07), the unbroken run, the amount and the hint. */
    public record Line(String name, String orgName, String months, int consecutive, Fen owed, String hint) {
    }

    public Map<String, Object> toModel() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("组织名称", organizationName);
        model.put("截至日期", DocumentText.date(asOf));
        long owed = 0;
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            owed += l.owed().value();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("序号", String.valueOf(i + 1));
            row.put("姓名", l.name());
            row.put("所在党组织", DocumentText.orEmpty(l.orgName()));
            row.put("欠交月份", DocumentText.orEmpty(l.months()));
            row.put("连续欠交月数", String.valueOf(l.consecutive()));
            row.put("欠交金额", l.owed().toString());
            row.put("提示", DocumentText.orEmpty(l.hint()));
            rows.add(row);
        }
        model.put("人数", String.valueOf(lines.size()));
        model.put("欠交合计", Fen.of(owed).toString());
        model.put("党员", rows);
        return model;
    }
}
