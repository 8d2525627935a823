package cn.dangjian.demo;

import java.time.LocalDate;
import java.util.List;

import cn.dangjian.org.OrgType;
import cn.dangjian.org.UnitCategory;

/**
 * The planned shape of one district, before anything is written: its units, and its organizations
 * grouped into families (a top-level 机关党委, 党总支, 党支部 or 联合党支部 with everything below it,
 * parents before children). Keys are positions in the plan, turned into ids when written.
 */
record DistrictPlan(DistrictSpec spec, String rootName, List<UnitPlan> units, List<Family> families,
                    List<Planned> irregularities, int accountCommitteeKey, int accountBranchKey) {

    static final int ROOT_KEY = 0;

    int orgCount() {
        return 1 + families.stream().mapToInt(f -> f.orgs().size()).sum();
    }

    int memberCount() {
        return families.stream().flatMap(f -> f.orgs().stream()).flatMap(o -> o.slices().stream())
                .mapToInt(Slice::members).sum();
    }

    record UnitPlan(int index, String name, UnitCategory category, int members, UnitCatalog.Twist twist) {
    }

    /** One organization to set up; branches carry slices of members, one per unit they work in. */
    record OrgPlan(int key, int parentKey, OrgType type, String name, int unitIndex, LocalDate establishedOn,
                   List<Slice> slices, int groups, CommitteeStyle style) {

        int members() {
            return slices.stream().mapToInt(Slice::members).sum();
        }
    }

    /** {@code members} people working in unit {@code unitIndex}; {@code fullMembers} −1 means “as they come”. */
    record Slice(int unitIndex, int members, int fullMembers) {
    }

    record Family(List<OrgPlan> orgs) {
    }

    /** How an organization's committee is made up. */
    enum CommitteeStyle {
        /** no committee (党小组). */
        NONE,
        /** as the rules say: ≥7 full members → 3–5 委员, otherwise a 书记 only (ZB-17, JG-03). */
        BY_RULE,
        /** irregular: a 书记 only, although there are 7 or more full members. */
        SECRETARY_ONLY,
        /** irregular: the term ended more than a year ago and no new one was elected. */
        EXPIRED
    }

    /** An irregularity planted on purpose, pointing at an organization key or a unit index. */
    record Planned(DemoIrregularity.Kind kind, int orgKey, int unitIndex, String description) {
    }
}
