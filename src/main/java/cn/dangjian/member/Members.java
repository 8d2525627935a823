package cn.dangjian.member;

import static cn.dangjian.shared.Texts.blankToNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import cn.dangjian.member.internal.Masking;
import cn.dangjian.member.internal.MemberAudit;
import cn.dangjian.member.internal.MemberBulkWriter;
import cn.dangjian.member.internal.MemberRecord;
import cn.dangjian.member.internal.MemberRecords;
import cn.dangjian.member.internal.MemberRules;
import cn.dangjian.member.internal.MemberStore;
import cn.dangjian.member.internal.SensitiveFieldCipher;
import cn.dangjian.org.OrgType;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.org.UnitView;
import cn.dangjian.org.Units;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.AuditedChange.FieldChange;
import cn.dangjian.shared.CitizenId;
import cn.dangjian.shared.ConflictException;
import cn.dangjian.shared.DateKind;
import cn.dangjian.shared.FieldProblem;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.NotFoundException;
import cn.dangjian.shared.PageRequest;
import cn.dangjian.shared.PageResult;
import cn.dangjian.shared.Permission;
import cn.dangjian.shared.SortOrder;
import cn.dangjian.shared.TextKind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The member roll's facade: every read and write goes through the caller's {@link AccessScope}. */
@Service
@Transactional(readOnly = true)
public class Members {

    static final String NOT_FOUND = "未找到该党员，或该党员不在您的管理范围内";

    private final MemberStore store;
    private final SensitiveFieldCipher cipher;
    private final OrgUnits orgs;
    private final Units units;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final MemberBulkWriter bulkWriter;
    private final MemberRecords records;
    private final MemberAudit audit;

    Members(MemberStore store, SensitiveFieldCipher cipher, OrgUnits orgs, Units units, ApplicationEventPublisher events,
            Clock clock, MemberBulkWriter bulkWriter, MemberRecords records, MemberAudit audit) {
        this.audit = audit;
        this.bulkWriter = bulkWriter;
        this.records = records;
        this.store = store;
        this.cipher = cipher;
        this.orgs = orgs;
        this.units = units;
        this.events = events;
        this.clock = clock;
    }

    // --- reads ------------------------------------------------------------------------------------

    public PageResult<MemberRow> list(AccessScope scope, MemberQuery query, PageRequest page) {
        return list(scope, query, page, null);
    }

    /** One page of the list in the order asked for (null: roster order); an unknown sort column is refused. */
    public PageResult<MemberRow> list(AccessScope scope, MemberQuery query, PageRequest page, SortOrder sort) {
        scope.require(Permission.MEMBER_VIEW);
        MemberStore.Filter filter = filter(scope, query);
        long total = store.count(filter);
        List<MemberRecord> records = store.page(filter, page, sort);
        Map<Long, String> orgNames = orgNames(records.stream().map(MemberRecord::orgId).distinct().toList());
        List<MemberRow> rows = records.stream().map(r -> row(scope, r, orgNames)).toList();
        return new PageResult<>(rows, total, page.page(), page.size());
    }

    /** Every member matching the query, in roster order, one at a time (for exports). */
    public void forEach(AccessScope scope, MemberQuery query, Consumer<MemberView> sink) {
        scope.require(Permission.MEMBER_EXPORT);
        MemberStore.Filter filter = filter(scope, query);
        Map<Long, String> orgNames = new HashMap<>();
        Map<Long, String> unitNames = new HashMap<>();
        store.stream(filter, r -> sink.accept(view(scope, r, orgNames, unitNames)));
    }

    public MemberView get(AccessScope scope, long id) {
        scope.require(Permission.MEMBER_VIEW);
        return view(scope, requireInScope(scope, id), new HashMap<>(), new HashMap<>());
    }

    public List<StatusHistoryEntry> history(AccessScope scope, long id) {
        scope.require(Permission.MEMBER_VIEW);
        requireInScope(scope, id);
        return store.history(id);
    }

    /**
     * The members whose relationship this organization holds and who take part in its organizational life
     * (正常 and 留党察看; 停止党籍 members do not), in name order.
     */
    public List<RosterEntry> roster(AccessScope scope, long orgId) {
        scope.require(Permission.MEMBER_VIEW);
        orgs.refInScope(scope, orgId);
        return store.roster(orgId);
    }

