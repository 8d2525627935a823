package cn.dangjian.duty.internal;

import java.time.LocalDate;

import cn.dangjian.duty.TaskData;
import cn.dangjian.duty.TaskSource;
import cn.dangjian.duty.TaskState;
import cn.dangjian.shared.ConflictException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A supervised task as its issuer registered it (DB-01): numbered per issuer and year, with what counts as done and
 * the deadline each part starts with. It is open until every part is closed, or withdrawn by its issuer; its parts
 * ({@link Assignment}) move on their own.
 */
@Table("duty_task")
public class Task {

    @Id
    private Long id;
    private long issuerOrgId;
    private String orgPath;
    private int year;
    private int no;
    private String title;
    private String content;
    private String source;
    private String sourceNote;
    private String criteria;
    private LocalDate deadline;
    private String dataKind;
    private Integer reportYear;
    private Integer reportQuarter;
    private String state;
    private LocalDate issuedOn;
    private String issuedBy;
    private LocalDate closedOn;
    @Version
    private int version;

    Task() {
    }

    /** A task just registered, already checked by the facade. */
    public static Task issue(long issuerOrgId, String issuerPath, int no, String title, String content,
                             TaskSource source, String sourceNote, String criteria, LocalDate deadline, TaskData data,
                             Integer reportYear, Integer reportQuarter, LocalDate on, String actor) {
        Task t = new Task();
        t.issuerOrgId = issuerOrgId;
        t.orgPath = issuerPath;
        t.year = on.getYear();
        t.no = no;
        t.title = title;
        t.content = content;
        t.source = source.name();
        t.sourceNote = sourceNote;
        t.criteria = criteria;
        t.deadline = deadline;
        t.dataKind = data.name();
        t.reportYear = data == TaskData.NONE ? null : reportYear;
        t.reportQuarter = data == TaskData.NONE ? null : reportQuarter;
        t.state = TaskState.OPEN.name();
        t.issuedOn = on;
        t.issuedBy = actor;
        return t;
    }

    /** Every part is closed: the task is 办结. */
    public void close(LocalDate on) {
        if (state() == TaskState.OPEN) {
            state = TaskState.CLOSED.name();
            closedOn = on;
        }
    }

    /** The issuer withdraws a task still open. */
    public void withdraw(LocalDate on) {
        if (state() != TaskState.OPEN) {
            throw new ConflictException("督办事项" + state().label() + "，不能撤销");
        }
        state = TaskState.WITHDRAWN.name();
        closedOn = on;
    }

    /** 督办〔2026〕3号. */
    public String number() {
        return "督办〔" + year + "〕" + no + "号";
    }

    public Long id() {
        return id;
    }

    public long issuerOrgId() {
        return issuerOrgId;
    }

    public String issuerPath() {
        return orgPath;
    }

    public String title() {
        return title;
    }

    public String content() {
        return content;
    }

    public TaskSource source() {
        return TaskSource.valueOf(source);
    }

    public String sourceNote() {
        return sourceNote;
    }

    public String criteria() {
        return criteria;
    }

    public LocalDate deadline() {
        return deadline;
    }

    public TaskData data() {
        return TaskData.valueOf(dataKind);
    }

    public Integer reportYear() {
        return reportYear;
    }

    public Integer reportQuarter() {
        return reportQuarter;
    }

    public TaskState state() {
        return TaskState.valueOf(state);
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }

    public String issuedBy() {
        return issuedBy;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public int version() {
        return version;
    }
}
