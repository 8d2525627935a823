package cn.dangjian.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import cn.dangjian.demo.DistrictPlan.CommitteeStyle;
import cn.dangjian.demo.DistrictPlan.Family;
import cn.dangjian.demo.DistrictPlan.OrgPlan;
import cn.dangjian.demo.DistrictPlan.Planned;
import cn.dangjian.demo.DistrictPlan.Slice;
import cn.dangjian.demo.DistrictPlan.UnitPlan;
import cn.dangjian.demo.DemoIrregularity.Kind;
import cn.dangjian.demo.UnitCatalog.Twist;
import cn.dangjian.org.OrgType;

/**
 * Plans a district's organizations from its units' sizes, as the 机关 regulations set them up: ≥100
 * members a 机关党委 (JG-01), 50–99 a 党总支 (JG-02), otherwise one 党支部 (JG-03), units with fewer than
 * 3 full members together in 联合党支部 of at most 5 units (ZB-03), branches of 5–50 with 党小组 in the
 * larger ones — plus the planted irregularities. Pure and deterministic.
 */
final class DistrictBlueprint {

    static final int OVERSIZED_BRANCH_MEMBERS = 56;
    private static final int JOINT_BRANCH_UNITS = 4;

    private final DistrictSpec spec;
    private final Random random;
    private final List<UnitPlan> units = new ArrayList<>();
    private final List<Family> families = new ArrayList<>();
    private final List<Planned> irregularities = new ArrayList<>();
    private int nextKey = DistrictPlan.ROOT_KEY + 1;
    private int accountCommitteeKey = -1;
    private int accountBranchKey = -1;

    private DistrictBlueprint(DistrictSpec spec) {
        this.spec = spec;
        this.random = new Random(spec.seed());
    }

    static DistrictPlan plan(DistrictSpec spec) {
        return new DistrictBlueprint(spec).build();
    }

    private DistrictPlan build() {
        for (UnitCatalog.Entry entry : UnitCatalog.ENTRIES) {
            units.add(new UnitPlan(units.size(), entry.name(spec.name()), entry.category(), size(entry), entry.twist()));
        }
        UnitPlan hosted = units.stream().filter(u -> u.twist() == Twist.NO_OWN_BRANCH).findFirst().orElseThrow();
        String hostName = UnitCatalog.HOST_TEMPLATE.formatted(spec.name());
        List<UnitPlan> small = new ArrayList<>();
        for (UnitPlan unit : units) {
            if (unit.twist() == Twist.NO_OWN_BRANCH) {
                continue;
            }
            if (unit.members() < 3) {
                small.add(unit);
                continue;
            }
            UnitPlan guest = unit.name().equals(hostName) ? hosted : null;
            if (unit.members() >= 100) {
                committeeFamily(unit, OrgType.PARTY_COMMITTEE, guest);
            } else if (unit.members() >= 50) {
                committeeFamily(unit, OrgType.GENERAL_BRANCH, guest);
            } else {
                singleBranch(unit, guest);
            }
        }
        for (int i = 0; i < small.size(); i += JOINT_BRANCH_UNITS) {
            jointBranch(small.subList(i, Math.min(small.size(), i + JOINT_BRANCH_UNITS)), i / JOINT_BRANCH_UNITS + 1);
        }
        return new DistrictPlan(spec, spec.name() + "直属机关工作委员会", List.copyOf(units), List.copyOf(families),
                List.copyOf(irregularities), accountCommitteeKey, accountBranchKey);
    }

    /** The catalog size scaled for the tier, ±10%; the planted irregularities keep their exact size. */
    private int size(UnitCatalog.Entry entry) {
        if (entry.members() < 3 || entry.twist() == Twist.FEW_FULL_MEMBERS || entry.twist() == Twist.NO_OWN_BRANCH) {
            return entry.members();
        }
        double factor = spec.scale() * (0.9 + 0.2 * random.nextDouble());
        int members = (int) Math.round(entry.members() * factor);
        if (entry.twist() == Twist.OVERSIZED_BRANCH || entry.twist() == Twist.ACCOUNT_HOME) {
            members = Math.max(members, 110);
        }
        if (entry.template().equals(UnitCatalog.HOST_TEMPLATE) && members < 100) {
            members = Math.min(members, 46);
        }
        if (entry.twist() == Twist.SECRETARY_ONLY || entry.twist() == Twist.EXPIRED_TERM) {
            members = Math.min(members, 45);
        }
        return members;
    }

