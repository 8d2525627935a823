package cn.dangjian.demo;

/** A demo sign-in: username, role, whom it shows, and where its data scope is anchored. */
public record DemoAccount(String username, String roleCode, String displayName, Long orgId, String orgName,
                          Long memberId) {
}
