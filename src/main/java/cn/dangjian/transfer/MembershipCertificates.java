package cn.dangjian.transfer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.dangjian.documents.DocumentTemplate;
import cn.dangjian.documents.Documents;
import cn.dangjian.documents.MembershipCertificateDocument;
import cn.dangjian.dues.DuesQueries;
import cn.dangjian.member.MemberKind;
import cn.dangjian.member.MemberParticulars;
import cn.dangjian.member.MemberPlacement;
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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 党员证明信 (ZJ-01): for an absence of up to 6 months the branch proves the membership instead of moving it. The
 * letter is generated from the member record — joined when, 正式/预备, the branch — and 党费已交到 from the dues
 * register, as Word (the branch's own format where one is uploaded) or PDF; nothing is typed twice. Longer absences
 * at a fixed place are refused with the reason (a 介绍信 is due, JY-09). Only the member's branch line issues it.
 */
@Service
@Transactional(readOnly = true)
public class MembershipCertificates {

    /** ZJ-01 (b): a 证明信 covers at most 6 months. */
    public static final int LONGEST_MONTHS = 6;

    private final MemberQueries members;
    private final DuesQueries dues;
    private final OrgUnits orgs;
    private final Documents documents;
    private final Clock clock;

    MembershipCertificates(MemberQueries members, DuesQueries dues, OrgUnits orgs, Documents documents, Clock clock) {
        this.members = members;
        this.dues = dues;
        this.orgs = orgs;
        this.documents = documents;
        this.clock = clock;
    }

    public LetterFile certificate(AccessScope scope, CertificateRequest in, LetterFile.Format format) {
        scope.require(Permission.TRANSFER_RECORD);
        MemberPlacement member = in.memberId() == null ? null : members.placements(List.of(in.memberId())).get(in.memberId());
        if (member == null || !scope.coversMember(member.memberId(), member.orgId(), member.orgPath())) {
            throw new NotFoundException("党员不存在");
        }
        if (!MemberTransfers.MOVABLE.contains(member.status())) {
            throw new ConflictException(member.name() + "的党籍状态为“" + member.status().label() + "”，不能开具党员证明信");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String addressee = TextKind.SHORT_TEXT.required("addressee", "抬头（前往单位党组织）", in.addressee(), problems);
        String destination = TextKind.SHORT_TEXT.required("destination", "前往地点或单位", in.destination(), problems);
        String purpose = TextKind.SHORT_TEXT.required("purpose", "事由", in.purpose(), problems);
        if (in.months() == null) {
            problems.add(new FieldProblem("months", "外出期限（月）", "不能为空"));
        } else if (in.months() < 1 || in.months() > LONGEST_MONTHS) {
            problems.add(new FieldProblem("months", "外出期限（月）", "党员证明信用于6个月以内的外出；外出到相对固定地点6个月以上的，"
                    + "应办理组织关系转接（ZJ-01，JY-09）"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        MemberParticulars m = members.particulars(member.memberId()).orElseThrow();
        OrgUnitRef org = orgs.ref(member.orgId()).orElseThrow();
        MembershipCertificateDocument doc = new MembershipCertificateDocument(addressee, m.name(), m.gender().label(),
                m.ethnicity().label(), member.joinedOn(), m.kind() == MemberKind.PROBATIONARY, org.name(), destination,
                purpose, in.months(), dues.paidUpTo(List.of(member.memberId())).get(member.memberId()),
                LocalDate.now(clock));
        String name = "党员证明信（" + m.name() + "）";
        return format == LetterFile.Format.PDF
                ? new LetterFile(name + ".pdf", documents.pdf(DocumentTemplate.MEMBERSHIP_CERTIFICATE, doc.toModel()))
                : new LetterFile(name + ".docx", documents.docxFor(DocumentTemplate.MEMBERSHIP_CERTIFICATE, org.path(),
                doc.toModel()));
    }
}
