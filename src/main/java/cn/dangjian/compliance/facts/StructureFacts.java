package cn.dangjian.compliance.facts;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.dangjian.org.FormApproval;
import cn.dangjian.org.OrgType;

/**
 * How one organization is set up (with any approval of its form) and how many members it has, for the 组织设置 rules (ZB-01..03, JG-01, JG-02,
 * ZB-17).
 *
 * @param subtree        members held by the organization and everything beneath it
 * @param own            members whose relationship the organization itself holds
 * @param activeChildren active organizations directly beneath it, by type
 * @param unit           the unit (单位) it is set up in, or {@code null} when none is recorded (联合党支部 often)
 * @param memberUnits    the units its own members work in (members without a recorded unit are left out)
 * @param coveredUnits   for a 联合党支部: the names of the units it covers — those recorded as covered, its own unit
 *                       and the units its members work in; empty for other organizations
 * @param approval       the higher organization's recorded approval of the organization's form (JG-01, JG-02), or
 *                       {@code null} when none is recorded
 */
public record StructureFacts(MemberCount subtree, MemberCount own, Map<OrgType, Integer> activeChildren,
                             OwnUnit unit, List<MemberUnit> memberUnits, List<String> coveredUnits,
                             FormApproval approval) {

    public StructureFacts {
        activeChildren = Map.copyOf(activeChildren);
        memberUnits = List.copyOf(memberUnits);
        coveredUnits = List.copyOf(coveredUnits);
    }

    /** Facts of an organization with no recorded approval of its form. */
    public StructureFacts(MemberCount subtree, MemberCount own, Map<OrgType, Integer> activeChildren, OwnUnit unit,
                          List<MemberUnit> memberUnits, List<String> coveredUnits) {
        this(subtree, own, activeChildren, unit, memberUnits, coveredUnits, null);
    }

    public Optional<FormApproval> formApproval() {
        return Optional.ofNullable(approval);
    }

    public Optional<OwnUnit> ownUnit() {
        return Optional.ofNullable(unit);
    }

    public int activeChildren(OrgType type) {
        return activeChildren.getOrDefault(type, 0);
    }

    /**
     * The unit an organization is set up in.
     *
     * @param members          everyone on the roll who works in the unit, wherever their relationship is held
     * @param topOrganization  whether this organization is the unit's top one (of its 机关党委, 党总支 and 党支部,
     *                         the shallowest, then the first in display order): the one JG-01/JG-02 size up
     * @param organizations    how many active organizations of those three types the unit has
     */
    public record OwnUnit(long id, String name, MemberCount members, boolean topOrganization, int organizations) {
    }

    /**
     * A unit whose members this organization holds.
     *
     * @param heldHere           the unit's members whose relationship this organization holds
     * @param members            all the unit's members on the roll, wherever held
     * @param hasOwnOrganization whether the unit has an active 机关党委, 党总支 or 党支部 of its own (a 联合党支部 or
     *                           临时党支部 set up in it does not count: ZB-03, ZB-06)
     * @param mainHolder         whether this organization holds more of the unit's full members than any other
     *                           (then more members; then the lowest id): the one a missing branch is reported on
     */
    public record MemberUnit(long id, String name, MemberCount heldHere, MemberCount members,
                             boolean hasOwnOrganization, boolean mainHolder) {
    }
}
