package cn.dangjian.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongSupplier;

import cn.dangjian.demo.DemoDataGenerator;
import cn.dangjian.demo.DemoTier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What every benchmark shares: the city-tier data (~20,000 organizations, ~350,000 members) generated once into
 * {@code target/bench-pg} and reused by later runs, medians of repeated runs, and a report printed at the end
 * and kept in {@code target/}. Benchmarks assert nothing and run only with {@code -Dbench=true}.
 */
@SpringBootTest(properties = {
        "dangjian.embedded-db.data-dir=target/bench-pg",
        "dangjian.embedded-db.clean=false",
        "dangjian.crypto.key-file=target/bench-keys/sm4.key",
        "dangjian.imports.work-dir=target/bench-imports",
        "spring.datasource.hikari.maximum-pool-size=8",
        // the benchmarks run their full passes themselves; requests queued by their writes wait for the next run
        "dangjian.compliance.debounce=1h"})
abstract class CityBenchmark {

    @Autowired
    DemoDataGenerator generator;
    @Autowired
    JdbcClient jdbc;

    private final List<String> report = new ArrayList<>();

    /** The city tree, generated on the first run and reused afterwards. */
    long cityRoot() {
        List<Long> roots = jdbc.sql("SELECT id FROM org_unit WHERE parent_id IS NULL ORDER BY id").query(Long.class).list();
        if (!roots.isEmpty() && count("SELECT count(*) FROM member") > 300_000) {
            return roots.get(0);
        }
        long start = System.nanoTime();
        long id = generator.generate(DemoTier.CITY).rootId();
        print("生成市级数据用时 %.1f 秒", (System.nanoTime() - start) / 1e9);
        return id;
    }

    /**
     * Subtrees of every size to measure: the city root, its first {@code each} districts, the first {@code each}
     * 机关党委 and, if {@code withBranches}, the first {@code each} branches.
     */
    List<Long> subtrees(long root, int each, boolean withBranches) {
        List<Long> targets = new ArrayList<>();
        targets.add(root);
        targets.addAll(jdbc.sql("SELECT id FROM org_unit WHERE parent_id = :root ORDER BY id LIMIT :n")
                .param("root", root).param("n", each).query(Long.class).list());
        targets.addAll(jdbc.sql("SELECT id FROM org_unit WHERE type = 'PARTY_COMMITTEE' ORDER BY id LIMIT :n")
                .param("n", each).query(Long.class).list());
        if (withBranches) {
            targets.addAll(jdbc.sql("SELECT id FROM org_unit WHERE type = 'BRANCH' ORDER BY id LIMIT :n")
                    .param("n", each).query(Long.class).list());
        }
        return targets;
    }

    /** The median of nine timed runs after three warm-up runs, in milliseconds. */
    static double medianMillis(LongSupplier action) {
        for (int i = 0; i < 3; i++) {
            action.getAsLong();
        }
        double[] times = new double[9];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            action.getAsLong();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return times[times.length / 2];
    }

    long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    void print(String format, Object... args) {
        String line = String.format(format, args);
        report.add(line);
        System.out.println(line);
    }

    /** Prints the collected lines again under a heading and keeps them in {@code target/<file>}. */
    void finish(String file) throws IOException {
        // re-evaluations queued by the benchmark's writes (generation, moves, import) are not carried into the next
        // run, where the start-up flush would evaluate them underneath the measurements
        jdbc.sql("DELETE FROM compliance_pending").update();
        Path out = Path.of("target", file);
        Files.write(out, report, StandardCharsets.UTF_8);
        System.out.println("\n===== 基准测试结果（另存于 " + out + "）=====");
        report.forEach(System.out::println);
    }

    static String shorten(String name) {
        return name.length() > 26 ? name.substring(0, 25) + "…" : name;
    }
}
