package cn.dangjian.duty.internal;

import java.time.LocalDate;
import java.util.List;

import cn.dangjian.duty.DutyChanged;
import cn.dangjian.duty.ItemState;
import cn.dangjian.shared.ConflictException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One problem of an inspection's feedback with its measures, deadline, responsible person and leader (ZG-03). The
 * inspected organization reports it fixed (at once for 立行立改); the organization above closes it after review
 * (销号, with what it was closed on) or returns it with the reason. Each step registers a {@link DutyChanged}.
 */
@Table("duty_rectification")
public class RectificationItem extends AbstractAggregateRoot<RectificationItem> {

    @Id
    private Long id;
    private long inspectionId;
    private int position;
    private long orgId;
    private String orgPath;
    private String problem;
    private String measures;
    private LocalDate deadline;
    private String owner;
    private String leader;
    private boolean immediate;
    private String state;
    private LocalDate doneOn;
    private String doneNote;
    private LocalDate closedOn;
    private String closedBy;
    private String closeNote;
    private String returnReason;
    @Version
    private int version;

    RectificationItem() {
    }

    /** An item as recorded from the feedback, already checked; one fixed on the spot is done that day. */
    public static RectificationItem of(long inspectionId, int position, long orgId, String orgPath, String problem,
                                       String measures, LocalDate deadline, String owner, String leader,
                                       boolean immediate, LocalDate feedbackOn) {
        RectificationItem r = new RectificationItem();
        r.inspectionId = inspectionId;
        r.position = position;
        r.orgId = orgId;
        r.orgPath = orgPath;
        r.problem = problem;
        r.measures = measures;
        r.deadline = deadline;
        r.owner = owner;
        r.leader = leader;
        r.immediate = immediate;
        r.state = (immediate ? ItemState.DONE : ItemState.OPEN).name();
        if (immediate) {
            r.doneOn = feedbackOn;
            r.doneNote = "立行立改";
        }
        r.changed();
        return r;
    }

    /** The inspected organization reports the item fixed, saying how. */
    public void done(String note, LocalDate on) {
        require("报告整改完成", ItemState.OPEN);
        state = ItemState.DONE.name();
        doneOn = on;
        doneNote = note;
        returnReason = null;
        changed();
    }

    /** The organization above closes the item after review (销号), saying on what. */
    public void close(String note, LocalDate on, String actor) {
        require("销号", ItemState.DONE);
        state = ItemState.CLOSED.name();
        closedOn = on;
        closedBy = actor;
        closeNote = note;
        changed();
    }

    /** The organization above returns an item reported fixed, with the reason: it is being fixed again. */
    public void sendBack(String reason) {
        require("退回", ItemState.DONE);
        state = ItemState.OPEN.name();
        returnReason = reason;
        doneOn = null;
        changed();
    }

    private void require(String what, ItemState allowed) {
        if (state() != allowed) {
            throw new ConflictException("该整改事项" + state().label() + "，不能" + what);
        }
    }

    private void changed() {
        registerEvent(new DutyChanged(List.of(orgId)));
    }

    public Long id() {
        return id;
    }

    public long inspectionId() {
        return inspectionId;
    }

    public int position() {
        return position;
    }

    public long orgId() {
        return orgId;
    }

    public String orgPath() {
        return orgPath;
    }

    public String problem() {
        return problem;
    }

    public String measures() {
        return measures;
    }

    public LocalDate deadline() {
        return deadline;
    }

    public String owner() {
        return owner;
    }

    public String leader() {
        return leader;
    }

    public boolean immediate() {
        return immediate;
    }

    public ItemState state() {
        return ItemState.valueOf(state);
    }

    public LocalDate doneOn() {
        return doneOn;
    }

    public String doneNote() {
        return doneNote;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public String closedBy() {
        return closedBy;
    }

    public String closeNote() {
        return closeNote;
    }

    public String returnReason() {
        return returnReason;
    }

    public int version() {
        return version;
    }
}
