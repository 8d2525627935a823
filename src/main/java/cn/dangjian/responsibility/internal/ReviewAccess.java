package cn.dangjian.responsibility.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.responsibility.RoundView;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.ConflictException;
import cn.dangjian.shared.NotFoundException;
import cn.dangjian.shared.Permission;
import org.springframework.stereotype.Component;

/**
 * Who reaches a 述职 and on which side. The reviewer's side is whoever covers the organization holding the round;
 * the reviewed side is whoever covers the reviewed organization but not the holder — so the holder never writes a
 * secretary's 述职, and a secretary never grades their own. Anyone else — a sibling secretary included — is told it
 * does not exist (404), before any version is compared.
 */
@Component
public class ReviewAccess {

    private static final String NOT_FOUND = "述职记录不存在";

    private final ReviewStore store;
    private final OrgUnits orgs;

    ReviewAccess(ReviewStore store, OrgUnits orgs) {
        this.store = store;
        this.orgs = orgs;
    }

    /** A reached 述职 with its round, the reviewed organization, the holder's name and the caller's side. */
    public record Reached(ReviewStore.Review review, ReviewStore.Round round, OrgUnitRef org, String issuerName,
                          boolean reviewer) {
    }

    public Reached reach(AccessScope scope, long id) {
        scope.require(Permission.DUTY_VIEW);
        ReviewStore.Review v = store.review(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        ReviewStore.Round round = store.round(v.roundId()).orElseThrow();
        boolean reviewer = scope.coversOrg(round.issuerOrgId(), round.issuerPath());
        if (!reviewer && !scope.coversOrg(v.orgId(), v.orgPath())) {
            throw new NotFoundException(NOT_FOUND);
        }
        Map<Long, OrgUnitRef> refs = new HashMap<>();
        orgs.refs(List.of(v.orgId(), round.issuerOrgId())).forEach(o -> refs.put(o.id(), o));
        return new Reached(v, round, refs.get(v.orgId()), refs.get(round.issuerOrgId()).name(), reviewer);
    }

    public Reached asReviewed(AccessScope scope, long id) {
        scope.require(Permission.DUTY_REPORT);
        Reached r = reach(scope, id);
        if (r.reviewer()) {
            throw new ConflictException("述职由被评议党组织的书记撰写和提交");
        }
        return r;
    }

    public Reached asReviewer(AccessScope scope, long id) {
        scope.require(Permission.DUTY_ASSIGN);
        Reached r = reach(scope, id);
        if (!r.reviewer()) {
            throw new ConflictException("评议由组织述职评议的上级党组织登记");
        }
        return r;
    }

    public RoundView roundView(ReviewStore.Round round) {
        List<ReviewStore.Review> reviews = store.reviewsOf(round.id());
        Map<Long, String> names = new HashMap<>();
        List<Long> ids = new java.util.ArrayList<>(reviews.stream().map(ReviewStore.Review::orgId).toList());
        ids.add(round.issuerOrgId());
        orgs.refs(ids).forEach(o -> names.put(o.id(), o.name()));
        return new RoundView(round.id(), round.issuerOrgId(), names.get(round.issuerOrgId()), round.year(),
                round.opensOn(), round.closesOn(), round.grades(),
                reviews.stream().map(v -> row(v, names.get(v.orgId()))).toList());
    }

    public RoundView.Row row(ReviewStore.Review v, String orgName) {
        return new RoundView.Row(v.id(), v.orgId(), orgName, v.secretary(), v.state(), v.result());
    }
}
