package cn.dangjian.life.schedule;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import cn.dangjian.org.OrgType;

/**
 * What the schedule needs to know about one organization: its type (only 党支部, 联合党支部 and 临时党支部 have
 * 三会一课 duties), the day it was established ({@code null}: long ago), the day its dissolution took effect
 * ({@code null}: it still exists; it existed up to the day before), whether it has a 支委会 (ZB-17), its party
 * groups and the meetings it held.
 */
public record OrgScheduleFacts(long orgId, OrgType orgType, LocalDate establishedOn, LocalDate dissolvedOn,
                               boolean hasCommittee, List<PartyGroupFacts> partyGroups,
                               List<HeldMeeting> meetings) {

    public OrgScheduleFacts {
        Objects.requireNonNull(orgType, "orgType");
        partyGroups = List.copyOf(partyGroups);
        meetings = List.copyOf(meetings);
    }

    /** Whether the organization has the meeting duties of a branch; 党委 and 党总支 are not evaluated here. */
    public boolean hasBranchDuties() {
        return orgType.isBranch();
    }
}
