package cn.dangjian.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * 整改情况报告 drafted from an inspection's items (ZG-01): the feedback, the counts — problems, fixed on the spot,
 * done, closed after review, overdue — and each problem with its measures and what was done, or its deadline while
 * still in hand. {@link #toModel()} fills {@link DocumentTemplate#RECTIFICATION_REPORT}.
 */
public record RectificationReportDocument(String orgName, String inspection, LocalDate feedbackOn, LocalDate asOf,
                                          List<Item> items) {

    public RectificationReportDocument {
        Objects.requireNonNull(orgName, "orgName");
        Objects.requireNonNull(feedbackOn, "feedbackOn");
        items = List.copyOf(items);
    }

    /** One problem: what was done ({@code done} blank while in hand), closed after review, past its deadline. */
    public record Item(String problem, String measures, LocalDate deadline, boolean immediate, String done,
                       boolean closed, boolean overdue) {
    }

    public Map<String, Object> toModel() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("组织名称", orgName);
        model.put("检查", DocumentText.orEmpty(inspection));
        model.put("反馈日期", DocumentText.date(feedbackOn));
        model.put("报告日期", DocumentText.date(asOf));
        long immediate = items.stream().filter(Item::immediate).count();
        long done = items.stream().filter(i -> i.immediate() || i.done() != null && !i.done().isBlank()).count();
        long closed = items.stream().filter(Item::closed).count();
        long overdue = items.stream().filter(Item::overdue).count();
        model.put("总体情况", DocumentText.date(feedbackOn) + inspection + "反馈问题" + items.size() + "个。截至"
                + DocumentText.date(asOf) + "，已完成整改" + done + "个（其中立行立改" + immediate + "个），经上级党组织审核销号"
                + closed + "个；正在整改" + (items.size() - done) + "个" + (overdue > 0 ? "，其中超过整改时限" + overdue + "个" : "")
                + "。");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("序号", String.valueOf(i + 1));
            row.put("问题", it.problem());
            row.put("整改措施", it.measures());
            row.put("整改情况", it.immediate() ? "立行立改，已完成。" : it.done() != null && !it.done().isBlank()
                    ? it.done() + (it.closed() ? "（已销号）" : "（待审核销号）")
                    : "正在整改，整改时限" + DocumentText.date(it.deadline()) + (it.overdue() ? "，已超过时限" : "") + "。");
            rows.add(row);
        }
        model.put("整改事项", rows);
        return model;
    }
}
