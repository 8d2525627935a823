package cn.dangjian.transfer.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import cn.dangjian.shared.ConflictException;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.transfer.MobileDirection;
import cn.dangjian.transfer.TransferDutyChanged;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One entry of the 流动党员 register (ZJ-07, ZJ-09): a member of the platform gone away without transferring,
 * registered by the branch holding the relationship, or a member from outside the platform registered by the branch
 * they attend. Contacts are added on either side, never before the outflow began nor after today; the entry ends
 * once, on a day not before the outflow began, and takes no contacts after that. Each change registers a
 * {@link TransferDutyChanged}, published when the entry is saved.
 */
@Table("transfer_mobile")
public class MobileMember extends AbstractAggregateRoot<MobileMember> {

    @Id
    private Long id;
    private String direction;
    private Long memberId;
    private long orgId;
    private String orgPath;
    private String name;
    private String phone;
    private LocalDate since;
    private String destination;
    private String reason;
    private boolean fixedPlace;
    private Long inflowOrgId;
    private String inflowOrgPath;
    private String otherOrgName;
    private LocalDate endedOn;
    private String endReason;
    private String recordedBy;
    @MappedCollection(idColumn = "mobile_id", keyColumn = "position")
    private List<MobileContact> contacts = new ArrayList<>();
    @Version
    private int version;

    MobileMember() {
    }

    /**
     * A member of {@code orgId} gone to {@code destination} since {@code since}; {@code inflowOrgId} is the inflow
     * organization in the platform, {@code otherOrgName} one outside it, if known.
     */
    public static MobileMember outflow(long memberId, long orgId, String orgPath, String name, String phone,
                                       LocalDate since, String destination, String reason, boolean fixedPlace,
                                       Long inflowOrgId, String inflowOrgPath, String otherOrgName, String actor) {
        MobileMember m = of(MobileDirection.OUT, orgId, orgPath, name, phone, since, reason, actor);
        m.memberId = memberId;
        m.destination = destination;
        m.fixedPlace = fixedPlace;
        m.inflowOrgId = inflowOrgId;
        m.inflowOrgPath = inflowOrgPath;
        m.otherOrgName = otherOrgName;
        return m;
    }

    /** A member from outside the platform attending {@code orgId} since {@code since}; {@code homeOrgName} holds them. */
    public static MobileMember inflow(long orgId, String orgPath, String name, String phone, LocalDate since,
                                      String reason, String homeOrgName, String actor) {
        MobileMember m = of(MobileDirection.IN, orgId, orgPath, name, phone, since, reason, actor);
        m.otherOrgName = homeOrgName;
        return m;
    }

    private static MobileMember of(MobileDirection direction, long orgId, String orgPath, String name, String phone,
                                   LocalDate since, String reason, String actor) {
        MobileMember m = new MobileMember();
        m.direction = direction.name();
        m.orgId = orgId;
        m.orgPath = orgPath;
        m.name = name;
        m.phone = phone;
        m.since = since;
        m.reason = reason;
        m.recordedBy = actor;
        m.registerEvent(new TransferDutyChanged(orgId));
        return m;
    }

    public void contact(LocalDate on, String means, boolean attendedElsewhere, String note, String actor,
                        LocalDate today) {
        open();
        if (on == null) {
            throw new InvalidInputException("contactedOn", "联系日期", "不能为空");
        }
        if (on.isBefore(since)) {
            throw new InvalidInputException("contactedOn", "联系日期", "不能早于外出（流入）日期" + since);
        }
        if (on.isAfter(today)) {
            throw new InvalidInputException("contactedOn", "联系日期", "不能晚于今天");
        }
        contacts.add(new MobileContact(on, means, attendedElsewhere, note, actor));
        changed();
    }

    public void end(LocalDate on, String why, LocalDate today) {
        open();
        if (on == null) {
            throw new InvalidInputException("endedOn", "结束日期", "不能为空");
        }
        if (on.isBefore(since)) {
            throw new InvalidInputException("endedOn", "结束日期", "不能早于外出（流入）日期" + since);
        }
        if (on.isAfter(today)) {
            throw new InvalidInputException("endedOn", "结束日期", "不能晚于今天");
        }
        endedOn = on;
        endReason = why;
        changed();
    }

    private void changed() {
        registerEvent(new TransferDutyChanged(orgId));
        if (inflowOrgId != null) {
            registerEvent(new TransferDutyChanged(inflowOrgId));
        }
    }

    private void open() {
        if (endedOn != null) {
            throw new ConflictException("该流动党员登记已于" + endedOn + "结束");
        }
    }

    /** The latest contact's day, if any. */
    public Optional<LocalDate> lastContact() {
        return contacts.stream().map(MobileContact::contactedOn).max(Comparator.naturalOrder());
    }

    public Long id() {
        return id;
    }

    public MobileDirection direction() {
        return MobileDirection.valueOf(direction);
    }

    public Long memberId() {
        return memberId;
    }

    public long orgId() {
        return orgId;
    }

    public String orgPath() {
        return orgPath;
    }

    public String name() {
        return name;
    }

    public String phone() {
        return phone;
    }

    public LocalDate since() {
        return since;
    }

    public String destination() {
        return destination;
    }

    public String reason() {
        return reason;
    }

    public boolean fixedPlace() {
        return fixedPlace;
    }

    public Long inflowOrgId() {
        return inflowOrgId;
    }

    public String inflowOrgPath() {
        return inflowOrgPath;
    }

    public String otherOrgName() {
        return otherOrgName;
    }

    public LocalDate endedOn() {
        return endedOn;
    }

    public String endReason() {
        return endReason;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public List<MobileContact> contacts() {
        return List.copyOf(contacts);
    }

    public int version() {
        return version;
    }
}