    /** Member head count of an organization's subtree, with the breakdown per direct child. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Headcount headcount(AccessScope scope, long orgId) {
        scope.require(Permission.MEMBER_VIEW);
        OrgUnitRef org = orgs.refInScope(scope, orgId);
        return store.headcount(org.id(), org.path());
    }

    // --- writes -----------------------------------------------------------------------------------

    @Transactional
    public long create(AccessScope scope, MemberForm form) {
        scope.require(Permission.MEMBER_EDIT);
        if (form.orgId() != null) {
            orgs.refInScope(scope, form.orgId());
        }
        LocalDate today = LocalDate.now(clock);
        List<FieldProblem> problems = new ArrayList<>(MemberRules.check(form, null, today));
        OrgUnitRef org = checkPlacement(scope, form, problems);
        String hash = null;
        if (problems.stream().noneMatch(p -> p.field().equals("citizenId"))) {
            hash = cipher.blindIndex(CitizenId.parse(form.citizenId()).value());
            store.findByCitizenHash(hash).ifPresent(existing -> problems.add(duplicate(scope, existing)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        CitizenId id = CitizenId.parse(form.citizenId());
        MemberRecord record = records.newMember(form, id, hash, org, today);
        long memberId = store.insert(record);
        events.publishEvent(new MemberAdded(scope.username(), memberId, org.id(), record.name(),
                audit.describe(null, record)));
        return memberId;
    }

    @Transactional
    public void update(AccessScope scope, long id, MemberForm form, int version) {
        scope.require(Permission.MEMBER_EDIT);
        MemberRecord before = requireInScope(scope, id);
        LocalDate today = LocalDate.now(clock);
        String storedId = cipher.decrypt(before.citizenIdEnc());
        // kind is changed only by 转正 (a status change), never by editing the form
        MemberForm effective = withKind(form, before.kind(), before.kind() == MemberKind.FULL && form.confirmedOn() == null
                ? before.confirmedOn() : form.confirmedOn());
        List<FieldProblem> problems = new ArrayList<>(MemberRules.check(effective, storedId, today));
        OrgUnitRef org = checkPlacement(scope, effective, problems);
        CitizenId citizenId = null;
        String hash = before.citizenIdHash();
        if (problems.stream().noneMatch(p -> p.field().equals("citizenId"))) {
            citizenId = CitizenId.parse(blankToNull(form.citizenId()) == null ? storedId : form.citizenId());
            hash = cipher.blindIndex(citizenId.value());
            if (!hash.equals(before.citizenIdHash())) {
                store.findByCitizenHash(hash).ifPresent(existing -> problems.add(duplicate(scope, existing)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String phone = blankToNull(form.phone()) == null ? cipher.decrypt(before.phoneEnc()) : blankToNull(form.phone());
        MemberForm stored = new MemberForm(effective.name(), effective.gender(), effective.ethnicity(),
                effective.birthDate(), citizenId.value(), effective.nativePlace(), effective.education(),
                effective.degree(), effective.occupation(), effective.unitId(), effective.position(), phone,
                effective.appliedOn(), effective.joinedOn(), effective.confirmedOn(), before.kind(), effective.orgId(),
                effective.partyGroupId(), effective.leadingCadre(), effective.mobile(), effective.lostContact());
        LocalDate lostSince = !form.lostContact() ? null : before.lostContact() ? before.lostContactSince() : today;
        MemberRecord after = records.of(id, stored, citizenId, hash, org, before.status(), lostSince, version);
        if (!store.update(after)) {
            throw new ConflictException("该党员信息已被他人修改，请刷新页面后重试");
        }
        List<FieldChange> changes = audit.describe(before, after);
        if (!changes.isEmpty()) {
            events.publishEvent(new MemberChanged(scope.username(), id, org.id(), changes));
        }
    }

    /** Records a status change (转正, 停止党籍 …): the history keeps every change, nothing is overwritten. */
    @Transactional
    public void changeStatus(AccessScope scope, long id, StatusChange change) {
        if (change.type() != null && !change.type().recordedByHand()) {
            scope.require(Permission.MEMBER_EDIT);
            requireInScope(scope, id);
            throw new InvalidInputException("type", "变动类型", change.type().recordedWhere());
        }
        applyStatusChange(scope, id, change);
    }

