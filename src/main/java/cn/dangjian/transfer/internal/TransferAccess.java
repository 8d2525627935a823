package cn.dangjian.transfer.internal;

import java.util.List;

import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.ConflictException;
import cn.dangjian.shared.NotFoundException;
import cn.dangjian.shared.Permission;
import org.springframework.stereotype.Component;

/**
 * Who reaches a transfer and for whom they act, for both facades: the sending organization's subtree; the
 * receiving one only once the transfer was sent to it (before that it learns nothing about the member); each
 * organization on the route. Anyone else is told the transfer does not exist (404) before its version is compared
 * (409).
 */
@Component
public class TransferAccess {

    private static final String NOT_FOUND = "转接不存在";

    private final TransferRepository repository;
    private final OrgUnits orgs;

    TransferAccess(TransferRepository repository, OrgUnits orgs) {
        this.repository = repository;
        this.orgs = orgs;
    }

    public Transfer find(AccessScope scope, long id) {
        Transfer t = repository.findById(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        if (!canSee(scope, t)) {
            throw new NotFoundException(NOT_FOUND);
        }
        return t;
    }

    /** The transfer if the caller may see it (else 404), at the version the caller read (else 409). */
    public Transfer visible(AccessScope scope, long id, int version) {
        Transfer t = find(scope, id);
        if (t.version() != version) {
            throw new ConflictException("该转接已被他人办理，请刷新后重试");
        }
        return t;
    }

    /** As {@link #visible}, for a step only the sending organization takes. */
    public Transfer asSender(AccessScope scope, long id, int version) {
        scope.require(Permission.TRANSFER_RECORD);
        Transfer t = visible(scope, id, version);
        if (!scope.coversOrg(t.fromOrgId(), t.fromPath())) {
            throw new ConflictException("只有转出的党组织可以办理这一步");
        }
        return t;
    }

    /** The sender; the receiver once it was sent to it; an organization on its route. */
    public boolean canSee(AccessScope scope, Transfer t) {
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
    public long actingFor(AccessScope scope, Long orgId) {
        OrgUnitRef org = orgId == null ? null : orgs.ref(orgId).orElse(null);
        if (org == null || !scope.coversOrg(org.id(), org.path())) {
            throw new ConflictException("该转接当前不由本组织办理");
        }
        return org.id();
    }
}