    /** A 机关党委 or 党总支 with its branches (and their 党小组). */
    private void committeeFamily(UnitPlan unit, OrgType type, UnitPlan guest) {
        List<OrgPlan> orgs = new ArrayList<>();
        String suffix = type == OrgType.PARTY_COMMITTEE ? "机关党委" : "机关党总支";
        OrgPlan top = org(DistrictPlan.ROOT_KEY, type, unit.name() + suffix, unit.index(), List.of(), 0,
                CommitteeStyle.BY_RULE);
        orgs.add(top);
        List<Integer> sizes = new ArrayList<>();
        int remaining = unit.members();
        if (unit.twist() == Twist.OVERSIZED_BRANCH) {
            sizes.add(OVERSIZED_BRANCH_MEMBERS);
            remaining -= OVERSIZED_BRANCH_MEMBERS;
        }
        int branches = type == OrgType.GENERAL_BRANCH ? (remaining >= 75 ? 3 : 2)
                : Math.max(3, (int) Math.round(remaining / branchTarget()));
        sizes.addAll(split(remaining, branches));
        for (int i = 0; i < sizes.size(); i++) {
            String name = unit.name() + "机关第" + ordinal(i + 1) + "党支部";
            int size = sizes.get(i);
            List<Slice> slices = new ArrayList<>(List.of(new Slice(unit.index(), size, -1)));
            if (guest != null && i == sizes.size() - 1) {
                slices.add(new Slice(guest.index(), guest.members(), guest.members()));
                size += guest.members();
            }
            OrgPlan branch = org(top.key(), OrgType.BRANCH, name, unit.index(), slices, groupsFor(size),
                    CommitteeStyle.BY_RULE);
            orgs.add(branch);
            addGroups(orgs, branch);
            if (guest != null && i == sizes.size() - 1) {
                hostedIn(guest, branch);
            }
            if (size > 50) {
                irregularities.add(new Planned(Kind.OVERSIZED_BRANCH, branch.key(), unit.index(),
                        name + "有党员" + size + "名，超过50名（ZB-02）"));
            }
            if (i == 0 && unit.twist() == Twist.ACCOUNT_HOME) {
                accountCommitteeKey = top.key();
                accountBranchKey = branch.key();
            }
        }
        families.add(new Family(List.copyOf(orgs)));
    }

    private void singleBranch(UnitPlan unit, UnitPlan hosted) {
        List<OrgPlan> orgs = new ArrayList<>();
        List<Slice> slices = new ArrayList<>();
        String name = unit.name() + "机关党支部";
        CommitteeStyle style = switch (unit.twist()) {
            case SECRETARY_ONLY -> CommitteeStyle.SECRETARY_ONLY;
            case EXPIRED_TERM -> CommitteeStyle.EXPIRED;
            default -> CommitteeStyle.BY_RULE;
        };
        if (unit.twist() == Twist.FEW_FULL_MEMBERS) {
            slices.add(new Slice(unit.index(), unit.members(), 2));
        } else {
            slices.add(new Slice(unit.index(), unit.members(), -1));
        }
        if (hosted != null) {
            slices.add(new Slice(hosted.index(), hosted.members(), hosted.members()));
        }
        OrgPlan branch = org(DistrictPlan.ROOT_KEY, OrgType.BRANCH, name, unit.index(), slices,
                groupsFor(unit.members()), style);
        orgs.add(branch);
        addGroups(orgs, branch);
        families.add(new Family(List.copyOf(orgs)));
        switch (unit.twist()) {
            case SECRETARY_ONLY -> irregularities.add(new Planned(Kind.MISSING_COMMITTEE, branch.key(), unit.index(),
                    name + "正式党员7名以上，只设书记、未设支部委员会（ZB-17、JG-03）"));
            case EXPIRED_TERM -> irregularities.add(new Planned(Kind.TERM_EXPIRED, branch.key(), unit.index(),
                    name + "支部委员会任期已届满一年以上，尚未换届（XJ-01）"));
            case FEW_FULL_MEMBERS -> irregularities.add(new Planned(Kind.TOO_FEW_FULL_MEMBERS, branch.key(),
                    unit.index(), name + "只有正式党员2名，不足3名，应并入联合党支部（ZB-03）"));
            default -> {
            }
        }
        if (hosted != null) {
            hostedIn(hosted, branch);
        }
    }

