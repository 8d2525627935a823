package cn.dangjian.transfer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import cn.dangjian.member.MemberPlacement;
import cn.dangjian.member.MemberQueries;
import cn.dangjian.member.MemberTransfers;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.parameters.RuleParameters;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.ConflictException;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.NotFoundException;
import cn.dangjian.shared.Permission;
import cn.dangjian.shared.TextKind;
import cn.dangjian.transfer.internal.LetterIssuer;
import cn.dangjian.transfer.internal.Transfer;
import cn.dangjian.transfer.internal.TransferAccess;
import cn.dangjian.transfer.internal.TransferBatch;
import cn.dangjian.transfer.internal.TransferPages;
import cn.dangjian.transfer.internal.TransferParameters;
import cn.dangjian.transfer.internal.TransferRepository;
import cn.dangjian.transfer.internal.TransferViews;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 组织关系转接, each step checked against the caller: the sending branch starts, submits and withdraws; the
 * organization whose turn it is approves or returns; the receiving branch — which sees the transfer, and the
 * member's details, only once it has been sent to it — accepts or returns it with the reason. A transfer out of the
 * platform gets its numbered 介绍信 when it is sent (see {@link TransferLetters} for the letter and its 回执). A
 * transfer outside the caller's reach is not found (404) before its version is looked at (409). The route of
 * approvals is the deployment's parameter ({@link TransferParameters#ROUTE}, ZJ-08). The transfers of a 整建制转移
 * (see {@link TransferBatches}) move together: each step on one is taken on all of them at once.
 */
@Service
@Transactional
public class Transfers {

    private final TransferRepository repository;
    private final TransferAccess access;
    private final TransferViews views;
    private final TransferPages pages;
    private final LetterIssuer letters;
    private final TransferBatch batch;
    private final OrgUnits orgs;
    private final MemberQueries members;
    private final MemberTransfers moves;
    private final JdbcClient jdbc;
    private final RuleParameters parameters;
    private final Clock clock;

    Transfers(TransferRepository repository, TransferAccess access, TransferViews views, TransferPages pages,
              LetterIssuer letters, TransferBatch batch, OrgUnits orgs, MemberQueries members,
              MemberTransfers moves, JdbcClient jdbc, RuleParameters parameters, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.views = views;
        this.pages = pages;
        this.letters = letters;
        this.batch = batch;
        this.orgs = orgs;
        this.members = members;
        this.moves = moves;
        this.jdbc = jdbc;
        this.parameters = parameters;
        this.clock = clock;
    }

    /** A transfer to another organization of the platform, as a draft of the sending branch. */
    public long start(AccessScope scope, StartTransfer cmd) {
        MemberPlacement member = movable(scope, cmd.memberId());
        OrgUnitRef to = cmd.toOrgId() == null ? null : orgs.ref(cmd.toOrgId()).filter(OrgUnitRef::active)
                .orElseThrow(() -> new InvalidInputException("toOrgId", "转入党组织", "不存在或已撤销"));
        if (to != null && !to.type().holdsMembers()) {
            throw new InvalidInputException("toOrgId", "转入党组织", to.type().label() + "不直接管理党员的组织关系，请选择党支部");
        }
        OrgUnitRef from = orgs.ref(member.orgId()).orElseThrow(() -> new NotFoundException("党组织不存在"));
        LocalDate on = day(cmd.on(), "发起日期");
        return save(member, Transfer.draft(TransferKind.WITHIN, member.memberId(), from.id(), from.path(),
                to == null ? null : to.id(), to == null ? null : to.path(), null, cmd.reason(), on, route(from, on),
                scope.username()));
    }

