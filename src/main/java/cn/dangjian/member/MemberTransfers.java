package cn.dangjian.member;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.dangjian.member.internal.MemberRecord;
import cn.dangjian.member.internal.MemberRecords;
import cn.dangjian.member.internal.MemberRules;
import cn.dangjian.member.internal.MemberStore;
import cn.dangjian.member.internal.SensitiveFieldCipher;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.CitizenId;
import cn.dangjian.shared.ConflictException;
import cn.dangjian.shared.FieldProblem;
import cn.dangjian.shared.ForModules;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The member side of 组织关系转接 and 流动党员 (JY-09, ZJ-09): once the receiving organization has accepted, the
 * member's record moves there with everything kept — personal details, membership dates, status history — and the
 * move is written into the history as 组织关系转接; a member arriving with a letter from outside the platform is
 * created from it; a member registered as flowing out is marked 流动 until the outflow ends. Nobody retypes the
 * member. Called by the transfer module, which has checked each transfer step against its caller; the 流动 marks
 * are checked against the caller's scope here, as any status change.
 */
@Service
@ForModules
@Transactional
public class MemberTransfers {

    /** Who may move: a member on the roll. 停止党籍, 出党 and 死亡 end the relationship instead. */
    public static final Set<MembershipStatus> MOVABLE = EnumSet.of(MembershipStatus.NORMAL, MembershipStatus.PARTY_PROBATION);

