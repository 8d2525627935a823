package cn.dangjian.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import cn.dangjian.member.MemberKind;
import cn.dangjian.member.MemberQuery;
import cn.dangjian.member.MemberRow;
import cn.dangjian.member.Members;
import cn.dangjian.org.OrgType;
import cn.dangjian.org.OrgUnitNode;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.PageRequest;
import cn.dangjian.transfer.IncomingLetters;
import cn.dangjian.transfer.LetterCarrier;
import cn.dangjian.transfer.MobileMembers;
import cn.dangjian.transfer.RecordContact;
import cn.dangjian.transfer.RegisterOutflow;
import cn.dangjian.transfer.ReceiptSent;
import cn.dangjian.transfer.RecordIncomingLetter;
import cn.dangjian.transfer.RecordReceipt;
import cn.dangjian.transfer.StartBatchTransfer;
import cn.dangjian.transfer.StartLetterTransfer;
import cn.dangjian.transfer.TransferBatches;
import cn.dangjian.transfer.TransferKind;
import cn.dangjian.transfer.StartTransfer;
import cn.dangjian.transfer.Transfers;
import cn.dangjian.transfer.TransferLetters;
import org.springframework.stereotype.Component;

/**
 * Transfers in every state across a written district, through the transfer facades: one sent to the showcase
 * branch from a branch of another 机关党委 (waiting for its secretary to accept), one waiting for the showcase
 * 机关党委's approval, one returned by the receiver with its reason and submitted again, one received, one still a
 * draft, a letter out of the platform to a university whose 回执 is more than a month overdue, one whose 回执 came
 * back, and a whole office of four moved to the showcase branch in one 整建制转移 (waiting for it); and into the
 * showcase branch two members from outside the platform: a graduate from a university whose 回执 is more than a month
 * overdue, and one from another city whose 回执 went back; and three of the showcase branch's members registered as
 * 流动党员. The members moved are the last on their branch's roll, never the showcase branch's own.
 */
@Component
class TransferHistoryWriter {

    private final OrgUnits orgs;
    private final Members members;
    private final Transfers transfers;
    private final TransferBatches batches;
    /** 武汉市洪山区: where the university's graduates come from. */
    private static final String UNIVERSITY_REGION = "420111";

    private final TransferLetters letters;
    private final IncomingLetters incoming;
    private final MobileMembers mobile;
    private final Clock clock;

    TransferHistoryWriter(OrgUnits orgs, Members members, Transfers transfers, TransferBatches batches,
                          TransferLetters letters,
                          IncomingLetters incoming, MobileMembers mobile, Clock clock) {
        this.orgs = orgs;
        this.members = members;
        this.transfers = transfers;
        this.batches = batches;
        this.letters = letters;
        this.incoming = incoming;
        this.mobile = mobile;
        this.clock = clock;
    }

