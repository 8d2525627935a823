package cn.dangjian.demo;

import java.util.List;

/** What a demo run wrote: its root, the totals (meetings recorded included), the planted irregularities and the demo accounts. */
public record DemoDataReport(long rootId, String rootName, int organizations, int members, int meetings,
                             List<DemoIrregularity> irregularities, List<DemoAccount> accounts) {

    public DemoAccount account(String usernamePrefix) {
        return accounts.stream().filter(a -> a.username().startsWith(usernamePrefix)).findFirst().orElseThrow();
    }
}
