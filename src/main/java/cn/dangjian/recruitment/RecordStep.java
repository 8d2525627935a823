package cn.dangjian.recruitment;

import java.time.LocalDate;
import java.util.List;

/**
 * One step as the secretary (or, for the 党委's steps, its staff) records it. Which fields a step reads:
 * <ul>
 *   <li>{@code on}: the date of the step (every step); {@code until}: the end of a 公示 or of the training, or
 *   the 备案 date of the activist designation;</li>
 *   <li>{@code memberIds}: 培养联系人 (1–2), 入党介绍人 (2), or the members who talked with the applicant;
 *   {@code otherPerson}: who acted when not a member of the branch (the 党委委员 or 组织员 of FZ-17);</li>
 *   <li>{@code days}/{@code hours}: the training (FZ-11); {@code months}: a 转正 postponement (FZ-25);</li>
 *   <li>{@code result}: 通过/未通过 for 公示, 政审, 预审 and approvals;</li>
 *   <li>{@code justification}: why a window that the rules let be exceeded was exceeded — required then, shown
 *   to the higher organization.</li>
 * </ul>
 */
public record RecordStep(StepKind kind, LocalDate on, LocalDate until, List<Long> memberIds, String otherPerson,
                         Integer days, Integer hours, Integer months, StepResult result, String note,
                         String justification) {

    public RecordStep {
        memberIds = memberIds == null ? List.of() : List.copyOf(memberIds);
    }

    /** A step with a date and nothing else. */
    public static RecordStep on(StepKind kind, LocalDate on) {
        return new RecordStep(kind, on, null, List.of(), null, null, null, null, null, null, null);
    }

    public RecordStep withResult(StepResult r) {
        return new RecordStep(kind, on, until, memberIds, otherPerson, days, hours, months, r, note, justification);
    }

    public RecordStep withUntil(LocalDate u) {
        return new RecordStep(kind, on, u, memberIds, otherPerson, days, hours, months, result, note, justification);
    }

    public RecordStep withMembers(List<Long> ids) {
        return new RecordStep(kind, on, until, ids, otherPerson, days, hours, months, result, note, justification);
    }

    public RecordStep withOtherPerson(String who) {
        return new RecordStep(kind, on, until, memberIds, who, days, hours, months, result, note, justification);
    }

    public RecordStep withTraining(Integer d, Integer h) {
        return new RecordStep(kind, on, until, memberIds, otherPerson, d, h, months, result, note, justification);
    }

    public RecordStep withMonths(Integer m) {
        return new RecordStep(kind, on, until, memberIds, otherPerson, days, hours, m, result, note, justification);
    }

    public RecordStep withNote(String n) {
        return new RecordStep(kind, on, until, memberIds, otherPerson, days, hours, months, result, n, justification);
    }

    public RecordStep withJustification(String j) {
        return new RecordStep(kind, on, until, memberIds, otherPerson, days, hours, months, result, note, j);
    }
}
