package cn.dangjian.dues;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.dangjian.member.MemberQuery;
import cn.dangjian.member.MemberRow;
import cn.dangjian.member.Members;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.PageRequest;

/**
 * Finds the member a row of an export names, among the members an import may reach: by name, and by 身份证号 when
 * the file has one (looked up through the member module's own index, never read back in clear). Two members of the
 * same name without a 身份证号 to tell them apart is an error of the row, never a guess.
 */
final class ImportMatching {

    private final Members members;
    private final AccessScope scope;
    private final long orgId;
    private final boolean subtree;
    private final Map<String, List<Long>> byName = new HashMap<>();
    private final Map<String, Optional<Long>> byCitizenId = new HashMap<>();

    /** {@code roll}: id and name of every member the import may reach. */
    ImportMatching(Members members, AccessScope scope, long orgId, boolean subtree, Map<Long, String> roll) {
        this.members = members;
        this.scope = scope;
        this.orgId = orgId;
        this.subtree = subtree;
        roll.forEach((id, name) -> byName.computeIfAbsent(name, k -> new ArrayList<>()).add(id));
    }

    /** Every member of the organization's subtree (current roll) by id, for the payment import. */
    static Map<Long, String> subtreeRoll(Members members, AccessScope scope, long orgId) {
        Map<Long, String> roll = new java.util.LinkedHashMap<>();
        for (int page = 1; ; page++) {
            var result = members.list(scope, MemberQuery.ofOrg(orgId), new PageRequest(page, PageRequest.MAX_SIZE));
            result.items().forEach(m -> roll.put(m.id(), m.name()));
            if (!result.hasNext()) {
                return roll;
            }
        }
    }

    /** The member id, or the problem (naming the field) when there is none or more than one. */
    Match find(String name, String citizenId) {
        List<Long> named = name == null ? List.of() : byName.getOrDefault(name, List.of());
        if (citizenId != null) {
            Optional<Long> holder = byCitizenId.computeIfAbsent(citizenId, this::lookUp);
            if (holder.isEmpty()) {
                return new Match(null, "身份证号：本组织没有该身份证号的党员");
            }
            if (!named.contains(holder.get())) {
                return new Match(null, "姓名：与身份证号对应的党员姓名不一致");
            }
            return new Match(holder.get(), null);
        }
        if (named.isEmpty()) {
            return new Match(null, "姓名：本组织没有名为“" + name + "”的党员");
        }
        if (named.size() > 1) {
            return new Match(null, "姓名：本组织有" + named.size() + "名党员叫“" + name + "”，请在文件中加上身份证号列以区分");
        }
        return new Match(named.get(0), null);
    }

    private Optional<Long> lookUp(String citizenId) {
        MemberQuery query = new MemberQuery(orgId, citizenId, null, null, null, null, null, null, null, subtree);
        List<MemberRow> found = members.list(scope, query, new PageRequest(1, 2)).items();
        return found.size() == 1 ? Optional.of(found.get(0).id()) : Optional.empty();
    }

    record Match(Long memberId, String problem) {
    }
}
