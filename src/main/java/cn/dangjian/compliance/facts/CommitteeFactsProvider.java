package cn.dangjian.compliance.facts;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.dangjian.compliance.FactProvider;
import cn.dangjian.compliance.facts.CommitteeFacts.Post;
import cn.dangjian.compliance.facts.CommitteeFacts.Standing;
import cn.dangjian.compliance.facts.CommitteeFacts.Term;
import cn.dangjian.member.MemberPlacement;
import cn.dangjian.member.MemberQueries;
import cn.dangjian.member.MembershipStatus;
import cn.dangjian.org.CommitteeView;
import cn.dangjian.org.Committees;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.OrgUnits;
import org.springframework.stereotype.Component;

/**
 * Gathers {@link CommitteeFacts} for a batch of organizations in three statements whatever the batch size: the
 * current terms (1) and their posts (1), and where each post holder now stands in the roll (1). Every
 * organization of the batch gets facts, {@link CommitteeFacts#NONE} when it has no current term.
 */
@Component
class CommitteeFactsProvider implements FactProvider<CommitteeFacts> {

    private final OrgUnits orgUnits;
    private final Committees committees;
    private final MemberQueries members;

    CommitteeFactsProvider(OrgUnits orgUnits, Committees committees, MemberQueries members) {
        this.orgUnits = orgUnits;
        this.committees = committees;
        this.members = members;
    }

    @Override
    public Class<CommitteeFacts> type() {
        return CommitteeFacts.class;
    }

    @Override
    public Map<Long, CommitteeFacts> gather(List<OrgUnitRef> orgs, LocalDate today) {
        if (orgs.isEmpty()) {
            return Map.of();
        }
        Map<Long, CommitteeView> current = committees.currentOf(orgs.stream().map(OrgUnitRef::id).toList());
        Map<Long, MemberPlacement> placements = members.placements(current.values().stream()
                .flatMap(c -> c.posts().stream()).map(CommitteeView.PostHolder::memberId).distinct().toList());
        Map<Long, CommitteeFacts> facts = new HashMap<>();
        for (OrgUnitRef org : orgs) {
            CommitteeView committee = current.get(org.id());
            if (committee == null) {
                facts.put(org.id(), CommitteeFacts.NONE);
                continue;
            }
            List<Post> posts = committee.posts().stream()
                    .map(p -> new Post(p.post(), p.memberId(), p.holderName(),
                            standing(org, placements.get(p.memberId()))))
                    .toList();
            facts.put(org.id(), new CommitteeFacts(new Term(committee.termId(), committee.termNumber(),
                    committee.startedOn(), committee.dueEndOn(), committee.formation(), posts)));
        }
        return facts;
    }

    static Standing standing(OrgUnitRef org, MemberPlacement placement) {
        if (placement == null || !placement.status().current()) {
            return Standing.OFF_ROLL;
        }
        if (!placement.orgPath().startsWith(org.path())) {
            return Standing.TRANSFERRED;
        }
        return placement.status() == MembershipStatus.NORMAL ? Standing.SERVING : Standing.RIGHTS_RESTRICTED;
    }
}
