package cn.dangjian.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.dangjian.demo.DistrictWriter.Written;
import cn.dangjian.org.NewOrgUnit;
import cn.dangjian.org.OrgType;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Generates demo or benchmark data of a {@link DemoTier} into a new root of the organization tree:
 * plans every district first (cheap), then writes them one after another, then the demo accounts.
 */
@Service
public class DemoDataGenerator {

    private static final Logger log = LoggerFactory.getLogger(DemoDataGenerator.class);
    private static final String[] CITIES = {"蓉川", "锦江", "青城", "嘉陵", "岷山", "玉垒", "龙泉", "峨眉", "金沙",
            "邛崃", "沱江", "剑门", "雅砻", "涪江"};

    private final OrgUnits orgs;
    private final DistrictWriter writer;
    private final DemoAccounts accounts;
    private final MeetingHistoryWriter history;
    private final RecruitmentHistoryWriter recruitment;
    private final DuesHistoryWriter dues;
    private final TransferHistoryWriter transfers;
    private final DutyHistoryWriter duties;
    private final ResponsibilityHistoryWriter responsibility;

    DemoDataGenerator(OrgUnits orgs, DistrictWriter writer, DemoAccounts accounts, MeetingHistoryWriter history,
                      RecruitmentHistoryWriter recruitment, DuesHistoryWriter dues, TransferHistoryWriter transfers,
                      DutyHistoryWriter duties, ResponsibilityHistoryWriter responsibility) {
        this.responsibility = responsibility;
        this.transfers = transfers;
        this.duties = duties;
        this.orgs = orgs;
        this.writer = writer;
        this.accounts = accounts;
        this.history = history;
        this.recruitment = recruitment;
        this.dues = dues;
    }

    /** The standard demo of a tier, starting with district 0 (锦城区), with the plain demo usernames. */
    public DemoDataReport generate(DemoTier tier) {
        return generate(tier, 0, "");
    }

    /**
     * Generates {@code tier} with its districts numbered from {@code firstDistrict} (each number has its own
     * names and 身份证号 region, so runs with different numbers never collide), and usernames ending in
     * {@code usernameSuffix}; a year of meetings and the recruitment cases only for the district tier (benchmarks
     * stay fast).
     */
    public DemoDataReport generate(DemoTier tier, int firstDistrict, String usernameSuffix) {
        return generate(tier, firstDistrict, usernameSuffix, tier == DemoTier.DISTRICT);
    }

    /**
     * As {@link #generate(DemoTier, int, String)}, recording a year of meetings and a few dozen 发展党员 cases in every
     * district if {@code withMeetings}.
     */
    public DemoDataReport generate(DemoTier tier, int firstDistrict, String usernameSuffix, boolean withMeetings) {
        List<List<DistrictPlan>> cities = new ArrayList<>();
        int orgCount = tier == DemoTier.DISTRICT ? 0 : 1 + (tier == DemoTier.PROVINCE ? tier.cities() : 0);
        int memberCount = 0;
        int index = firstDistrict;
        for (int c = 0; c < tier.cities(); c++) {
            List<DistrictPlan> plans = new ArrayList<>();
            for (int d = 0; d < tier.districtsPerCity(); d++) {
                DistrictPlan plan = DistrictBlueprint.plan(DistrictSpec.of(index++, tier.scale()));
                orgCount += plan.orgCount();
                memberCount += plan.memberCount();
                plans.add(plan);
            }
            cities.add(plans);
        }
        log.info("开始生成演示数据（{}）：预计组织 {} 个，党员 {} 名", tier.name().toLowerCase(), orgCount, memberCount);
        DemoProgress progress = new DemoProgress(orgCount, memberCount);
        AccessScope system = AccessScope.system();
        Long topId = null;
        String topName = null;
        if (tier != DemoTier.DISTRICT) {
            String prefix = tier == DemoTier.CITY ? CITIES[firstDistrict % CITIES.length] + "市" : "锦川省";
            topName = prefix + "直属机关工作委员会";
            topId = orgs.create(system, new NewOrgUnit(null, OrgType.WORK_COMMITTEE, topName, null,
                    LocalDate.of(1983, 7, 1), 0));
            progress.orgCreated();
        }
        Written first = null;
        int orgsWritten = topId == null ? 0 : 1;
        int membersWritten = 0;
        int meetingsWritten = 0;
        int casesWritten = 0;
        List<DemoIrregularity> irregularities = new ArrayList<>();
        for (int c = 0; c < cities.size(); c++) {
            Long parent = topId;
            if (tier == DemoTier.PROVINCE) {
                parent = orgs.create(system, new NewOrgUnit(topId, OrgType.WORK_COMMITTEE,
                        CITIES[c] + "市直属机关工作委员会", null, LocalDate.of(1984, 7, 1), c));
                progress.orgCreated();
                orgsWritten++;
            }
            List<DistrictPlan> plans = cities.get(c);
            for (int d = 0; d < plans.size(); d++) {
                Written written = writer.write(plans.get(d), parent, d, progress);
                first = first == null ? written : first;
                orgsWritten += written.orgs();
                membersWritten += written.members();
                irregularities.addAll(written.irregularities());
                if (withMeetings) {
                    DistrictSpec spec = plans.get(d).spec();
                    MeetingHistoryWriter.Result meetings = history.write(written.rootId(), spec.seed() + 2);
                    meetingsWritten += meetings.meetings();
                    irregularities.addAll(meetings.irregularities());
                    RecruitmentHistoryWriter.Result cases = recruitment.write(written.rootId(), spec.regionCode(),
                            spec.seed() + 3, irregularities, written.branchId());
                    casesWritten += cases.cases();
                    membersWritten += cases.members();
                    meetingsWritten += cases.meetings();
                    irregularities.addAll(cases.irregularities());
                    irregularities.addAll(dues.write(written.rootId(), spec.seed() + 4, written.branchId(),
                            written.ordinaryMember().id()).irregularities());
                    membersWritten += transfers.write(written.rootId(), written.committeeId(), written.branchId(),
                            written.ordinaryMember().id(), spec.seed() + 5);
                    duties.write(written.rootId(), written.committeeId(), written.branchId());
                    responsibility.write(written.rootId(), written.committeeId(), written.branchId());
                }
            }
        }
        progress.done();
        long rootId = topId == null ? first.rootId() : topId;
        String rootName = topId == null ? first.rootName() : topName;
        List<DemoAccount> demoAccounts = accounts.create(rootId, rootName, first, usernameSuffix);
        log.info("演示账号（密码均为 {}）：", DemoAccounts.PASSWORD);
        for (DemoAccount a : demoAccounts) {
            log.info("  {} — {}{}", a.username(), a.displayName(), a.orgName() == null ? "" : "（" + a.orgName() + "）");
        }
        return new DemoDataReport(rootId, rootName, orgsWritten, membersWritten, meetingsWritten, casesWritten,
                List.copyOf(irregularities), demoAccounts);
    }
}
