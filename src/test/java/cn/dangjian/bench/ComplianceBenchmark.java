package cn.dangjian.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.dangjian.compliance.Compliance;
import cn.dangjian.compliance.EvaluationResult;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The compliance engine's performance on the city tier with its meeting history (run {@code LifeBenchmark} first
 * for the ~1.2 million meetings):
 * <ol>
 *   <li>full evaluation of every rule for every organization: time and organizations per second;</li>
 *   <li>incremental re-evaluation after one change: the organization and its ancestors only;</li>
 *   <li>the matrix for the city root and for smaller subtrees ({@link Compliance#matrix}, from the rollup) vs a
 *       plain SQL GROUP BY over the findings table — goal ≤ 2×.</li>
 * </ol>
 * Run with {@code bench/run.sh -Dtest=ComplianceBenchmark}.
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class ComplianceBenchmark extends CityBenchmark {

    @Autowired
    Compliance compliance;
    @Autowired
    OrgUnits orgs;

    private final AccessScope system = AccessScope.system();

    @Test
    void run() throws Exception {
        long root = cityRoot();
        long meetings = count("SELECT count(*) FROM meeting");
        print("数据规模：组织 %,d 个，党员 %,d 人，会议记录 %,d 条%s", count("SELECT count(*) FROM org_unit"),
                count("SELECT count(*) FROM member"), meetings, meetings < 500_000 ? "（先运行 LifeBenchmark 生成会议记录）" : "");

        // (1) full evaluation
        long start = System.nanoTime();
        EvaluationResult full = compliance.reevaluateAll();
        double seconds = (System.nanoTime() - start) / 1e9;
        int written = full.opened() + full.changed() + full.resolved();
        print("(1) 全量评估：组织 %,d 个，用时 %.1f 秒，%,.0f 个组织/秒；新增 %,d、变化 %,d、关闭 %,d 条（%,.0f 条/秒）；当前未解决 %,d 条",
                full.organizations(), seconds, full.organizations() / seconds, full.opened(), full.changed(),
                full.resolved(), written / seconds,
                count("SELECT count(*) FROM compliance_finding WHERE resolved_on IS NULL"));
        start = System.nanoTime();
        EvaluationResult again = compliance.reevaluateAll();
        seconds = (System.nanoTime() - start) / 1e9;
        print("    再次全量评估（无变化，不写库）：%.1f 秒，%,.0f 个组织/秒，变化 %,d 条", seconds,
                again.organizations() / seconds, again.opened() + again.changed() + again.resolved());

        // (2) incremental: one branch and its ancestors
        List<Long> branches = jdbc.sql("SELECT id FROM org_unit WHERE type = 'BRANCH' AND active ORDER BY id LIMIT 20")
                .query(Long.class).list();
        double[] times = new double[branches.size()];
        int depth = 0;
        for (int i = 0; i < branches.size(); i++) {
            long t0 = System.nanoTime();
            EvaluationResult r = compliance.reevaluateWithAncestors(List.of(branches.get(i)));
            times[i] = (System.nanoTime() - t0) / 1e6;
            depth = r.organizations();
        }
        java.util.Arrays.sort(times);
        print("(2) 增量评估（一个支部及其 %d 级上级组织）：中位数 %.1f ms，最慢 %.1f ms（%d 次）", depth - 1,
                times[times.length / 2], times[times.length - 1], times.length);

        // (3) matrix vs GROUP BY
        List<Long> targets = subtrees(root, 3, false);
        print("(3) 矩阵（Compliance.matrix：本级及各直属下级组织 × 类别 × 状态，读触发器维护的逐级汇总表）对比 原生 GROUP BY（扫描待办事项表），目标 ≤ 2×");
        double worst = 0;
        for (long orgId : targets) {
            OrgUnitRef org = orgs.ref(orgId).orElseThrow();
            double ours = medianMillis(() -> compliance.matrix(system, orgId).total().total());
            double raw = medianMillis(() -> jdbc.sql("""
                            SELECT category, severity, count(*) FROM compliance_finding
                            WHERE org_path LIKE :prefix AND resolved_on IS NULL GROUP BY 1, 2""")
                    .param("prefix", org.path() + "%").query((rs, n) -> rs.getLong(3)).list().size());
            worst = Math.max(worst, ours / raw);
            print("    %-28s 未解决 %,8d 条  平台 %8.2f ms  原生 %8.2f ms  比值 %.2f×", shorten(org.name()),
                    compliance.matrix(system, orgId).total().total(), ours, raw, ours / raw);
        }
        print("    最差比值 %.2f×（目标 ≤ 2×）%s", worst, worst <= 2 ? "达标" : "未达标");
        print("    （评估日期 %s）", LocalDate.now());
        finish("bench-compliance-results.txt");
    }
}
