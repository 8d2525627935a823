package cn.dangjian.dues.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.dangjian.dues.ReductionStatus;
import cn.dangjian.dues.ReductionView;
import cn.dangjian.member.MemberPlacement;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.ConflictException;
import cn.dangjian.shared.Fen;
import cn.dangjian.shared.NotFoundException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loads and saves {@link Reduction} aggregates (a stale version is a 409, never a lost decision) and reads them as
 * {@link ReductionView}s with the member's name.
 */
@Component
public class ReductionBook {

    private final ReductionRepository repository;
    private final MemberAccess members;
    private final JdbcClient jdbc;

    ReductionBook(ReductionRepository repository, MemberAccess members, JdbcClient jdbc) {
        this.repository = repository;
        this.members = members;
        this.jdbc = jdbc;
    }

    public Reduction save(Reduction r) {
        try {
            return repository.save(r);
        } catch (OptimisticLockingFailureException e) {
            throw new ConflictException("该申请已被他人处理，请刷新后查看");
        }
    }

    public Optional<Reduction> find(long id) {
        return repository.findById(id);
    }

    /** The aggregate, if it still has the version the caller saw. */
    public Reduction load(long id, int version) {
        Reduction r = find(id).orElseThrow(() -> new NotFoundException("申请不存在"));
        if (r.version() != version) {
            throw new ConflictException("该申请已被他人处理，请刷新后查看");
        }
        return r;
    }

    public void branchDecides(Reduction r, boolean agreed, java.time.LocalDate on, String decision, String actor) {
        r.branchDecides(agreed, on, decision, actor);
        save(r);
    }

    public void higherDecides(Reduction r, boolean approved, java.time.LocalDate on, String note, Long fen, String actor) {
        r.higherDecides(approved, on, note, fen, actor);
        save(r);
    }

    public ReductionView view(Reduction r) {
        return views(List.of(r)).get(0);
    }

    public List<ReductionView> ofMember(long memberId) {
        return views(repository.findByMember(memberId));
    }

    /** Applications in the organization's subtree (within the scope) or addressed to it for approval. */
    public List<ReductionView> list(OrgUnitRef org, ReductionStatus status, AccessScope scope) {
        AccessScope.Clause clause = scope.orgClause("r.org_id", "r.org_path");
        Map<String, Object> params = new HashMap<>(clause.params());
        params.put("prefix", org.path() + "%");
        params.put("org", org.id());
        params.put("status", status == null ? null : status.name());
        List<Long> ids = jdbc.sql("SELECT r.id FROM dues_reduction r WHERE ((r.org_path LIKE :prefix AND " + clause.sql()
                        + ") OR r.approving_org_id = :org) AND (CAST(:status AS text) IS NULL OR r.status = :status)"
                        + " ORDER BY r.applied_on DESC, r.id DESC LIMIT 500")
                .params(params).query(Long.class).list();
        List<Reduction> found = new java.util.ArrayList<>();
        repository.findAllById(ids).forEach(found::add);
        found.sort(java.util.Comparator.comparing(Reduction::appliedOn).reversed()
                .thenComparing(Reduction::id, java.util.Comparator.reverseOrder()));
        return views(found);
    }

    private List<ReductionView> views(List<Reduction> list) {
        Map<Long, String> names = new HashMap<>();
        members.placements(list.stream().map(Reduction::memberId).distinct().toList())
                .forEach(p -> names.put(p.memberId(), p.name()));
        return list.stream().map(r -> new ReductionView(r.id(), r.memberId(), names.getOrDefault(r.memberId(), ""),
                r.orgId(), r.exempt(), Fen.of(r.requestedFen()), r.from(), r.until(), r.reason(), r.appliedOn(),
                r.status(), r.route() == Reduction.Route.BRANCH, r.branchDecidedOn(), r.branchDecision(),
                r.approvingOrgId(), r.decidedOn(), r.decidedBy(), r.decisionNote(),
                r.approvedFen() == null ? null : Fen.of(r.approvedFen()), r.version())).toList();
    }
}
