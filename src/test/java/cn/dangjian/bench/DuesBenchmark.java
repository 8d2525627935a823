package cn.dangjian.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import cn.dangjian.dues.AssessMember;
import cn.dangjian.dues.DuesAssessments;
import cn.dangjian.dues.DuesCategory;
import cn.dangjian.dues.DuesOverview;
import cn.dangjian.dues.DuesPayments;
import cn.dangjian.dues.PaymentBatch;
import cn.dangjian.dues.PaymentMethod;
import cn.dangjian.dues.RecordPayment;
import cn.dangjian.dues.internal.RegisterStore;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.Fen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The dues goals of issue 12 on the city tier (~350,000 members), for last year (every month ended):
 * <ol>
 *   <li>the annual 核定 of the 机关党委 closest to 1,000 members through {@link DuesAssessments#assessAll}, branch by
 *       branch — goal under 2 s (printed beside a raw {@code INSERT … SELECT} of the same rows);</li>
 *   <li>a year of monthly payments (~4 million rows, one CSV file as a bank exports it) loaded through the import
 *       path ({@link DuesPayments#recordAll} in batches of 20,000: every row checked, COPY, register rewritten) vs
 *       a raw streaming read of the same file + COPY into a bare table — goal ≥ 25% of the raw rate;</li>
 *   <li>the 工委's year and month summary ({@link DuesOverview#summary}) for the city root and a 机关党委 vs a plain
 *       {@code GROUP BY} over the payment rows — goal ≤ 2×.</li>
 * </ol>
 * Everyone else is assessed by SQL first (setup, not measured); last year's dues are deleted at the start of each
 * run so every run imports into an empty year. Run with {@code bench/run.sh -Dtest=DuesBenchmark}.
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class DuesBenchmark extends CityBenchmark {

    private static final int BATCH = 20_000;

    @Autowired
    DuesAssessments assessments;
    @Autowired
    DuesPayments payments;
    @Autowired
    DuesOverview overview;
    @Autowired
    RegisterStore register;
    @Autowired
    OrgUnits orgs;
    @Autowired
    DataSource dataSource;

    private final AccessScope system = AccessScope.system();
    private final int year = LocalDate.now().getYear() - 1;

    @Test
    void run() throws Exception {
        long root = cityRoot();
        clearYear();
        long committee = assessCommittee();
        assessEveryoneElse();
        Path file = paymentFile();
        importYear(root, file);
        jdbc.sql("VACUUM ANALYZE").update();
        summaries(root, committee);
        finish("bench-dues-results.txt");
    }

    private void clearYear() {
        String months = "month BETWEEN make_date(" + year + ", 1, 1) AND make_date(" + year + ", 12, 1)";
        jdbc.sql("DELETE FROM dues_month WHERE " + months).update();
        jdbc.sql("DELETE FROM dues_payment WHERE " + months).update();
        jdbc.sql("DELETE FROM dues_confirmation WHERE assessment_id IN (SELECT id FROM dues_assessment WHERE year = " + year + ")").update();
        jdbc.sql("DELETE FROM dues_assessment WHERE year = " + year).update();
    }

    // --- (1) the annual 核定 of a 1,000-member 机关党委 ------------------------------------------------

    private long assessCommittee() {
        OrgUnitRef committee = orgs.ref(jdbc.sql("""
                        SELECT o.id FROM org_unit o WHERE o.type = 'PARTY_COMMITTEE'
                        ORDER BY abs((SELECT count(*) FROM member m WHERE m.org_path LIKE o.path || '%') - 1000) LIMIT 1""")
                .query(Long.class).single()).orElseThrow();
        // members admitted after last year owe nothing for it (DF-08): the facade would refuse them
        java.util.Map<Long, List<AssessMember>> byBranch = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                        SELECT id, org_id FROM member WHERE org_path LIKE :p AND status = 'NORMAL'
                          AND joined_on <= make_date(:y, 12, 31) ORDER BY org_id, id""")
                .param("p", committee.path() + "%").param("y", year)
                .query((rs, n) -> byBranch.computeIfAbsent(rs.getLong("org_id"), k -> new ArrayList<>())
                        .add(AssessMember.annual(rs.getLong("id"), year, DuesCategory.CIVIL_SERVANT, base(rs.getLong("id")))))
                .list();
        List<Long> branches = new ArrayList<>(byBranch.keySet());
        List<List<AssessMember>> rows = new ArrayList<>(byBranch.values());
        int people = rows.stream().mapToInt(List::size).sum();
        jdbc.sql("CREATE TEMP TABLE bench_assessment (LIKE dues_assessment INCLUDING DEFAULTS)").update();
        long start = System.nanoTime();
        for (int i = 0; i < branches.size(); i++) {
            if (!rows.get(i).isEmpty()) {
                assessments.assessAll(system, branches.get(i), year, rows.get(i));
            }
        }
        double ours = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        jdbc.sql("""
                INSERT INTO bench_assessment (member_id, org_id, org_path, year, effective_from, kind, category, base_fen,
                    rate_bp, bracket, rule_id, exact_fen, rounding, monthly_fen, recorded_by)
                SELECT id, org_id, org_path, :y, make_date(:y, 1, 1), 'ANNUAL', 'CIVIL_SERVANT', 480000, 100, '', 'DF-02',
                       4800, 'FEN', 4800, 'bench'
                FROM member WHERE org_path LIKE :p AND status = 'NORMAL' AND joined_on <= make_date(:y, 12, 31)""")
                .param("y", year).param("p", committee.path() + "%").update();
        double raw = (System.nanoTime() - start) / 1e9;
        jdbc.sql("DROP TABLE bench_assessment").update();
        print("(1) %s（%d个党支部，%,d名党员）%d年年初核定：DuesAssessments.assessAll 逐支部 %.2f 秒（目标 < 2 秒），"
                + "同样行数的原生 INSERT…SELECT %.2f 秒，比值 %.1f×", shorten(committee.name()), branches.size(), people, year,
                ours, raw, ours / raw);
        return committee.id();
    }

    private void assessEveryoneElse() {
        long start = System.nanoTime();
        jdbc.sql("""
                INSERT INTO dues_assessment (member_id, org_id, org_path, year, effective_from, kind, category, base_fen,
                    rate_bp, bracket, rule_id, exact_fen, rounding, monthly_fen, recorded_by)
                SELECT m.id, m.org_id, m.org_path, :y, b.first, 'ANNUAL', 'CIVIL_SERVANT', b.base,
                       CASE WHEN b.base <= 300000 THEN 50 WHEN b.base <= 500000 THEN 100 WHEN b.base <= 1000000 THEN 150 ELSE 200 END,
                       '', 'DF-02', 0, 'FEN', 0, 'bench'
                FROM member m
                CROSS JOIN LATERAL (SELECT greatest(make_date(:y, 1, 1), CAST(date_trunc('month', m.joined_on) AS date)) AS first,
                                           300000 + (m.id * 7919) % 900000 AS base) b
                WHERE m.status = 'NORMAL' AND m.joined_on <= make_date(:y, 12, 31)
                  AND NOT EXISTS (SELECT 1 FROM dues_assessment d WHERE d.member_id = m.id AND d.year = :y)""")
                .param("y", year).update();
        jdbc.sql("UPDATE dues_assessment SET monthly_fen = round(base_fen * rate_bp / 10000.0), exact_fen = base_fen * rate_bp / 10000.0"
                + " WHERE year = :y AND recorded_by = 'bench'").param("y", year).update();
        List<Long> ids = jdbc.sql("SELECT member_id FROM dues_assessment WHERE year = :y ORDER BY member_id")
                .param("y", year).query(Long.class).list();
        for (int i = 0; i < ids.size(); i += 50_000) {
            register.refresh(ids.subList(i, Math.min(ids.size(), i + 50_000)), year);
        }
        print("准备：其余党员以 SQL 核定并生成收缴登记（不计时）%.0f 秒，共 %,d 名党员、%,d 个应交月份", (System.nanoTime() - start) / 1e9,
                ids.size(), count("SELECT count(*) FROM dues_month WHERE month BETWEEN make_date(" + year
                        + ", 1, 1) AND make_date(" + year + ", 12, 1)"));
    }

    /** 300.00–11999.99 元, the same for a member in every run. */
    private static String base(long memberId) {
        return Fen.of(300_000 + (memberId * 7919) % 900_000).toString();
    }

    // --- (2) a year of monthly payments through the import path ---------------------------------------

    /**
     * The member-months due last year paid on a day of that month, in the order a bank statement lists them — all
     * but about one in 33, left unpaid so the summaries have arrears to count.
     */
    private Path paymentFile() throws Exception {
        Path file = Path.of("target", "bench-dues", "payments-" + year + ".csv");
        Files.createDirectories(file.getParent());
        long start = System.nanoTime();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("交易流水号,党员编号,交纳月份,金额,交纳日期,交纳方式\n");
            jdbc.sql("""
                            SELECT member_id, month, due_fen FROM dues_month
                            WHERE month BETWEEN make_date(:y, 1, 1) AND make_date(:y, 12, 1) AND due_fen > 0
                              AND (member_id * 31 + extract(month FROM month)) % 33 <> 0
                            ORDER BY month, member_id""")
                    .param("y", year).query(rs -> {
                        LocalDate month = rs.getObject("month", LocalDate.class);
                        long member = rs.getLong("member_id");
                        try {
                            out.write("YH" + month.getYear() + month.getMonthValue() + "-" + member + "," + member + ","
                                    + YearMonth.from(month) + "," + Fen.of(rs.getLong("due_fen")) + ","
                                    + month.plusDays(4 + member % 10) + ",本人交纳\n");
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    });
        }
        print("准备：银行导出文件 %s，%,d 行，%.0f MB（不计时，%.0f 秒）", file, Files.lines(file).count() - 1,
                Files.size(file) / 1e6, (System.nanoTime() - start) / 1e9);
        return file;
    }

    private void importYear(long root, Path file) throws Exception {
        long start = System.nanoTime();
        long rows = 0;
        long written = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            in.readLine();
            List<PaymentBatch.Row> batch = new ArrayList<>(BATCH);
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split(",");
                batch.add(new PaymentBatch.Row(new RecordPayment(Long.parseLong(f[1]), List.of(YearMonth.parse(f[2])), f[3],
                        LocalDate.parse(f[4]), PaymentMethod.SELF, null, null, null), f[0]));
                rows++;
                if (batch.size() == BATCH) {
                    written += payments.recordAll(system, root, batch, "IMPORT").written();
                    batch.clear();
                }
            }
            written += payments.recordAll(system, root, batch, "IMPORT").written();
        }
        double ours = (System.nanoTime() - start) / 1e9;
        jdbc.sql("CREATE UNLOGGED TABLE IF NOT EXISTS bench_raw_payment (serial text, member_id bigint, month text,"
                + " amount numeric, paid_on date, method text)").update();
        jdbc.sql("TRUNCATE bench_raw_payment").update();
        start = System.nanoTime();
        try (Connection c = dataSource.getConnection(); BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            PGConnection pg = c.unwrap(PGConnection.class);
            in.readLine();
            StringBuilder chunk = new StringBuilder();
            int n = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                chunk.append(line).append('\n');
                if (++n % BATCH == 0) {
                    pg.getCopyAPI().copyIn("COPY bench_raw_payment FROM STDIN WITH (FORMAT csv)", new StringReader(chunk.toString()));
                    chunk.setLength(0);
                }
            }
            pg.getCopyAPI().copyIn("COPY bench_raw_payment FROM STDIN WITH (FORMAT csv)", new StringReader(chunk.toString()));
        }
        double raw = (System.nanoTime() - start) / 1e9;
        jdbc.sql("DROP TABLE bench_raw_payment").update();
        print("(2) %d年全年按月交纳 %,d 行（写入 %,d 笔）经导入路径（逐行检查、COPY、更新收缴登记）%.0f 秒 = %,.0f 行/秒；"
                + "原生流式读取 + COPY %.1f 秒 = %,.0f 行/秒；速率比 %.0f%%（目标 ≥ 25%%）", year, rows, written, ours, rows / ours,
                raw, rows / raw, 100 * raw / ours);
        // the floor of storing them at all: the same rows copied in SQL into a table like dues_payment, its indexes
        // and unique import key included — no file, no checks, no register
        jdbc.sql("CREATE TABLE bench_payment_floor (LIKE dues_payment INCLUDING ALL)").update();
        start = System.nanoTime();
        jdbc.sql("INSERT INTO bench_payment_floor SELECT * FROM dues_payment"
                + " WHERE month BETWEEN make_date(:y, 1, 1) AND make_date(:y, 12, 1)").param("y", year).update();
        double floor = (System.nanoTime() - start) / 1e9;
        jdbc.sql("DROP TABLE bench_payment_floor").update();
        print("    下限：同样的行在数据库内直接 INSERT…SELECT 到与交纳表相同结构、相同索引的表（不读文件、不检查、不更新登记表）"
                + "%.1f 秒 = %,.0f 行/秒，为原生流式读取 + COPY 的 %.0f%%", floor, rows / floor, 100 * raw / floor);
    }

    // --- (3) the summaries --------------------------------------------------------------------------

    private void summaries(long root, long committee) {
        print("(3) 党费汇总（DuesOverview.summary：各直属下级组织的应交、实交、欠交、补交、欠交人数）对比 原生 GROUP BY（只合计交纳记录），目标 ≤ 2×");
        for (long orgId : List.of(root, committee)) {
            OrgUnitRef org = orgs.ref(orgId).orElseThrow();
            for (YearMonth[] span : List.of(new YearMonth[] {YearMonth.of(year, 1), YearMonth.of(year, 12)},
                    new YearMonth[] {YearMonth.of(year, 6), YearMonth.of(year, 6)})) {
                double ours = medianMillis(() -> overview.summary(system, orgId, span[0], span[1]).size());
                double raw = medianMillis(() -> jdbc.sql("""
                                SELECT org_id, sum(amount_fen), count(*) FROM dues_payment
                                WHERE org_path LIKE :p AND month BETWEEN :from AND :until GROUP BY org_id""")
                        .param("p", org.path() + "%").param("from", span[0].atDay(1)).param("until", span[1].atDay(1))
                        .query((rs, n) -> 1).list().size());
                print("    %-26s %-17s 汇总 %8.1f 毫秒，原生 GROUP BY %8.1f 毫秒，比值 %.2f×", shorten(org.name()),
                        span[0].equals(span[1]) ? span[0] + "" : span[0] + "至" + span[1], ours, raw, ours / raw);
            }
        }
    }
}
