package cn.dangjian.duty.internal;

import java.time.LocalDate;
import java.util.List;

import cn.dangjian.duty.DutyChanged;
import cn.dangjian.duty.InspectionKind;
import cn.dangjian.shared.ConflictException;
import cn.dangjian.shared.InvalidInputException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An inspection's feedback to one organization (ZG-01): its kind, team and day, and the two reports due by
 * {@code reportsDue} — the 整改情况报告 and the 主要负责人组织落实情况报告 — each recorded once when sent.
 */
@Table("duty_inspection")
public class Inspection extends AbstractAggregateRoot<Inspection> {

    @Id
    private Long id;
    private long orgId;
    private String orgPath;
    private String kind;
    private String team;
    private LocalDate feedbackOn;
    private LocalDate reportsDue;
    private LocalDate rectificationReportOn;
    private LocalDate leaderReportOn;
    private String recordedBy;
    @Version
    private int version;

    Inspection() {
    }

    public static Inspection of(long orgId, String orgPath, InspectionKind kind, String team, LocalDate feedbackOn,
                                LocalDate reportsDue, String actor) {
        Inspection i = new Inspection();
        i.orgId = orgId;
        i.orgPath = orgPath;
        i.kind = kind.name();
        i.team = team;
        i.feedbackOn = feedbackOn;
        i.reportsDue = reportsDue;
        i.recordedBy = actor;
        i.registerEvent(new DutyChanged(List.of(orgId)));
        return i;
    }

    /** One of the two reports was sent on {@code on}: not before the feedback, not in the future, once. */
    public void reportSent(boolean leaderReport, LocalDate on, LocalDate today) {
        if (leaderReport ? leaderReportOn != null : rectificationReportOn != null) {
            throw new ConflictException("该报告已登记报送");
        }
        if (on == null || on.isBefore(feedbackOn) || on.isAfter(today)) {
            throw new InvalidInputException("on", "报送日期", "应在反馈日期" + feedbackOn + "至今天之间");
        }
        if (leaderReport) {
            leaderReportOn = on;
        } else {
            rectificationReportOn = on;
        }
        registerEvent(new DutyChanged(List.of(orgId)));
    }

    public Long id() {
        return id;
    }

    public long orgId() {
        return orgId;
    }

    public String orgPath() {
        return orgPath;
    }

    public InspectionKind kind() {
        return InspectionKind.valueOf(kind);
    }

    public String team() {
        return team;
    }

    public LocalDate feedbackOn() {
        return feedbackOn;
    }

    public LocalDate reportsDue() {
        return reportsDue;
    }

    public LocalDate rectificationReportOn() {
        return rectificationReportOn;
    }

    public LocalDate leaderReportOn() {
        return leaderReportOn;
    }

    public int version() {
        return version;
    }
}
