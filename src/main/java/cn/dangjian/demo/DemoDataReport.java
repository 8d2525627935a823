package cn.dangjian.demo;

import java.util.List;

/**
 * What a demo run wrote: its root, the totals (meetings recorded and 发展党员 cases opened included; members count
 * those the cases admitted), the planted irregularities and the demo accounts.
 */
public record DemoDataReport(long rootId, String rootName, int organizations, int members, int meetings,
                             int recruitmentCases, List<DemoIrregularity> irregularities, List<DemoAccount> accounts) {

    public DemoAccount account(String usernamePrefix) {
        return accounts.stream().filter(a -> a.username().startsWith(usernamePrefix)).findFirst().orElseThrow();
    }
}
