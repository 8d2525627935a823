package cn.dangjian.demo;

import java.util.ArrayList;
import java.util.List;

import cn.dangjian.demo.DistrictWriter.Someone;
import cn.dangjian.demo.DistrictWriter.Written;
import cn.dangjian.identity.Accounts;
import cn.dangjian.identity.SignIn;
import cn.dangjian.identity.NewAccount;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * The demo sign-ins, one per role, all with the password {@value #PASSWORD} (which the holders are not asked
 * to change): the 系统管理员 and 安全管理员, 工委 staff at the root, a 机关党委, one of its branch
 * secretaries, an ordinary member of that branch, and the 安全审计员. An account that already exists is
 * left as it is.
 */
@Component
class DemoAccounts {

    static final String PASSWORD = "Dangjian@2026";

    private final Accounts accounts;
    private final SignIn signIn;

    DemoAccounts(Accounts accounts, SignIn signIn) {
        this.signIn = signIn;
        this.accounts = accounts;
    }

    List<DemoAccount> create(long rootId, String rootName, Written district, String suffix) {
        List<DemoAccount> created = new ArrayList<>();
        created.add(create("admin" + suffix, "PLATFORM_ADMIN", "系统管理员", null, null, null));
        created.add(create("anquan" + suffix, "SECURITY_ADMIN", "安全管理员", null, null, null));
        created.add(create("gongwei" + suffix, "WORK_COMMITTEE_STAFF", "工委组织部 陈敏", rootId, rootName, null));
        created.add(create("dangwei" + suffix, "PARTY_COMMITTEE_SECRETARY", district.committeeName() + " 专职副书记",
                district.committeeId(), district.committeeName(), null));
        Someone secretary = district.secretary();
        created.add(create("zhibu" + suffix, "BRANCH_SECRETARY", secretary.name(), district.branchId(),
                district.branchName(), secretary.id()));
        Someone member = district.ordinaryMember();
        created.add(create("dangyuan" + suffix, "MEMBER", member.name(), district.branchId(), district.branchName(),
                member.id()));
        created.add(create("shenji" + suffix, "AUDITOR", "安全审计员", null, null, null));
        return List.copyOf(created);
    }

    private DemoAccount create(String username, String role, String displayName, Long orgId, String orgName,
                               Long memberId) {
        if (!exists(username)) {
            accounts.createPreset(AccessScope.system(), new NewAccount(username, PASSWORD, displayName, role, orgId, memberId,
                    null));
        }
        return new DemoAccount(username, role, displayName, orgId, orgName, memberId);
    }

    private boolean exists(String username) {
        try {
            signIn.scopeOf(username);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }
}
