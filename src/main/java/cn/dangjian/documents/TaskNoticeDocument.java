package cn.dangjian.documents;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * 督办通知单 (DB-01 交办): one task on one sheet — its number, the issuing organization, what is to be done and on
 * what basis, who carries it (the lead first), what counts as done, the deadline, and, where the report's figures
 * come from the platform, which. {@link #toModel()} fills {@link DocumentTemplate#TASK_NOTICE}.
 *
 * @param source     where the task comes from, with its note (文号, 会议, 批示)
 * @param assignees  the organizations carrying it, the lead marked (牵头)
 * @param dataNote   the figures the platform generates for the report, or {@code null} when none
 */
public record TaskNoticeDocument(String number, String issuerName, String title, String source, String assignees,
                                 String content, String criteria, LocalDate deadline, LocalDate issuedOn,
                                 String dataNote) {

    public TaskNoticeDocument {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(issuedOn, "issuedOn");
    }

    /** The placeholder values for {@link DocumentTemplate#TASK_NOTICE}. */
    public Map<String, Object> toModel() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("编号", number);
        model.put("交办单位", DocumentText.orEmpty(issuerName));
        model.put("督办事项", title);
        model.put("来源", DocumentText.orEmpty(source));
        model.put("承办单位", DocumentText.orEmpty(assignees));
        model.put("督办内容", DocumentText.orEmpty(content));
        model.put("办结标准", DocumentText.orEmpty(criteria));
        model.put("办理期限", DocumentText.date(deadline));
        model.put("交办日期", DocumentText.date(issuedOn));
        model.put("平台数据", dataNote == null ? "无" : dataNote + "（反馈时由平台根据记录生成，不需另行填报）");
        return model;
    }
}