    private void hostedIn(UnitPlan guest, OrgPlan branch) {
        irregularities.add(new Planned(Kind.UNIT_WITHOUT_BRANCH, branch.key(), guest.index(),
                guest.name() + "有正式党员" + guest.members() + "名，未单独成立党支部，党员编在" + branch.name()
                        + "（ZB-01，应建未建）"));
    }

    private void jointBranch(List<UnitPlan> members, int number) {
        String name = spec.name() + "直属机关第" + ordinal(number) + "联合党支部";
        List<Slice> slices = members.stream().map(u -> new Slice(u.index(), u.members(), -1)).toList();
        OrgPlan branch = org(DistrictPlan.ROOT_KEY, OrgType.JOINT_BRANCH, name, members.get(0).index(), slices, 0,
                CommitteeStyle.BY_RULE);
        families.add(new Family(List.of(branch)));
    }

    private void addGroups(List<OrgPlan> orgs, OrgPlan branch) {
        for (int g = 1; g <= branch.groups(); g++) {
            orgs.add(org(branch.key(), OrgType.PARTY_GROUP, branch.name() + "第" + ordinal(g) + "党小组",
                    branch.unitIndex(), List.of(), 0, CommitteeStyle.NONE));
        }
    }

    /** 党小组 only in the larger branches: two from 38 members, three from 48. */
    private int groupsFor(int members) {
        if (members < 38) {
            return 0;
        }
        return members < 48 ? 2 : 3;
    }

    private OrgPlan org(int parentKey, OrgType type, String name, int unitIndex, List<Slice> slices, int groups,
                        CommitteeStyle style) {
        LocalDate established = LocalDate.of(1990 + random.nextInt(26), 1 + random.nextInt(12), 1 + random.nextInt(28));
        return new OrgPlan(nextKey++, parentKey, type, name, unitIndex, established, slices, groups, style);
    }

    /** Members per branch of a 机关党委: smaller branches in the benchmark tiers, to reach their org counts. */
    private double branchTarget() {
        return spec.scale() > 1 ? 15 + random.nextInt(6) : 24 + random.nextInt(8);
    }

    /** {@code total} split into {@code parts} sizes of 5–50 that differ a little. */
    private List<Integer> split(int total, int parts) {
        while (total / parts > 46) {
            parts++;
        }
        List<Integer> sizes = new ArrayList<>();
        int base = total / parts;
        for (int i = 0; i < parts; i++) {
            sizes.add(base + (i < total % parts ? 1 : 0));
        }
        for (int i = 0; i < parts; i++) {
            int j = random.nextInt(parts);
            int shift = random.nextInt(Math.max(1, base / 4));
            if (i != j && sizes.get(i) - shift >= 8 && sizes.get(j) + shift <= 48) {
                sizes.set(i, sizes.get(i) - shift);
                sizes.set(j, sizes.get(j) + shift);
            }
        }
        return sizes;
    }

    /** 一, 二 … 十一 … 九十九 … for organization names. */
    static String ordinal(int n) {
        String digits = "零一二三四五六七八九";
        if (n < 10) {
            return String.valueOf(digits.charAt(n));
        }
        if (n < 100) {
            return (n / 10 == 1 ? "" : String.valueOf(digits.charAt(n / 10))) + "十"
                    + (n % 10 == 0 ? "" : String.valueOf(digits.charAt(n % 10)));
        }
        return String.valueOf(n);
    }
}