    /**
     * Returns the change in the members on the district's roll: those who arrived from outside the platform less
     * those who left it (off the roll once their 回执 came back).
     */
    int write(long rootId, long committeeId, long showcaseBranchId, long ordinaryMemberId, long seed) {
        AccessScope system = AccessScope.system();
        String committeePath = orgs.ref(committeeId).orElseThrow().path();
        List<OrgUnitNode> inside = new ArrayList<>();
        List<OrgUnitNode> outside = new ArrayList<>();
        orgs.subtree(rootId, new PageRequest(1, PageRequest.MAX_SIZE)).items().stream()
                .filter(n -> n.active() && n.type() == OrgType.BRANCH && n.id() != showcaseBranchId)
                .forEach(n -> (n.path().startsWith(committeePath) ? inside : outside).add(n));
        if (inside.isEmpty() || outside.size() < 6) {
            return 0;
        }
        List<Long> used = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        // sent to the showcase branch from another 机关党委's branch: its secretary accepts
        long toShowcase = start(system, outside.get(0), showcaseBranchId, "工作调动，调入本单位", used);
        submitAndApprove(system, toShowcase, 1);
        // waiting for the showcase 机关党委's approval
        long approving = start(system, inside.get(0), outside.get(1).id(), "交流任职", used);
        submitAndApprove(system, approving, 0);
        // returned by the receiver with its reason, corrected and submitted again
        long bounced = start(system, outside.get(1), outside.get(2).id(), "工作调动", used);
        submitAndApprove(system, bounced, 1);
        transfers.sendBack(system, bounced, "转接原因与调动文件不一致，请核实调动文号后重新提交",
                transfers.get(system, bounced).version());
        transfers.submit(system, bounced, transfers.get(system, bounced).version());
        // received: the member, their history and dues are now the receiver's
        long received = start(system, outside.get(2), outside.get(3).id(), "机构改革，人员划转", used);
        submitAndApprove(system, received, 1);
        transfers.accept(system, received, transfers.get(system, received).version());
        // still a draft
        start(system, outside.get(3), outside.get(4).id(), "挂职期满返回原单位", used);
        // a letter out of the platform to a university, issued on paper 78 days ago and recorded then: valid 30 days,
        // its 回执 now more than a month overdue
        long letter = transfers.startOut(system, new StartLetterTransfer(last(system, outside.get(4).id(), used),
                "中共江城大学委员会", null, LetterCarrier.SELF, "考取全日制博士研究生", today.minusDays(80)));
        transfers.submit(system, letter, transfers.get(system, letter).version(), today.minusDays(80));
        transfers.approve(system, letter, transfers.get(system, letter).version(), today.minusDays(78));
        // a whole office merged into the showcase branch's unit (整建制转移): sent, waiting for its secretary
        officeMove(system, outside, showcaseBranchId, used);
        // a letter whose 回执 came back
        long back = startOut(system, outside.get(5), "中共江城市委组织部", "调往外市工作", used);
        submitAndApprove(system, back, 1);
        letters.recordReceipt(system, back, new RecordReceipt(today, today, "周敏"), transfers.get(system, back).version());
        // before anyone arrives: the 流动党员 are members of long standing
        used.add(ordinaryMemberId);
        mobile(system, showcaseBranchId, outside.get(5).id(), today, used);
        PersonGenerator people = new PersonGenerator(new Random(seed), today, UNIVERSITY_REGION);
        // a graduate who reported 40 days ago: the 回执 to the university is overdue
        Person graduate = people.next(MemberKind.PROBATIONARY, true);
        arrive(system, showcaseBranchId, graduate, "中共江城大学委员会组织部",
                "中共江城大学信息工程学院研究生第三支部委员会", String.format("%d-%03d", today.minusDays(45).getYear(), 31 + Math.floorMod(seed, 60)),
                today.minusDays(45), today.minusDays(40), today.minusMonths(9));
        // from another city, reported 12 days ago: the 回执 went back two days later
        Person cadre = people.next(MemberKind.FULL, false);
        long answered = arrive(system, showcaseBranchId, cadre, "中共青城市直属机关工作委员会",
                "中共青城市发展和改革委员会机关委员会", "青直机工转〔" + today.minusDays(20).getYear() + "〕" + (100 + Math.floorMod(seed, 50)),
                today.minusDays(20), today.minusDays(12), null);
        incoming.receiptSent(system, answered, new ReceiptSent(today.minusDays(10), "周敏", "028-86001234"),
                incoming.get(system, answered).version());
        int arrived = 2;
        int left = 1;
        return arrived - left;
    }

