package cn.dangjian.demo;

import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** At start-up, fills an empty database with the configured demo tier (unless {@code dangjian.demo.enabled=false}). */
@Component
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 10)
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoProperties properties;
    private final OrgUnits orgs;
    private final DemoDataGenerator generator;

    DemoDataLoader(DemoProperties properties, OrgUnits orgs, DemoDataGenerator generator) {
        this.properties = properties;
        this.orgs = orgs;
        this.generator = generator;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.enabled()) {
            return;
        }
        if (!orgs.roots(AccessScope.system()).isEmpty()) {
            log.info("数据库中已有党组织，跳过演示数据");
            return;
        }
        DemoTier tier = DemoTier.parse(properties.tier());
        long started = System.nanoTime();
        DemoDataReport report = generator.generate(tier);
        log.info("演示数据已就绪：{}，组织 {} 个，党员 {} 名，组织生活会议 {} 次，发展党员案例 {} 个，用时 {} 秒",
                report.rootName(), report.organizations(), report.members(), report.meetings(),
                report.recruitmentCases(), (System.nanoTime() - started) / 1_000_000_000L);
    }
}
