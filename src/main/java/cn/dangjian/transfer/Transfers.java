package cn.dangjian.transfer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
import cn.dangjian.transfer.internal.Transfer;
import cn.dangjian.transfer.internal.TransferParameters;
import cn.dangjian.transfer.internal.TransferRepository;
import cn.dangjian.transfer.internal.TransferStep;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 组织关系转接 within the platform, each step checked against the caller: the sending branch starts, submits and
 * withdraws; the organization whose turn it is approves or returns; the receiving branch — which sees the transfer,
 * and the member's details, only once it has been sent to it — accepts or returns it with the reason. A transfer
 * outside the caller's reach is not found (404) before its version is looked at (409). The route of approvals is
 * the deployment's parameter ({@link TransferParameters#ROUTE}, ZJ-08).
 */
@Service
@Transactional
public class Transfers {

    private static final String NOT_FOUND = "转接不存在";

    private final TransferRepository repository;
    private final OrgUnits orgs;
    private final MemberQueries members;
    private final MemberTransfers moves;
    private final JdbcClient jdbc;
    private final RuleParameters parameters;
    private final Clock clock;

    Transfers(TransferRepository repository, OrgUnits orgs, MemberQueries members, MemberTransfers moves,
              JdbcClient jdbc, RuleParameters parameters, Clock clock) {
        this.repository = repository;
        this.moves = moves;
        this.parameters = parameters;
        this.orgs = orgs;
        this.members = members;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public long start(AccessScope scope, StartTransfer cmd) {
        scope.require(Permission.TRANSFER_RECORD);
        MemberPlacement member = members.placements(List.of(cmd.memberId())).get(cmd.memberId());
        if (member == null || !scope.coversMember(member.memberId(), member.orgId(), member.orgPath())) {
            throw new NotFoundException("党员不存在");
        }
        OrgUnitRef from = orgs.ref(member.orgId()).orElseThrow(() -> new NotFoundException("党组织不存在"));
        if (!MemberTransfers.MOVABLE.contains(member.status())) {
            throw new ConflictException(member.name() + "的党籍状态为“" + member.status().label() + "”，不能转接组织关系");
        }
        OrgUnitRef to = cmd.toOrgId() == null ? null : orgs.ref(cmd.toOrgId()).filter(OrgUnitRef::active)
                .orElseThrow(() -> new InvalidInputException("toOrgId", "转入党组织", "不存在或已撤销"));
        if (to != null && !to.type().holdsMembers()) {
            throw new InvalidInputException("toOrgId", "转入党组织", to.type().label() + "不直接管理党员的组织关系，请选择党支部");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate on = cmd.on() == null ? today : cmd.on();
        if (on.isAfter(today)) {
            throw new InvalidInputException("on", "发起日期", "不能晚于今天");
        }
        List<Long> route = route(from, on);
        Transfer transfer = Transfer.draft(TransferKind.WITHIN, member.memberId(), from.id(), from.path(),
                to == null ? null : to.id(), to == null ? null : to.path(), null, cmd.reason(), on, route, scope.username());
        try {
            return repository.save(transfer).id();
        } catch (DuplicateKeyException e) {
            throw new ConflictException(member.name() + "已有正在办理的组织关系转接，请先办结或撤销");
        }
    }

    public void submit(AccessScope scope, long id, int version) {
        Transfer t = asSender(scope, id, version);
        t.submit(LocalDate.now(clock));
        repository.save(t);
    }

    public void cancel(AccessScope scope, long id, int version) {
        Transfer t = asSender(scope, id, version);
        t.cancel();
        repository.save(t);
    }

    /** The organization whose turn it is agrees (the caller must reach it and may approve transfers). */
    public void approve(AccessScope scope, long id, int version) {
        scope.require(Permission.TRANSFER_APPROVE);
        Transfer t = visible(scope, id, version);
        t.approve(actingFor(scope, t.waitingFor()), LocalDate.now(clock), scope.username());
        repository.save(t);
    }

    /** Returned with its reason by the approver whose turn it is, or by the receiving organization once sent. */
    public void sendBack(AccessScope scope, long id, String reason, int version) {
        scope.require(Permission.TRANSFER_RECORD);
        Transfer t = visible(scope, id, version);
        Long acting = t.state() == TransferState.APPROVING ? t.waitingFor() : t.toOrgId();
        if (t.state() == TransferState.APPROVING) {
            scope.require(Permission.TRANSFER_APPROVE);
        }
        t.sendBack(actingFor(scope, acting), LocalDate.now(clock), reason, scope.username());
        repository.save(t);
    }

    public void accept(AccessScope scope, long id, int version) {
        scope.require(Permission.TRANSFER_RECORD);
        Transfer t = visible(scope, id, version);
        LocalDate today = LocalDate.now(clock);
        t.accept(actingFor(scope, t.toOrgId()), today, scope.username());
        repository.save(t);
        moves.receive(scope.username(), t.memberId(), t.fromOrgId(), t.toOrgId(), today, t.id());
    }

    @Transactional(readOnly = true)
    public TransferView get(AccessScope scope, long id) {
        scope.require(Permission.TRANSFER_VIEW);
        return views(List.of(find(scope, id))).get(0);
    }

    /**
     * The transfers an organization's subtree sends, receives (once sent to it) or approves, newest first — at
     * most 500.
     */
    @Transactional(readOnly = true)
    public List<TransferView> list(AccessScope scope, long orgId) {
        scope.require(Permission.TRANSFER_VIEW);
        OrgUnitRef org = orgs.refInScope(scope, orgId);
        List<Long> ids = jdbc.sql("""
                        SELECT t.id FROM transfer t
                        WHERE t.org_path LIKE :p OR (t.to_org_path LIKE :p AND t.sent_on IS NOT NULL)
                           OR EXISTS (SELECT 1 FROM transfer_step s WHERE s.transfer_id = t.id AND s.org_id = ANY(:orgs))
                        ORDER BY t.started_on DESC, t.id DESC LIMIT 500""")
                .param("p", org.path() + "%").param("orgs", new Long[]{org.id()}).query(Long.class).list();
        List<Transfer> found = new ArrayList<>();
        repository.findAllById(ids).forEach(t -> {
            if (canSee(scope, t)) {
                found.add(t);
            }
        });
        found.sort(java.util.Comparator.comparing(Transfer::startedOn).thenComparing(Transfer::id).reversed());
        return views(found);
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

    private Transfer asSender(AccessScope scope, long id, int version) {
        scope.require(Permission.TRANSFER_RECORD);
        Transfer t = visible(scope, id, version);
        if (!scope.coversOrg(t.fromOrgId(), t.fromPath())) {
            throw new ConflictException("只有转出的党组织可以提交或撤销该转接");
        }
        return t;
    }

    /** The transfer if the caller may see it (else 404), at the version the caller read (else 409). */
    private Transfer visible(AccessScope scope, long id, int version) {
        Transfer t = find(scope, id);
        if (t.version() != version) {
            throw new ConflictException("该转接已被他人办理，请刷新后重试");
        }
        return t;
    }

    private Transfer find(AccessScope scope, long id) {
        Transfer t = repository.findById(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        if (!canSee(scope, t)) {
            throw new NotFoundException(NOT_FOUND);
        }
        return t;
    }

    /** The sender; the receiver once it was sent to it; an organization on its route. */
    private boolean canSee(AccessScope scope, Transfer t) {
        if (scope.coversOrg(t.fromOrgId(), t.fromPath())) {
            return true;
        }
        if (t.addressedToReceiver() && t.toOrgId() != null && scope.coversOrg(t.toOrgId(), t.toPath())) {
            return true;
        }
        List<Long> route = t.steps().stream().map(TransferStep::orgId).toList();
        return orgs.refs(route).stream().anyMatch(o -> scope.coversOrg(o.id(), o.path()));
    }

    /** The organization the caller acts for at this step: the one whose turn it is, if the caller reaches it. */
    private long actingFor(AccessScope scope, Long orgId) {
        OrgUnitRef org = orgId == null ? null : orgs.ref(orgId).orElse(null);
        if (org == null || !scope.coversOrg(org.id(), org.path())) {
            throw new ConflictException("该转接当前不由本组织办理");
        }
        return org.id();
    }

    private List<TransferView> views(List<Transfer> transfers) {
        List<Long> orgIds = new ArrayList<>();
        transfers.forEach(t -> {
            orgIds.add(t.fromOrgId());
            if (t.toOrgId() != null) {
                orgIds.add(t.toOrgId());
            }
            if (t.waitingFor() != null) {
                orgIds.add(t.waitingFor());
            }
        });
        Map<Long, String> names = new HashMap<>();
        orgs.refs(orgIds).forEach(o -> names.put(o.id(), o.name()));
        Map<Long, MemberPlacement> placed = members.placements(transfers.stream().map(Transfer::memberId).toList());
        return transfers.stream().map(t -> new TransferView(t.id(), t.kind(), t.state(), t.memberId(),
                placed.containsKey(t.memberId()) ? placed.get(t.memberId()).name() : "", t.fromOrgId(),
                names.get(t.fromOrgId()), t.toOrgId(), t.toOrgId() == null ? t.toName() : names.get(t.toOrgId()),
                t.reason(), t.startedOn(), t.sentOn(), t.receivedOn(), t.returnReason(), t.waitingFor(),
                t.waitingFor() == null ? null : names.get(t.waitingFor()), t.responsibleOrgId(), t.submissions(),
                t.version())).toList();
    }
}
