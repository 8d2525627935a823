package cn.dangjian.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The 发展党员全程纪实表: every recorded step of a case in order, with the 细则 it follows, the approving 党委 and
 * the probation dates, and each step taken outside its window flagged with the rule and the 情况说明 given.
 * {@link #toModel()} fills {@link DocumentTemplate#FULL_RECORD}.
 *
 * @param organizationName the branch
 * @param person           the applicant, activist, candidate or member
 * @param appliedOn        申请入党日期
 * @param stage            the stage now, e.g. 预备党员, or 已终止 with the day and reason
 * @param ruleVersion      适用细则, e.g. 《中国共产党发展党员工作细则》（2014年）
 * @param approvingOrgName the 党委 that approves (FZ-16)
 * @param probationStart   the day probation began (the assembly's, FZ-21), or {@code null}
 * @param fullFrom         the day probation ends and 党龄 counts from (FZ-21, FZ-24), or {@code null}
 * @param steps            every step, in the order recorded
 */
public record FullRecordDocument(String organizationName, ApplicantDetails person, LocalDate appliedOn, String stage,
                                 String ruleVersion, String approvingOrgName, LocalDate probationStart,
                                 LocalDate fullFrom, List<Step> steps) {

    public FullRecordDocument {
        Objects.requireNonNull(organizationName, "organizationName");
        Objects.requireNonNull(person, "person");
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    /**
     * One step: its date (and last day, for a 公示 or a training), what it was, who took part, its result and any
     * details, the vote of an assembly, and — when a window was exceeded — the rules concerned and why.
     */
    public record Step(LocalDate on, LocalDate until, String label, String people, String result, String vote,
                       List<String> waivedRules, String justification) {

        public Step {
            waivedRules = waivedRules == null ? List.of() : List.copyOf(waivedRules);
        }

        /** “超出FZ-03规定时限：申请人春节期间在外地，返岗后即谈话”, or empty. */
        public String explanation() {
            if (waivedRules.isEmpty()) {
                return "";
            }
            return "超出" + String.join("、", waivedRules) + "规定时限：" + DocumentText.orEmpty(justification);
        }
    }

    /** “各环节均在规定时限内办理”, or how many steps went beyond their window and which rules. */
    public String explanationSummary() {
        List<String> flagged = new ArrayList<>();
        for (Step step : steps) {
            if (!step.waivedRules().isEmpty()) {
                flagged.add(step.label() + "（" + String.join("、", step.waivedRules()) + "）");
            }
        }
        return flagged.isEmpty() ? "各环节均在规定时限内办理"
                : flagged.size() + "个环节超出规定时限，附情况说明：" + String.join("；", flagged);
    }

    /** The placeholder values for {@link DocumentTemplate#FULL_RECORD}. */
    public Map<String, Object> toModel() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("组织名称", organizationName);
        person.putInto(model);
        model.put("申请入党日期", DocumentText.date(appliedOn));
        model.put("当前阶段", DocumentText.orEmpty(stage));
        model.put("适用细则", DocumentText.orEmpty(ruleVersion));
        model.put("审批党委", DocumentText.orEmpty(approvingOrgName));
        model.put("预备期开始日期", probationStart == null ? "—" : DocumentText.date(probationStart));
        model.put("预备期满日期", fullFrom == null ? "—" : DocumentText.date(fullFrom));
        model.put("情况说明汇总", explanationSummary());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("序号", String.valueOf(i + 1));
            row.put("日期", DocumentText.range(step.on(), step.until()));
            row.put("环节", DocumentText.orEmpty(step.label()));
            row.put("人员", DocumentText.orEmpty(step.people()));
            row.put("结果", DocumentText.orEmpty(step.result()));
            row.put("表决情况", DocumentText.orEmpty(step.vote()));
            row.put("情况说明", step.explanation());
            rows.add(row);
        }
        model.put("全程纪实", rows);
        return model;
    }
}
