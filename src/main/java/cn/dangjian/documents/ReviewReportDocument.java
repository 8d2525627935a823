package cn.dangjian.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * 书记抓党建述职报告 generated from a 述职 (JG-14, ZR-03): the secretary's narrative, the figures the platform drafted
 * from the year's records (as submitted), last year's problems with where each stands, and — once recorded — the
 * 评议's votes, result and comments. {@link #toModel()} fills {@link DocumentTemplate#REVIEW_REPORT}.
 */
public record ReviewReportDocument(String orgName, String secretary, int year, String reviewer, String narrative,
                                   LocalDate submittedOn, LocalDate figuresAsOf, List<Figure> figures,
                                   List<Problem> lastYear, String result, String comments) {

    public ReviewReportDocument {
        Objects.requireNonNull(orgName, "orgName");
        figures = List.copyOf(figures);
        lastYear = List.copyOf(lastYear);
    }

    /** One figure: its section, its label and its value. */
    public record Figure(String section, String label, String value) {
    }

    /** One of last year's problems and how it stands. */
    public record Problem(String problem, LocalDate deadline, String state) {
    }

    public Map<String, Object> toModel() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("组织名称", orgName);
        model.put("书记", DocumentText.orEmpty(secretary));
        model.put("年度", year + "年度");
        model.put("组织评议", DocumentText.orEmpty(reviewer));
        model.put("述职报告", DocumentText.orEmpty(narrative));
        model.put("提交情况", (submittedOn == null ? "尚未提交" : DocumentText.date(submittedOn) + "提交")
                + "；工作数据据平台" + DocumentText.date(figuresAsOf) + "的记录生成");
        model.put("评议结果", result == null ? "尚未评议" : result);
        model.put("点评意见", DocumentText.orEmpty(comments));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Figure f : figures) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("类别", f.section());
            row.put("项目", f.label());
            row.put("数据", f.value());
            rows.add(row);
        }
        model.put("工作数据", rows);
        List<Map<String, Object>> problems = new ArrayList<>();
        for (int i = 0; i < lastYear.size(); i++) {
            Problem p = lastYear.get(i);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("序号", String.valueOf(i + 1));
            row.put("问题", p.problem());
            row.put("整改时限", DocumentText.date(p.deadline()));
            row.put("整改情况", p.state());
            problems.add(row);
        }
        model.put("上年度问题", problems);
        return model;
    }
}