    /** A transfer out of the platform with a 介绍信 (ZJ-02), as a draft of the sending branch. */
    public long startOut(AccessScope scope, StartLetterTransfer cmd) {
        MemberPlacement member = movable(scope, cmd.memberId());
        List<cn.dangjian.shared.FieldProblem> problems = new ArrayList<>();
        String toName = TextKind.SHORT_TEXT.required("toName", "转往党组织", cmd.toName(), problems);
        String addressee = TextKind.SHORT_TEXT.optional("addressee", "介绍信抬头", cmd.addressee(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        OrgUnitRef from = orgs.ref(member.orgId()).orElseThrow(() -> new NotFoundException("党组织不存在"));
        LocalDate on = day(cmd.on(), "发起日期");
        return save(member, Transfer.draft(TransferKind.OUT, member.memberId(), from.id(), from.path(), null, null,
                toName, cmd.reason(), on, route(from, on), scope.username()).withLetter(addressee, cmd.carrier()));
    }

    public void submit(AccessScope scope, long id, int version) {
        submit(scope, id, version, null);
    }

    /** Submitted on {@code on} (today when {@code null}; a step done on paper may be recorded later, never ahead). */
    public void submit(AccessScope scope, long id, int version, LocalDate on) {
        Transfer t = access.asSender(scope, id, version);
        LocalDate day = stepDay(on);
        List<Transfer> all = batch.with(t);
        all.forEach(each -> each.submit(day));
        issueIfSent(all, day);
    }

    public void cancel(AccessScope scope, long id, int version) {
        Transfer t = access.asSender(scope, id, version);
        List<Transfer> all = batch.with(t);
        all.forEach(Transfer::cancel);
        batch.save(all);
    }

    /** The organization whose turn it is agrees (the caller must reach it and may approve transfers). */
    public void approve(AccessScope scope, long id, int version) {
        approve(scope, id, version, null);
    }

    /** As {@link #approve(AccessScope, long, int)}, agreed on {@code on} (today when {@code null}). */
    public void approve(AccessScope scope, long id, int version, LocalDate on) {
        scope.require(Permission.TRANSFER_APPROVE);
        Transfer t = access.visible(scope, id, version);
        LocalDate day = stepDay(on);
        long acting = access.actingFor(scope, t.waitingFor());
        List<Transfer> all = batch.with(t);
        all.forEach(each -> each.approve(acting, day, scope.username()));
        issueIfSent(all, day);
    }

    /**
     * Returned with its reason: by the approver whose turn it is, by the receiving organization once sent, or — for
     * a letter out of the platform that came back — by the sending organization.
     */
    public void sendBack(AccessScope scope, long id, String reason, int version) {
        scope.require(Permission.TRANSFER_RECORD);
        Transfer t = access.visible(scope, id, version);
        Long acting = t.state() == TransferState.APPROVING ? t.waitingFor()
                : t.kind() == TransferKind.OUT ? Long.valueOf(t.fromOrgId()) : t.toOrgId();
        if (t.state() == TransferState.APPROVING) {
            scope.require(Permission.TRANSFER_APPROVE);
        }
        long org = access.actingFor(scope, acting);
        LocalDate today = LocalDate.now(clock);
        List<Transfer> all = batch.with(t);
        all.forEach(each -> each.sendBack(org, today, reason, scope.username()));
        batch.save(all);
    }

    /** The receiving organization takes the member in; the member's record, history and dues move with them. */
    public void accept(AccessScope scope, long id, int version) {
        scope.require(Permission.TRANSFER_RECORD);
        Transfer t = access.visible(scope, id, version);
        LocalDate today = LocalDate.now(clock);
        long org = access.actingFor(scope, t.toOrgId());
        List<Transfer> all = batch.with(t);
        all.forEach(each -> each.accept(org, today, scope.username()));
        batch.save(all);
        all.forEach(each -> moves.receive(scope.username(), each.memberId(), each.fromOrgId(), each.toOrgId(), today,
                each.id()));
    }

    @Transactional(readOnly = true)
    public TransferView get(AccessScope scope, long id) {
        scope.require(Permission.TRANSFER_VIEW);
        return views.of(List.of(access.find(scope, id))).get(0);
    }

    /**
     * The transfers an organization's subtree sends, receives (once sent to it) or approves, newest first — at
     * most 500 — narrowed by the query.
     */
    @Transactional(readOnly = true)
    public List<TransferView> list(AccessScope scope, long orgId, TransferQuery query) {
        scope.require(Permission.TRANSFER_VIEW);
        OrgUnitRef org = orgs.refInScope(scope, orgId);
        List<Long> ids = jdbc.sql("""
                        SELECT t.id FROM transfer t
                        WHERE (t.org_path LIKE :p OR (t.to_org_path LIKE :p AND t.sent_on IS NOT NULL)
                           OR EXISTS (SELECT 1 FROM transfer_step s WHERE s.transfer_id = t.id AND s.org_id = :org))
                          AND (CAST(:state AS text) IS NULL OR t.state = :state)
                          AND (CAST(:kind AS text) IS NULL OR t.kind = :kind)
                          AND (CAST(:year AS int) IS NULL OR extract(year FROM t.started_on) = :year)
                        ORDER BY t.started_on DESC, t.id DESC LIMIT 500""")
                .param("p", org.path() + "%").param("org", org.id())
                .param("state", query.state() == null ? null : query.state().name())
                .param("kind", query.kind() == null ? null : query.kind().name()).param("year", query.year())
                .query(Long.class).list();
        List<Transfer> found = new ArrayList<>();
        repository.findAllById(ids).forEach(t -> {
            if (access.canSee(scope, t)) {
                found.add(t);
            }
        });
        found.sort(Comparator.comparing(Transfer::startedOn).thenComparing(Transfer::id).reversed());
        String text = query.text() == null || query.text().isBlank() ? null : query.text().strip();
        return views.of(found).stream().filter(v -> text == null || v.memberName().contains(text)
                || (v.toOrgName() != null && v.toOrgName().contains(text))
                || (v.letter() != null && text.equals(v.letter().number()))).toList();
    }

    /** {@link #list(AccessScope, long, TransferQuery)} unfiltered. */
    @Transactional(readOnly = true)
    public List<TransferView> list(AccessScope scope, long orgId) {
        return list(scope, orgId, TransferQuery.ALL);
    }

    /**
     * Where the caller may send a member of {@code fromOrgId} within the platform: the active organizations of the
     * same tree that hold members, in tree order, the sender itself left out. Names only.
     */
    @Transactional(readOnly = true)
    public List<Destination> destinations(AccessScope scope, long fromOrgId) {
        scope.require(Permission.TRANSFER_RECORD);
        OrgUnitRef from = orgs.refInScope(scope, fromOrgId);
        return pages.holdingMembers(Long.parseLong(from.path().split("/")[1]), n -> n.id() != from.id());
    }

    /** An organization a member may be sent to. */
    public record Destination(long id, String name, String path) {
    }

    private void issueIfSent(List<Transfer> all, LocalDate day) {
        if (all.get(0).awaitsLetter()) {
            letters.issue(all, day);
        }
        batch.save(all);
    }

    private LocalDate stepDay(LocalDate on) {
        return day(on, "办理日期");
    }

    private LocalDate day(LocalDate on, String label) {
        LocalDate today = LocalDate.now(clock);
        if (on != null && on.isAfter(today)) {
            throw new InvalidInputException("on", label, "不能晚于今天");
        }
        return on == null ? today : on;
    }

    private MemberPlacement movable(AccessScope scope, long memberId) {
        scope.require(Permission.TRANSFER_RECORD);
        MemberPlacement member = members.placements(List.of(memberId)).get(memberId);
        if (member == null || !scope.coversMember(member.memberId(), member.orgId(), member.orgPath())) {
            throw new NotFoundException("党员不存在");
        }
        if (!MemberTransfers.MOVABLE.contains(member.status())) {
            throw new ConflictException(member.name() + "的党籍状态为“" + member.status().label() + "”，不能转接组织关系");
        }
        return member;
    }

    private long save(MemberPlacement member, Transfer draft) {
        try {
            return repository.save(draft).id();
        } catch (DuplicateKeyException e) {
            throw new ConflictException(member.name() + "已有正在办理的组织关系转接，请先办结或撤销");
        }
    }

    /**
     * The approvers in turn, by the parameter in force for the sending branch (ZJ-08): its 党委, then — where the
     * deployment routes transfers through it — the 机关工委 at the top of its tree; never the branch itself, never
     * the same organization twice.
     */
    private List<Long> route(OrgUnitRef from, LocalDate on) {
        TransferParameters.Route route = TransferParameters.route(parameters.valuesFor(from.path(), on));
        List<Long> approvers = new ArrayList<>();
        if (route != TransferParameters.Route.DIRECT) {
            approvers.add(orgs.approvingCommittee(from).id());
        }
        if (route == TransferParameters.Route.COMMITTEE_AND_WORK_COMMITTEE) {
            approvers.add(Long.parseLong(from.path().split("/")[1]));
        }
        return approvers.stream().distinct().filter(id -> id != from.id()).toList();
    }
}
