package cn.dangjian.transfer.internal;

import java.time.LocalDate;
import java.time.YearMonth;

import cn.dangjian.shared.ConflictException;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.transfer.TransferDutyChanged;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A 党员组织关系介绍信 from outside the platform, kept by the branch that took the member in: the letter as written,
 * the member created from it, and the 回执 the receiving side owes its issuer within one month (ZJ-04). The 回执 is
 * sent once, not before the member was taken in nor after today. Recording it and sending the 回执 register an
 * {@link TransferDutyChanged}, published when the letter is saved.
 */
@Table("transfer_incoming")
public class IncomingLetter extends AbstractAggregateRoot<IncomingLetter> {

    @Id
    private Long id;
    private long orgId;
    private String orgPath;
    private long memberId;
    private String memberName;
    private String issuer;
    private String fromName;
    private String letterNo;
    private LocalDate issuedOn;
    private int validityDays;
    private LocalDate duesPaidUpTo;
    private LocalDate receivedOn;
    private LocalDate receiptSentOn;
    private String receiptHandler;
    private String receiptPhone;
    private String recordedBy;
    @Version
    private int version;

    IncomingLetter() {
    }

    /** The letter the member {@code memberId} arrived with, as checked by {@link IncomingLetterCheck}. */
    public static IncomingLetter of(long orgId, String orgPath, long memberId, IncomingLetterCheck.Letter letter,
                                    String actor) {
        IncomingLetter l = new IncomingLetter();
        l.orgId = orgId;
        l.orgPath = orgPath;
        l.memberId = memberId;
        l.memberName = letter.memberName();
        l.issuer = letter.issuer();
        l.fromName = letter.fromName();
        l.letterNo = letter.letterNo();
        l.issuedOn = letter.issuedOn();
        l.validityDays = letter.validityDays();
        l.duesPaidUpTo = letter.duesPaidUpTo() == null ? null : letter.duesPaidUpTo().atDay(1);
        l.receivedOn = letter.receivedOn();
        l.recordedBy = actor;
        l.registerEvent(new TransferDutyChanged(orgId));
        return l;
    }

    /** The 回执 went back to the issuer on {@code on}. */
    public void receiptSent(LocalDate on, String handler, String phone, LocalDate today) {
        if (receiptSentOn != null) {
            throw new ConflictException("回执已于" + receiptSentOn + "寄出，不能重复登记");
        }
        if (on == null) {
            throw new InvalidInputException("sentOn", "回执寄出日期", "不能为空");
        }
        if (on.isBefore(receivedOn)) {
            throw new InvalidInputException("sentOn", "回执寄出日期", "不能早于接收日期" + receivedOn);
        }
        if (on.isAfter(today)) {
            throw new InvalidInputException("sentOn", "回执寄出日期", "不能晚于今天");
        }
        receiptSentOn = on;
        receiptHandler = handler;
        receiptPhone = phone;
        registerEvent(new TransferDutyChanged(orgId));
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

    public long memberId() {
        return memberId;
    }

    public String memberName() {
        return memberName;
    }

    public String issuer() {
        return issuer;
    }

    public String fromName() {
        return fromName;
    }

    public String letterNo() {
        return letterNo;
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }

    public int validityDays() {
        return validityDays;
    }

    public YearMonth duesPaidUpTo() {
        return duesPaidUpTo == null ? null : YearMonth.from(duesPaidUpTo);
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public LocalDate receiptSentOn() {
        return receiptSentOn;
    }

    public String receiptHandler() {
        return receiptHandler;
    }

    public String receiptPhone() {
        return receiptPhone;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public int version() {
        return version;
    }
}
