package cn.dangjian.identity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.dangjian.org.MemberDirectory;
import cn.dangjian.org.MemberDirectory.MemberCard;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.FieldProblem;
import cn.dangjian.shared.ScopeLevel;
import org.springframework.stereotype.Component;

/**
 * Checks what an account is anchored at: the organization exists (and is needed unless the scope is 全部
 * or 自定义), a 自定义 scope names existing organizations, a 仅本人 account has a member, and a linked member
 * exists and lies inside the account's own data scope.
 */
@Component
public class AccountLinks {

    private final OrgUnits orgs;
    private final MemberDirectory members;

    AccountLinks(OrgUnits orgs, MemberDirectory members) {
        this.orgs = orgs;
        this.members = members;
    }

    public List<FieldProblem> check(ScopeLevel level, Long orgId, Long memberId, List<Long> customOrgIds) {
        List<FieldProblem> problems = new ArrayList<>();
        Optional<OrgUnitRef> org = orgId == null ? Optional.empty() : orgs.ref(orgId);
        if (orgId != null && org.isEmpty()) {
            problems.add(new FieldProblem("orgId", "所在党组织", "未找到该党组织"));
        } else if (orgId == null && level != ScopeLevel.ALL && level != ScopeLevel.CUSTOM) {
            problems.add(new FieldProblem("orgId", "所在党组织", "“" + level.label() + "”范围的账号须指定所在党组织"));
        }
        List<OrgUnitRef> custom = orgs.refs(customOrgIds);
        if (custom.size() != customOrgIds.stream().distinct().count()) {
            problems.add(new FieldProblem("customOrgIds", "自定义范围", "其中有未找到的党组织"));
        } else if (level == ScopeLevel.CUSTOM && custom.isEmpty()) {
            problems.add(new FieldProblem("customOrgIds", "自定义范围", "请至少选择一个党组织"));
        }
        if (memberId == null) {
            if (level == ScopeLevel.SELF) {
                problems.add(new FieldProblem("memberId", "本人党员记录", "“仅本人”范围的账号须关联本人的党员记录"));
            }
            return problems;
        }
        Optional<MemberCard> card = members.card(memberId);
        if (card.isEmpty()) {
            problems.add(new FieldProblem("memberId", "本人党员记录", "未找到该党员"));
        } else if (problems.isEmpty() && !covers(level, org, custom, card.get().orgId())) {
            problems.add(new FieldProblem("memberId", "本人党员记录", "该党员不在账号的数据范围（所在党组织）内"));
        }
        return problems;
    }

    private boolean covers(ScopeLevel level, Optional<OrgUnitRef> anchor, List<OrgUnitRef> custom, long memberOrgId) {
        String memberPath = orgs.ref(memberOrgId).map(OrgUnitRef::path).orElse("");
        return switch (level) {
            case ALL -> true;
            case SUBTREE -> anchor.map(a -> memberPath.startsWith(a.path())).orElse(false);
            case ORG_ONLY, SELF -> anchor.map(a -> a.id() == memberOrgId).orElse(false);
            case CUSTOM -> custom.stream().anyMatch(c -> memberPath.startsWith(c.path()));
        };
    }
}
