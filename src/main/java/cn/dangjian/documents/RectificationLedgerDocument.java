package cn.dangjian.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * 整改台账 (ZG-03: 问题清单, 任务清单, 责任清单 in one ledger) generated from an inspection's items: each problem
 * with its measures, deadline, who is responsible, how it was fixed and when it was closed; the counts; and where
 * the two reports stand (ZG-01). {@link #toModel()} fills {@link DocumentTemplate#RECTIFICATION_LEDGER}.
 */
public record RectificationLedgerDocument(String orgName, String inspection, LocalDate feedbackOn,
                                          LocalDate reportsDue, LocalDate rectificationReportOn,
                                          LocalDate leaderReportOn, List<Row> rows) {

    public RectificationLedgerDocument {
        Objects.requireNonNull(orgName, "orgName");
        Objects.requireNonNull(feedbackOn, "feedbackOn");
        rows = List.copyOf(rows);
    }

    /** One problem; {@code done} and {@code closed} say how and when, or are blank. */
    public record Row(String problem, String measures, LocalDate deadline, String owner, String leader,
                      boolean immediate, String done, String closed) {
    }

    /** The placeholder values for {@link DocumentTemplate#RECTIFICATION_LEDGER}. */
    public Map<String, Object> toModel() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("组织名称", orgName);
        model.put("检查", DocumentText.orEmpty(inspection));
        model.put("反馈日期", DocumentText.date(feedbackOn));
        model.put("报告期限", DocumentText.date(reportsDue));
        long immediate = rows.stream().filter(Row::immediate).count();
        long closed = rows.stream().filter(r -> r.closed() != null && !r.closed().isBlank()).count();
        model.put("汇总", "问题" + rows.size() + "个，其中立行立改" + immediate + "个；已销号" + closed + "个，未销号"
                + (rows.size() - closed) + "个。");
        model.put("报告情况", "整改情况报告" + sent(rectificationReportOn) + "；主要负责人组织落实情况报告" + sent(leaderReportOn) + "。");
        List<Map<String, Object>> list = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("序号", String.valueOf(i + 1));
            row.put("问题", r.problem());
            row.put("整改措施", r.measures());
            row.put("整改时限", DocumentText.date(r.deadline()));
            row.put("责任人", DocumentText.orEmpty(r.owner()));
            row.put("责任领导", DocumentText.orEmpty(r.leader()));
            row.put("完成情况", (r.immediate() ? "立行立改。" : "") + DocumentText.orEmpty(r.done()));
            row.put("销号情况", DocumentText.orEmpty(r.closed()));
            list.add(row);
        }
        model.put("整改事项", list);
        return model;
    }

    private static String sent(LocalDate on) {
        return on == null ? "尚未报送" : "已于" + DocumentText.date(on) + "报送";
    }
}
