package cn.dangjian.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The facts of a 民主评议党员汇总表; {@link #toModel()} fills {@link DocumentTemplate#APPRAISAL_SUMMARY}. */
public record AppraisalSummaryDocument(String organizationName, int year, LocalDate heldOn, List<Line> lines,
                                       String summary) {

    public AppraisalSummaryDocument {
        Objects.requireNonNull(organizationName, "organizationName");
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** One member: self-appraisal, the peer tally as text, the grade and a remark. */
    public record Line(String name, String selfAppraisal, String peerVotes, String grade, String note) {
    }

    public Map<String, Object> toModel() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("组织名称", organizationName);
        model.put("年度", String.valueOf(year));
        model.put("评议日期", heldOn == null ? "" : heldOn.toString());
        model.put("汇总", summary == null ? "" : summary);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("序号", String.valueOf(i + 1));
            row.put("姓名", line.name());
            row.put("个人自评", line.selfAppraisal() == null ? "" : line.selfAppraisal());
            row.put("民主测评", line.peerVotes() == null ? "" : line.peerVotes());
            row.put("评定等次", line.grade());
            row.put("备注", line.note() == null ? "" : line.note());
            rows.add(row);
        }
        model.put("党员", rows);
        return model;
    }
}
