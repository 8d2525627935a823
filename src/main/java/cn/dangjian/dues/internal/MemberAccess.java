package cn.dangjian.dues.internal;

import java.util.Collection;
import java.util.List;

import cn.dangjian.member.MemberPlacement;
import cn.dangjian.member.MemberQueries;
import cn.dangjian.member.MembershipStatus;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.ForbiddenException;
import cn.dangjian.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Whose dues a caller may see and write: a member's dues are the records of the organization holding the member,
 * and a member may read their own (never write them). A member outside the scope is not found (404), so that ids
 * cannot be probed; a member reading their own dues but trying to write them is refused (403).
 */
@Component
public class MemberAccess {

    private final MemberQueries members;

    MemberAccess(MemberQueries members) {
        this.members = members;
    }

    /** The member if the caller may read their dues. */
    public MemberPlacement readable(AccessScope scope, long memberId) {
        MemberPlacement p = find(memberId);
        if (!scope.coversMember(memberId, p.orgId(), p.orgPath())) {
            throw new NotFoundException("党员不存在");
        }
        return p;
    }

    /** The member if the caller may write their dues: inside an organization the scope covers, still on the roll. */
    public MemberPlacement writable(AccessScope scope, long memberId) {
        MemberPlacement p = readable(scope, memberId);
        if (!scope.coversOrg(p.orgId(), p.orgPath())) {
            throw new ForbiddenException("只能由党支部记录党费");
        }
        return p;
    }

    /** Whether the member is on the roll that owes dues (正常 and 留党察看). */
    public static boolean owesDues(MemberPlacement p) {
        return p.status() == MembershipStatus.NORMAL || p.status() == MembershipStatus.PARTY_PROBATION;
    }

    public List<MemberPlacement> placements(Collection<Long> ids) {
        return List.copyOf(members.placements(ids).values());
    }

    private MemberPlacement find(long memberId) {
        return java.util.Optional.ofNullable(members.placements(List.of(memberId)).get(memberId))
                .orElseThrow(() -> new NotFoundException("党员不存在"));
    }
}