    private final MemberStore store;
    private final Members members;
    private final MemberRecords records;
    private final SensitiveFieldCipher cipher;
    private final OrgUnits orgs;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MemberTransfers(MemberStore store, Members members, MemberRecords records, SensitiveFieldCipher cipher,
                    OrgUnits orgs, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.members = members;
        this.records = records;
        this.cipher = cipher;
        this.orgs = orgs;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A member arriving from outside the platform with a 介绍信: the record is created from {@code form} — with the
     * membership dates and 正式/预备 status the member already has, not as a new recruit — in the organization the
     * form names, and the arrival written into the history as 组织关系转入. The caller (the transfer module) has
     * checked that the organization is within its caller's reach. Publishes {@link MemberArrived}.
     *
     * {@code found} are the problems the caller already has with its own fields (the letter's); each field is named
     * once, the caller's problem first.
     *
     * @throws InvalidInputException naming each field that fails the member rules, or a 身份证号 already on a record,
     *                               together with {@code found}
     */
    public long arrive(String actor, MemberForm form, LocalDate on, String fromName, YearMonth duesPaidUpTo,
                       List<FieldProblem> found) {
        List<FieldProblem> problems = new ArrayList<>(found);
        problemsOfArrival(form).stream().filter(p -> problems.stream().noneMatch(q -> q.field().equals(p.field())))
                .forEach(problems::add);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        OrgUnitRef org = orgs.ref(form.orgId()).orElseThrow();
        String hash = cipher.blindIndex(CitizenId.parse(form.citizenId()).value());
        MemberRecord record = records.newMember(form, CitizenId.parse(form.citizenId()), hash, org, on);
        long memberId = store.insert(record);
        String state = Members.state(record);
        store.insertStatusChange(memberId, StatusChangeType.TRANSFERRED_IN, on, "由" + fromName + "转入" + org.name(),
                "组织关系在平台外", state, actor);
        events.publishEvent(new MemberArrived(actor, memberId, org.id(), org.path(), fromName, on, duesPaidUpTo));
        return memberId;
    }

    /**
     * The member went away without transferring (ZJ-09): marked 流动 from {@code on}, checked and recorded as a
     * status change on the caller's behalf (the caller must be allowed to edit the member). A member already marked
     * (by the roster import) stays as they are.
     */
    public void goMobile(AccessScope scope, long memberId, LocalDate on, String reason) {
        mobility(scope, memberId, StatusChangeType.MOBILE_OUT, on, reason);
    }

    /** The member's outflow ended on {@code on} (back, or the relationship transferred). */
    public void endMobile(AccessScope scope, long memberId, LocalDate on, String reason) {
        mobility(scope, memberId, StatusChangeType.MOBILE_BACK, on, reason);
    }

    private void mobility(AccessScope scope, long memberId, StatusChangeType type, LocalDate on, String reason) {
        MemberRecord m = store.find(memberId).orElseThrow(() -> new NotFoundException("党员不存在"));
        if (m.mobile() == (type == StatusChangeType.MOBILE_BACK)) {
            members.applyStatusChange(scope, memberId, new StatusChange(type, on, reason, m.version()));
        }
    }

    /** The member rules, an organization that cannot hold members, a 身份证号 already on a record. */
    private List<FieldProblem> problemsOfArrival(MemberForm form) {
        List<FieldProblem> problems = new ArrayList<>(MemberRules.check(form, null, LocalDate.now(clock)));
        if (form.orgId() != null && orgs.ref(form.orgId()).filter(o -> o.active() && o.type().holdsMembers()).isEmpty()) {
            problems.add(new FieldProblem("orgId", "接收党组织", "已撤销或不能直接管理党员的组织关系"));
        }
        if (problems.stream().noneMatch(p -> p.field().equals("citizenId"))
                && store.findByCitizenHash(cipher.blindIndex(CitizenId.parse(form.citizenId()).value())).isPresent()) {
            problems.add(new FieldProblem("citizenId", "身份证号",
                    "该身份证号已有党员档案，不能重复转入；原在本平台转出的党员回转时请联系上级党组织核对"));
        }
        return problems;
    }

    /**
     * Moves the member from {@code fromOrgId} to {@code toOrgId}, received on {@code on}, and publishes
     * {@link MemberTransferred}. A 流动党员 is one no longer: the relationship is now where they are.
     *
     * @throws ConflictException when the member is no longer held by the sending organization, is not on the roll,
     *                           or the receiving organization cannot hold members
     */
    public void receive(String actor, long memberId, long fromOrgId, long toOrgId, LocalDate on, long transferId) {
        MemberRecord m = store.find(memberId).orElseThrow(() -> new NotFoundException("党员不存在"));
        if (m.orgId() != fromOrgId) {
            throw new ConflictException(m.name() + "的组织关系已不在转出党组织，不能接收；请转出党组织撤销该转接");
        }
        if (!MOVABLE.contains(m.status())) {
            throw new ConflictException(m.name() + "的党籍状态为“" + m.status().label() + "”，不能转接组织关系");
        }
        OrgUnitRef from = orgs.ref(fromOrgId).orElseThrow(() -> new NotFoundException("党组织不存在"));
        OrgUnitRef to = orgs.ref(toOrgId).filter(o -> o.active() && o.type().holdsMembers())
                .orElseThrow(() -> new ConflictException("接收的党组织已撤销或不能直接管理党员"));
        if (!store.moveTo(memberId, fromOrgId, to.id(), to.path(), m.version())) {
            throw new ConflictException("该党员信息已被他人修改，请刷新页面后重试");
        }
        store.insertStatusChange(memberId, StatusChangeType.TRANSFERRED, on,
                "由" + from.name() + "转入" + to.name(), Members.state(m), Members.state(m, false), actor);
        events.publishEvent(new MemberTransferred(actor, memberId, to.id(), to.path(), from.id(), from.name(),
                to.name(), on, transferId));
    }

    /**
     * The member's relationship left the platform: the 回执 of the letter to {@code toName} came back saying the
     * member was received on {@code on}. The record stays with the sending organization, marked 已转出, off its
     * roll; a {@link MemberStatusChanged} tells the other modules.
     */
    public void leave(String actor, long memberId, long fromOrgId, LocalDate on, String toName) {
        MemberRecord m = store.find(memberId).orElseThrow(() -> new NotFoundException("党员不存在"));
        if (m.orgId() != fromOrgId || !MOVABLE.contains(m.status())) {
            throw new ConflictException(m.name() + "的组织关系已不在转出党组织或党籍状态已变化，请核对后再登记回执");
        }
        MemberRecord after = new MemberRecord(m.id(), m.name(), m.gender(), m.ethnicity(), m.birthDate(),
                m.citizenIdEnc(), m.citizenIdHash(), m.nativePlace(), m.education(), m.degree(), m.occupation(),
                m.unitId(), m.position(), m.phoneEnc(), m.appliedOn(), m.joinedOn(), m.confirmedOn(), m.kind(),
                MembershipStatus.TRANSFERRED_OUT, m.orgId(), m.orgPath(), m.partyGroupId(), m.leadingCadre(),
                false, m.lostContact(), m.lostContactSince(), m.version());
        if (!store.update(after)) {
            throw new ConflictException("该党员信息已被他人修改，请刷新页面后重试");
        }
        String before = Members.state(m);
        String reason = "组织关系转往" + toName + "，回执已收回";
        store.insertStatusChange(memberId, StatusChangeType.TRANSFERRED_OUT, on, reason, before, Members.state(after), actor);
        events.publishEvent(new MemberStatusChanged(actor, memberId, m.orgId(), StatusChangeType.TRANSFERRED_OUT, on,
                reason, before, Members.state(after)));
    }
}