    /** A status change checked and written, including those another step records ({@link MemberTransfers}). */
    void applyStatusChange(AccessScope scope, long id, StatusChange change) {
        scope.require(Permission.MEMBER_EDIT);
        MemberRecord m = requireInScope(scope, id);
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        if (change.type() == null) {
            throw new InvalidInputException("type", "变动类型", "请选择变动类型");
        }
        if (change.effectiveOn() == null) {
            problems.add(new FieldProblem("effectiveOn", "生效日期", "不能为空"));
        } else if (change.effectiveOn().isAfter(today)) {
            problems.add(new FieldProblem("effectiveOn", "生效日期", "不能晚于今天"));
        } else if (change.effectiveOn().isBefore(m.joinedOn())) {
            problems.add(new FieldProblem("effectiveOn", "生效日期", "不能早于入党日期 " + m.joinedOn()));
        }
        DateKind.PARTY_EVENT.check("effectiveOn", "生效日期", change.effectiveOn(), problems);
        String reason = TextKind.LONG_TEXT.optional("reason", "原因", change.reason(), problems);
        if (reason == null && blankToNull(change.reason()) == null && change.type() != StatusChangeType.CONFIRM) {
            problems.add(new FieldProblem("reason", "原因", "请填写" + change.type().label() + "的原因"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!change.type().allowedFrom().contains(m.status())) {
            throw new ConflictException("该党员当前党籍状态为“" + m.status().label() + "”，不能办理“" + change.type().label() + "”");
        }
        MemberKind kind = m.kind();
        MembershipStatus status = m.status();
        LocalDate confirmedOn = m.confirmedOn();
        boolean lost = m.lostContact();
        LocalDate lostSince = m.lostContactSince();
        boolean mobile = m.mobile();
        switch (change.type()) {
            case CONFIRM -> {
                if (kind != MemberKind.PROBATIONARY) {
                    throw new ConflictException("该党员已是正式党员，无需转正");
                }
                if (!change.effectiveOn().isAfter(m.joinedOn())) {
                    throw new InvalidInputException("effectiveOn", "生效日期", "转正日期应晚于入党日期");
                }
                kind = MemberKind.FULL;
                confirmedOn = change.effectiveOn();
                reason = reason == null ? "预备期满，经支部党员大会讨论通过，报上级党组织批准" : reason;
            }
            case CANCEL_PROBATION -> {
                if (kind != MemberKind.PROBATIONARY) {
                    throw new ConflictException("该党员是正式党员，不能取消预备党员资格");
                }
                status = MembershipStatus.LEFT;
            }
            case PARTY_PROBATION -> status = MembershipStatus.PARTY_PROBATION;
            case RIGHTS_RESTORED, RESTORE -> status = MembershipStatus.NORMAL;
            case SUSPEND -> status = MembershipStatus.SUSPENDED;
            case LEAVE -> status = MembershipStatus.LEFT;
            case DEATH -> status = MembershipStatus.DECEASED;
            case LOST_CONTACT -> {
                requireFlag(!lost, "该党员已登记为失联");
                lost = true;
                lostSince = change.effectiveOn();
            }
            case CONTACT_RESTORED -> {
                requireFlag(lost, "该党员未登记为失联");
                lost = false;
                lostSince = null;
            }
            case MOBILE_OUT -> {
                requireFlag(!mobile, "该党员已登记为流动党员");
                mobile = true;
            }
            case MOBILE_BACK -> {
                requireFlag(mobile, "该党员未登记为流动党员");
                mobile = false;
            }
        }
        MemberRecord after = new MemberRecord(m.id(), m.name(), m.gender(), m.ethnicity(), m.birthDate(),
                m.citizenIdEnc(), m.citizenIdHash(), m.nativePlace(), m.education(), m.degree(), m.occupation(),
                m.unitId(), m.position(), m.phoneEnc(), m.appliedOn(), m.joinedOn(), confirmedOn, kind, status,
                m.orgId(), m.orgPath(), m.partyGroupId(), m.leadingCadre(), mobile, lost, lostSince, change.version());
        if (!store.update(after)) {
            throw new ConflictException("该党员信息已被他人修改，请刷新页面后重试");
        }
        String beforeState = state(m);
        String afterState = state(after);
        store.insertStatusChange(id, change.type(), change.effectiveOn(), reason, beforeState, afterState, scope.username());
        events.publishEvent(new MemberStatusChanged(scope.username(), id, m.orgId(), change.type(),
                change.effectiveOn(), reason, beforeState, afterState));
    }

    /**
     * Loads many members at once (demo and benchmark data, migrations from another system). Every form
     * is checked by the same rules as a form typed by hand; the first invalid one aborts the whole load.
     * Existing members (same 身份证号) are updated, not duplicated.
     */
    @Transactional
    public BulkLoadResult bulkLoad(AccessScope scope, Iterator<MemberForm> forms) {
        scope.require(Permission.MEMBER_IMPORT);
        LocalDate today = LocalDate.now(clock);
        Map<Long, OrgUnitRef> orgCache = new HashMap<>();
        int[] position = {0};
        Iterator<MemberRecord> rows = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return forms.hasNext();
            }

            @Override
            public MemberRecord next() {
                MemberForm form = forms.next();
                position[0]++;
                List<FieldProblem> problems = new ArrayList<>(MemberRules.check(form, null, today));
                OrgUnitRef org = form.orgId() == null ? null : orgCache.computeIfAbsent(form.orgId(),
                        id -> orgs.ref(id).filter(o -> scope.coversOrg(o.id(), o.path())).orElse(null));
                if (form.orgId() != null && org == null) {
                    problems.add(new FieldProblem("orgId", "所在党组织", "未找到该党组织，或不在您的管理范围内"));
                }
                if (!problems.isEmpty()) {
                    throw new InvalidInputException(problems.stream().map(p -> new FieldProblem(p.field(),
                            "第" + position[0] + "条 " + p.label(), p.message())).toList());
                }
                CitizenId id = CitizenId.parse(form.citizenId());
                return records.newMember(form, id, cipher.blindIndex(id.value()), org, today);
            }
        };
        MemberBulkWriter.Result result = bulkWriter.write(rows, written -> { });
        return new BulkLoadResult(result.inserted(), result.updated());
    }

