package cn.dangjian.support;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import cn.dangjian.identity.Accounts;
import cn.dangjian.identity.NewAccount;
import cn.dangjian.member.MemberForm;
import cn.dangjian.member.MemberKind;
import cn.dangjian.member.Members;
import cn.dangjian.org.NewOrgUnit;
import cn.dangjian.org.OrgType;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.CitizenId;
import cn.dangjian.shared.EducationLevel;
import cn.dangjian.shared.Ethnicity;
import cn.dangjian.shared.Permission;
import cn.dangjian.shared.ScopeLevel;
import org.springframework.stereotype.Component;

/**
 * Builds small trees for tests: a root 工委 with 机关党委 A and its branches A1 and A2, each with members,
 * and the scopes of people anchored at each. Every call makes a fresh tree, so tests don't see each other.
 */
@Component
public class TestTree {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(1);

    /** The password of every account {@link #account} opens. */
    public static final String PASSWORD = "Test@2026pw";

    private final OrgUnits orgs;
    private final Members members;
    private final Accounts accounts;

    public TestTree(OrgUnits orgs, Members members, Accounts accounts) {
        this.orgs = orgs;
        this.members = members;
        this.accounts = accounts;
    }

    /**
     * Opens a real account (for MockMvc with HTTP Basic) with this role, anchored at {@code orgId}; its
     * password is {@link #PASSWORD} and need not be changed first.
     */
    public String account(String roleCode, Long orgId, Long memberId) {
        String username = "u" + SEQUENCE.getAndIncrement() + "_" + roleCode.toLowerCase();
        accounts.createPreset(AccessScope.system(), new NewAccount(username, PASSWORD, "测试" + roleCode, roleCode, orgId,
                memberId, List.of()));
        return username;
    }

    public Tree build() {
        AccessScope system = AccessScope.system();
        int n = SEQUENCE.getAndIncrement();
        long root = orgs.create(system, new NewOrgUnit(null, OrgType.WORK_COMMITTEE, "测试工委" + n, null, null, null));
        long a = orgs.create(system, new NewOrgUnit(root, OrgType.PARTY_COMMITTEE, "测试局机关党委" + n, null, null, null));
        long a1 = orgs.create(system, new NewOrgUnit(a, OrgType.BRANCH, "测试局第一党支部" + n, null, null, null));
        long a2 = orgs.create(system, new NewOrgUnit(a, OrgType.BRANCH, "测试局第二党支部" + n, null, null, null));
        long m1 = members.create(system, member("王一" + n, a1, MemberKind.FULL));
        long m2 = members.create(system, member("李二" + n, a2, MemberKind.FULL));
        return new Tree(root, a, a1, a2, m1, m2);
    }

    public AccessScope subtreeScope(long orgId, Permission... permissions) {
        return scope(ScopeLevel.SUBTREE, orgId, null, permissions);
    }

    public AccessScope scope(ScopeLevel level, long orgId, Long memberId, Permission... permissions) {
        OrgUnitRef ref = orgs.ref(orgId).orElseThrow();
        Set<Permission> set = permissions.length == 0 ? Set.of(Permission.values()) : Set.of(permissions);
        return new AccessScope(99, "tester" + orgId, "测试用户", level, List.of(ref.id()), List.of(ref.path()),
                memberId, set);
    }

    private static final AtomicInteger PEOPLE = new AtomicInteger(1);

    /** A valid member form with a fresh, valid 身份证号 (born 1985, joined 2010, confirmed 2011). */
    public static MemberForm member(String name, long orgId, MemberKind kind) {
        String id = citizenId(LocalDate.of(1985, 3, 1), PEOPLE.getAndIncrement(), true);
        return new MemberForm(name, null, Ethnicity.HAN, null, id, "四川成都", EducationLevel.BACHELOR, null,
                "公务员", null, "科员", "13800138000", LocalDate.of(2009, 3, 1), LocalDate.of(2010, 7, 1),
                kind == MemberKind.FULL ? LocalDate.of(2011, 7, 1) : null, kind, orgId, null, false, false, false);
    }

    /** A valid 身份证号 for a person born on {@code birth}; {@code serial} makes it unique. */
    public static String citizenId(LocalDate birth, int serial, boolean male) {
        int seq = (serial % 500) * 2 + (male ? 1 : 0);
        String region = String.format("5101%02d", 4 + (serial / 500) % 90);
        String body = region + birth.toString().replace("-", "") + String.format("%03d", seq % 1000);
        return body + CitizenId.checkChar(body);
    }

    public record Tree(long root, long a, long a1, long a2, long memberA1, long memberA2) {
    }
}