    /**
     * Four members of an office's branch moved together to the showcase branch (ZJ-06), approved and sent: the first
     * branch not written to yet with at least six full members gives them.
     */
    private void officeMove(AccessScope system, List<OrgUnitNode> outside, long showcaseBranchId, List<Long> used) {
        for (OrgUnitNode branch : outside.subList(6, outside.size())) {
            long full = members.list(system, new MemberQuery(branch.id(), null, MemberKind.FULL, null, null, null, null,
                    null, null, false), new PageRequest(1, 1)).total();
            if (full >= 6) {
                List<Long> office = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    office.add(last(system, branch.id(), used));
                }
                long lead = batches.start(system, new StartBatchTransfer(branch.id(), office, TransferKind.WITHIN,
                        showcaseBranchId, null, null, null, "机构改革，所在处室整建制划入本单位", null));
                submitAndApprove(system, lead, 2);
                return;
            }
        }
    }

    /**
     * Three of the showcase branch's members registered as gone away: one seconded to a fixed place for 8 months
     * (attending the inflow branch; due to transfer), one in a year's full-time study never contacted since leaving 7
     * months ago (contact overdue), one who followed a spouse 2 months ago and was called last month.
     */
    private void mobile(AccessScope system, long branchId, long inflowBranchId, LocalDate today, List<Long> used) {
        long seconded = mobile.registerOut(system, new RegisterOutflow(last(system, branchId, used), today.minusMonths(8),
                "省发展和改革委员会（成都市锦江区）", "借调", true, "13880761234", inflowBranchId, null));
        mobile.contact(system, seconded, new RecordContact(today.minusMonths(3), "当面", true,
                "在借调单位党支部参加主题党日和专题学习，按月交纳党费"), mobile.get(system, seconded).version());
        mobile.registerOut(system, new RegisterOutflow(last(system, branchId, used), today.minusMonths(7),
                "北京市海淀区（国家行政学院）", "脱产学习一年", false, "13981234567", null, "国家行政学院学员临时党支部"));
        long spouse = mobile.registerOut(system, new RegisterOutflow(last(system, branchId, used), today.minusMonths(2),
                "上海市浦东新区", "随配偶工作调动暂住，待办理调动", false, "13708123456", null, null));
        mobile.contact(system, spouse, new RecordContact(today.minusMonths(1), "电话", false, "身体健康，正在办理工作调动手续"),
                mobile.get(system, spouse).version());
    }

    /** A member who reported with a letter from outside the platform, typed in from the letter. */
    private long arrive(AccessScope system, long branchId, Person p, String issuer, String fromName, String number,
                        LocalDate issuedOn, LocalDate receivedOn, LocalDate joinedOn) {
        LocalDate joined = joinedOn != null ? joinedOn : p.joinedOn();
        return incoming.record(system, new RecordIncomingLetter(branchId, issuer, fromName, number, issuedOn, 30,
                YearMonth.from(issuedOn).minusMonths(1), receivedOn, p.name(), p.gender(),
                Period.between(p.birthDate(), issuedOn).getYears(), p.ethnicity(), p.citizenId(), p.kind(), p.phone(),
                joined, p.kind() == MemberKind.FULL ? p.confirmedOn() : null));
    }

    private long start(AccessScope system, OrgUnitNode from, long toOrgId, String reason, List<Long> used) {
        return transfers.start(system, new StartTransfer(last(system, from.id(), used), toOrgId, reason, null));
    }

    private long startOut(AccessScope system, OrgUnitNode from, String toName, String reason, List<Long> used) {
        return transfers.startOut(system, new StartLetterTransfer(last(system, from.id(), used), toName, null,
                LetterCarrier.SELF, reason, null));
    }

    private void submitAndApprove(AccessScope system, long id, int approvals) {
        transfers.submit(system, id, transfers.get(system, id).version());
        for (int i = 0; i < approvals && transfers.get(system, id).waitingForOrgId() != null; i++) {
            transfers.approve(system, id, transfers.get(system, id).version());
        }
    }

    /** The last full member on the branch's roll not yet used. */
    private long last(AccessScope system, long branchId, List<Long> used) {
        List<MemberRow> roll = members.list(system, new MemberQuery(branchId, null, MemberKind.FULL, null, null, null,
                null, null, null, false), new PageRequest(1, 200)).items();
        for (int i = roll.size() - 1; i >= 0; i--) {
            if (!used.contains(roll.get(i).id())) {
                used.add(roll.get(i).id());
                return roll.get(i).id();
            }
        }
        throw new IllegalStateException("no member left in branch " + branchId);
    }
}