    // --- helpers -----------------------------------------------------------------------------------

    MemberRecord requireInScope(AccessScope scope, long id) {
        MemberRecord m = store.find(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        if (!scope.coversMember(m.id(), m.orgId(), m.orgPath())) {
            throw new NotFoundException(NOT_FOUND);
        }
        return m;
    }

    private MemberStore.Filter filter(AccessScope scope, MemberQuery query) {
        String within = query.orgId() == null ? null : orgs.refInScope(scope, query.orgId()).path();
        String text = blankToNull(query.text());
        String hash = text != null && CitizenId.problemOf(text).isEmpty()
                ? cipher.blindIndex(CitizenId.parse(text).value()) : null;
        return store.filter(scope, query, within, hash, LocalDate.now(clock));
    }

    /** The member's organization must exist, be active, hold members, and lie inside the caller's scope. */
    private OrgUnitRef checkPlacement(AccessScope scope, MemberForm form, List<FieldProblem> problems) {
        if (form.orgId() == null) {
            return null;
        }
        Optional<OrgUnitRef> org = orgs.ref(form.orgId()).filter(o -> scope.coversOrg(o.id(), o.path()));
        if (org.isEmpty()) {
            problems.add(new FieldProblem("orgId", "所在党组织", "未找到该党组织，或不在您的管理范围内"));
            return null;
        }
        if (!org.get().active()) {
            problems.add(new FieldProblem("orgId", "所在党组织", "该组织已撤销"));
        } else if (!org.get().type().holdsMembers()) {
            problems.add(new FieldProblem("orgId", "所在党组织", org.get().type().label() + "不能直接管理党员的组织关系"));
        }
        if (form.partyGroupId() != null) {
            Optional<OrgUnitRef> group = orgs.ref(form.partyGroupId());
            if (group.isEmpty() || group.get().type() != OrgType.PARTY_GROUP
                    || !Objects.equals(group.get().parentId(), org.get().id())) {
                problems.add(new FieldProblem("partyGroupId", "所在党小组", "应为所在党组织下设的党小组"));
            }
        }
        if (form.unitId() != null && units.find(form.unitId()).isEmpty()) {
            problems.add(new FieldProblem("unitId", "工作单位", "未找到该单位"));
        }
        return org.get();
    }

    private FieldProblem duplicate(AccessScope scope, MemberRecord existing) {
        String where = scope.coversOrg(existing.orgId(), existing.orgPath())
                ? "（" + existing.name() + "，" + orgNames(List.of(existing.orgId())).get(existing.orgId()) + "）"
                : "（组织关系在您管理范围以外的党组织）";
        return new FieldProblem("citizenId", "身份证号", "该身份证号已登记为党员" + where);
    }

    private static MemberForm withKind(MemberForm f, MemberKind kind, LocalDate confirmedOn) {
        return new MemberForm(f.name(), f.gender(), f.ethnicity(), f.birthDate(), f.citizenId(), f.nativePlace(),
                f.education(), f.degree(), f.occupation(), f.unitId(), f.position(), f.phone(), f.appliedOn(),
                f.joinedOn(), confirmedOn, kind, f.orgId(), f.partyGroupId(), f.leadingCadre(), f.mobile(),
                f.lostContact());
    }

    private MemberRow row(AccessScope scope, MemberRecord r, Map<Long, String> orgNames) {
        String id = cipher.decrypt(r.citizenIdEnc());
        return new MemberRow(r.id(), r.name(), r.gender(), r.birthDate(),
                scope.can(Permission.MEMBER_SENSITIVE) ? id : CitizenId.parse(id).masked(), r.education(),
                r.joinedOn(), r.kind(), r.status(), r.orgId(), orgNames.get(r.orgId()), r.lostContact(), r.mobile());
    }

    private MemberView view(AccessScope scope, MemberRecord r, Map<Long, String> orgNames, Map<Long, String> unitNames) {
        boolean sensitive = scope.can(Permission.MEMBER_SENSITIVE);
        String id = cipher.decrypt(r.citizenIdEnc());
        String phone = cipher.decrypt(r.phoneEnc());
        String orgName = orgNames.computeIfAbsent(r.orgId(), o -> orgs.ref(o).map(OrgUnitRef::name).orElse(null));
        String groupName = r.partyGroupId() == null ? null
                : orgNames.computeIfAbsent(r.partyGroupId(), o -> orgs.ref(o).map(OrgUnitRef::name).orElse(null));
        String unitName = r.unitId() == null ? null
                : unitNames.computeIfAbsent(r.unitId(), u -> units.find(u).map(UnitView::name).orElse(null));
        return new MemberView(r.id(), r.name(), r.gender(), r.ethnicity(), r.birthDate(),
                sensitive ? id : CitizenId.parse(id).masked(), r.nativePlace(), r.education(), r.degree(),
                r.occupation(), r.unitId(), unitName, r.position(), sensitive ? phone : Masking.phone(phone), r.appliedOn(),
                r.joinedOn(), r.confirmedOn(), r.kind(), r.status(), r.orgId(), orgName, r.partyGroupId(), groupName,
                r.leadingCadre(), r.mobile(), r.lostContact(), r.lostContactSince(), r.version(), sensitive);
    }

    private Map<Long, String> orgNames(List<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        orgs.refs(ids).forEach(o -> names.put(o.id(), o.name()));
        return names;
    }

    static String state(MemberRecord m) {
        return state(m, m.mobile());
    }

    /** The state of {@code m} with the 流动 mark as given. */
    static String state(MemberRecord m, boolean mobile) {
        return m.kind().label() + "·" + m.status().label() + (m.lostContact() ? "·失联" : "") + (mobile ? "·流动" : "");
    }

    private static void requireFlag(boolean ok, String message) {
        if (!ok) {
            throw new ConflictException(message);
        }
    }

}
