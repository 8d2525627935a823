package cn.dangjian.recruitment;

import java.util.List;

import cn.dangjian.shared.AuditedChange;

/** A step of a recruitment case was recorded, or the case was ended ({@code kind} null); the audit trail keeps it. */
public record RecruitmentStepRecorded(String actor, long caseId, long orgId, StepKind kind, Stage stage,
                                      List<FieldChange> changes) implements AuditedChange {

    @Override
    public String recordType() {
        return "发展党员";
    }

    @Override
    public String recordId() {
        return String.valueOf(caseId);
    }

    @Override
    public String action() {
        return kind != null ? kind.label() : stage == Stage.CLOSED ? "终止发展" : "修改";
    }
}
