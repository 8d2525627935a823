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
 * The 党费收缴情况公布 (DF-18: published to the members once a year) — the year's collection month by month, as
 * totals only (how many owed, 应交, 实交, how many had not paid in full); no member's own amount is shown.
 * {@link #toModel()} fills {@link DocumentTemplate#DUES_PUBLICATION}.
 *
 * @param remitted the dues handed up for the year ({@code null}: none recorded)
 */
public record DuesPublicationDocument(String organizationName, int year, List<Month> months, Fen remitted,
                                      LocalDate publishedOn) {

    public DuesPublicationDocument {
        Objects.requireNonNull(organizationName, "organizationName");
        months = months == null ? List.of() : List.copyOf(months);
    }

    /** One month: members owing dues, 应交, 实交, and members who had not paid it in full when it ended. */
    public record Month(YearMonth month, int members, Fen due, Fen paid, int owing) {
    }

    public Map<String, Object> toModel() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("组织名称", organizationName);
        model.put("年度", String.valueOf(year));
        long due = 0;
        long paid = 0;
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Month m : months) {
            due += m.due().value();
            paid += m.paid().value();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("月份", m.month().getMonthValue() + "月");
            row.put("应交人数", String.valueOf(m.members()));
            row.put("应交金额", m.due().toString());
            row.put("实交金额", m.paid().toString());
            row.put("未交清人数", String.valueOf(m.owing()));
            rows.add(row);
        }
        model.put("应交合计", Fen.of(due).toString());
        model.put("实交合计", Fen.of(paid).toString());
        model.put("欠交合计", Fen.of(Math.max(0, due - paid)).toString());
        model.put("上缴情况", remitted == null ? "本年度尚未登记上缴记录。"
                : "本年度已向上级党组织上缴党费" + remitted + "元。");
        model.put("说明", "以上数据由党费收缴记录自动生成。党员对本人交纳情况有疑问的，可向党支部组织委员查询核对。");
        model.put("发布日期", DocumentText.date(publishedOn));
        model.put("各月", rows);
        return model;
    }
}
