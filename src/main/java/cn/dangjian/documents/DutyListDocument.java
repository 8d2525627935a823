package cn.dangjian.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * 党建工作责任清单 as issued (ZR-02): the duties in order with their level, post, basis, cycle and the platform records
 * that evidence each. {@link #toModel()} fills {@link DocumentTemplate#DUTY_LIST}.
 */
public record DutyListDocument(String title, String issuer, LocalDate issuedOn, List<Row> rows) {

    public DutyListDocument {
        Objects.requireNonNull(title, "title");
        rows = List.copyOf(rows);
    }

    /** One duty; {@code evidence} is blank when no platform record evidences it. */
    public record Row(String level, String post, String duty, String basis, String cycle, String evidence) {
    }

    public Map<String, Object> toModel() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("清单名称", title);
        model.put("印发单位", DocumentText.orEmpty(issuer));
        model.put("印发日期", DocumentText.date(issuedOn));
        model.put("说明", "各项职责的落实情况由平台根据相应记录自动得出，不需另行报送材料；标明“组织说明”的，由各组织在平台上简要说明落实情况。");
        List<Map<String, Object>> list = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("序号", String.valueOf(i + 1));
            row.put("层级", r.level());
            row.put("责任主体", r.post());
            row.put("职责", r.duty());
            row.put("依据", r.basis());
            row.put("周期", r.cycle());
            row.put("依据记录", r.evidence() == null || r.evidence().isBlank() ? "组织说明" : r.evidence());
            list.add(row);
        }
        model.put("职责清单", list);
        return model;
    }
}
