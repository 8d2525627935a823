package cn.dangjian.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Counts what has been written and tells the operator, in Chinese, every so often. */
final class DemoProgress {

    private static final Logger log = LoggerFactory.getLogger(DemoProgress.class);

    private final int totalOrgs;
    private final int totalMembers;
    private int orgs;
    private int members;
    private long lastLogged;

    DemoProgress(int totalOrgs, int totalMembers) {
        this.totalOrgs = totalOrgs;
        this.totalMembers = totalMembers;
    }

    void orgCreated() {
        orgs++;
        report(false);
    }

    void membersLoaded(int count) {
        members += count;
        report(true);
    }

    void done() {
        log.info("演示数据生成完毕：组织 {}/{}，党员 {}/{}", orgs, totalOrgs, members, totalMembers);
    }

    private void report(boolean force) {
        long now = System.nanoTime();
        if (force || now - lastLogged > 3_000_000_000L) {
            lastLogged = now;
            log.info("正在生成演示数据：组织 {}/{}，党员 {}/{}", orgs, totalOrgs, members, totalMembers);
        }
    }
}
