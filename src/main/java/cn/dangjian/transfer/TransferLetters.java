package cn.dangjian.transfer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.dangjian.documents.DocumentTemplate;
import cn.dangjian.documents.Documents;
import cn.dangjian.documents.TransferGroupLetterDocument;
import cn.dangjian.documents.TransferLetterDocument;
import cn.dangjian.member.MemberKind;
import cn.dangjian.member.MemberParticulars;
import cn.dangjian.member.MemberQueries;
import cn.dangjian.member.MemberTransfers;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.ConflictException;
import cn.dangjian.shared.FieldProblem;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.NotFoundException;
import cn.dangjian.shared.Permission;
import cn.dangjian.shared.TextKind;
import cn.dangjian.transfer.internal.LetterIssuer;
import cn.dangjian.transfer.internal.Transfer;
import cn.dangjian.transfer.internal.TransferAccess;
import cn.dangjian.transfer.internal.TransferLetter;
import cn.dangjian.transfer.internal.TransferBatch;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 党员组织关系介绍信 of a transfer out of the platform, after it was sent: the three-part letter generated from
 * the member record and the dues register (ZJ-02, ZJ-03), its 回执 recorded when it comes back — which ends the
 * sender's responsibility and takes the member off its roll (ZJ-04) — and a new letter in place of a lost or
 * expired one, the old number void (ZJ-06). Only the sending organization's subtree does these; the organizations
 * on the route may read the letter.
 */
@Service
@Transactional
public class TransferLetters {

    private final TransferBatch batch;
    private final TransferAccess access;
    private final LetterIssuer issuer;
    private final MemberQueries members;
    private final MemberTransfers moves;
    private final OrgUnits orgs;
    private final Documents documents;
    private final Clock clock;

    TransferLetters(TransferBatch batch, TransferAccess access, LetterIssuer issuer, MemberQueries members,
                    MemberTransfers moves, OrgUnits orgs, Documents documents, Clock clock) {
        this.batch = batch;
        this.access = access;
        this.issuer = issuer;
        this.members = members;
        this.moves = moves;
        this.orgs = orgs;
        this.documents = documents;
        this.clock = clock;
    }

    /** The 回执 came back: the transfer is received and the member leaves the sending organization's roll. */
    public void recordReceipt(AccessScope scope, long id, RecordReceipt receipt, int version) {
        Transfer t = access.asSender(scope, id, version);
        List<FieldProblem> problems = new ArrayList<>();
        String handler = TextKind.PERSON_NAME.optional("handler", "经办人", receipt.handler(), problems);
        LocalDate today = LocalDate.now(clock);
        if (receipt.returnedOn() != null && receipt.returnedOn().isAfter(today)) {
            problems.add(new FieldProblem("returnedOn", "回执收回日期", "不能晚于今天"));
        }
        if (receipt.receivedOn() == null) {
            problems.add(new FieldProblem("receivedOn", "回执上的接收日期", "不能为空"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<Transfer> all = batch.with(t);
        all.forEach(each -> each.receiptBack(receipt.receivedOn(), receipt.returnedOn(), handler));
        batch.save(all);
        all.forEach(each -> moves.leave(scope.username(), each.memberId(), each.fromOrgId(), receipt.receivedOn(),
                each.toName()));
    }

    /**
     * A new letter in place of one lost or expired (ZJ-06): a new number, issued today with the validity in force,
     * 党费已交到 read again; the old number is recorded as void on the stub.
     */
    public void reissue(AccessScope scope, long id, int version) {
        Transfer t = access.asSender(scope, id, version);
        if (t.letter() == null || !t.letter().issued()) {
            throw new ConflictException("该转接尚未开具介绍信");
        }
        List<Transfer> all = batch.with(t);
        issuer.issue(all, LocalDate.now(clock));
        batch.save(all);
    }

    /** The three-part letter (存根, 介绍信, 回执) as Word or PDF, for the sender and the organizations on its route. */
    @Transactional(readOnly = true)
    public LetterFile letter(AccessScope scope, long id, LetterFile.Format format) {
        scope.require(Permission.TRANSFER_VIEW);
        Transfer t = access.find(scope, id);
        TransferLetter l = t.letter();
        if (l == null || !l.issued()) {
            throw new ConflictException("介绍信在转接审批通过、转出时才开具编号，目前还不能打印");
        }
        OrgUnitRef from = orgs.ref(t.fromOrgId()).orElseThrow();
        String issuerName = orgs.ref(l.issuerOrgId()).map(OrgUnitRef::name).orElse("");
        List<Transfer> all = batch.with(t);
        if (all.size() > 1) {
            return groupLetter(all, from, issuerName, format);
        }
        MemberParticulars m = particulars(t);
        TransferLetterDocument doc = new TransferLetterDocument(l.number(), m.name(), m.gender().label(),
                m.ageOn(l.issuedOn()), m.ethnicity().label(), m.kind() == MemberKind.PROBATIONARY, m.citizenId(),
                from.name(), t.toName(), l.addressee(), l.paidUpTo(), l.validityDays(), l.issuedOn(), m.phone(),
                null, null, null, null, issuerName, l.receiptReturnedOn(), l.voided());
        return file("党员组织关系介绍信（" + m.name() + "，第" + l.number() + "号）", DocumentTemplate.TRANSFER_LETTER,
                from, doc.toModel(), format);
    }

    /** 整建制转移: one letter naming the first member and the count, with every member on the name list (ZJ-06). */
    private LetterFile groupLetter(List<Transfer> all, OrgUnitRef from, String issuerName, LetterFile.Format format) {
        TransferLetter l = all.get(0).letter();
        List<TransferGroupLetterDocument.Member> list = new ArrayList<>();
        for (Transfer each : all) {
            MemberParticulars m = particulars(each);
            list.add(new TransferGroupLetterDocument.Member(m.name(), m.gender().label(), m.ageOn(l.issuedOn()),
                    m.ethnicity().label(), m.kind() == MemberKind.PROBATIONARY, m.citizenId(),
                    each.letter().paidUpTo()));
        }
        TransferGroupLetterDocument doc = new TransferGroupLetterDocument(l.number(), list, from.name(),
                all.get(0).toName(), l.addressee(), l.validityDays(), l.issuedOn(), issuerName, l.receiptReturnedOn(),
                l.voided());
        return file("党员组织关系介绍信（" + list.get(0).name() + "等" + list.size() + "名，第" + l.number() + "号）",
                DocumentTemplate.TRANSFER_GROUP_LETTER, from, doc.toModel(), format);
    }

    private MemberParticulars particulars(Transfer t) {
        return members.particulars(t.memberId()).orElseThrow(() -> new NotFoundException("党员不存在"));
    }

    private LetterFile file(String name, DocumentTemplate template, OrgUnitRef from, Map<String, Object> model,
                            LetterFile.Format format) {
        return format == LetterFile.Format.PDF ? new LetterFile(name + ".pdf", documents.pdf(template, model))
                : new LetterFile(name + ".docx", documents.docxFor(template, from.path(), model));
    }
}
