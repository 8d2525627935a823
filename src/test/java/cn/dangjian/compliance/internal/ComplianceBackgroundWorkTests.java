package cn.dangjian.compliance.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import cn.dangjian.compliance.Compliance;
import cn.dangjian.compliance.FindingQuery;
import cn.dangjian.compliance.FindingView;
import cn.dangjian.compliance.internal.PendingEvaluations.Kind;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.PageRequest;
import cn.dangjian.support.TestTree;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Background compliance work neither loses work nor starves people: a change recorded before a restart is evaluated
 * by the next instance, a request made during an evaluation is not swallowed by it, and however many evaluations
 * queue up they hold no more connections than the budget (one by default), so a person's request still gets one.
 * The scheduled flush is pushed out of the way (the test plays the scheduler).
 */
@SpringBootTest(properties = "dangjian.compliance.debounce=1h")
@Import(TestTree.class)
class ComplianceBackgroundWorkTests {

    @Autowired
    Compliance compliance;
    @Autowired
    OrgUnits orgs;
    @Autowired
    TestTree trees;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    BackgroundBudget budget;
    @Autowired
    FindingStore store;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Clock clock;

    private final AccessScope system = AccessScope.system();

    @Test
    void aChangeRecordedBeforeARestartIsEvaluatedByTheNextInstance() {
        java.time.Instant start = now();
        TestTree.Tree t = trees.build(); // a branch with one full member: findings once evaluated
        // the listeners have recorded the change and completed the events' publications; this instance then stops
        // before its flush (it never flushes: the debounce is an hour)
        await().atMost(Duration.ofSeconds(60)).until(() -> incompletePublications(start) == 0);
        assertThat(pendingFor(t.a1())).as("the change is recorded durably").isPositive();

        // the next instance knows nothing in memory; its first flush (at start-up) takes what is pending
        ComplianceTriggers restarted = new ComplianceTriggers(compliance, new PendingEvaluations(jdbc), budget, clock);
        restarted.flush();

        // (polled only because another cached test context sharing the database may have taken the rows first)
        await().atMost(Duration.ofSeconds(60)).until(() -> !open(t.a1()).isEmpty() && pendingFor(t.a1()) == 0);
    }

    @Test
    void aRequestMadeWhileABatchIsEvaluatedStaysForTheNextRun() {
        PendingEvaluations pending = new PendingEvaluations(jdbc);
        pending.request(Kind.ORG, List.of(-7L));
        PendingEvaluations.Batch taken = pending.take();
        pending.request(Kind.ORG, List.of(-7L)); // a new change of the same organization, during the evaluation
        pending.done(taken);

        assertThat(pending.take().orgs()).contains(-7L);
        jdbc.sql("DELETE FROM compliance_pending WHERE org_id = -7").update();
    }

    @Test
    void queuedBackgroundEvaluationsHoldNoMoreConnectionsThanTheBudget() throws Exception {
        java.time.Instant start = now();
        TestTree.Tree t = trees.build();
        await().atMost(Duration.ofSeconds(60)).until(() -> incompletePublications(start) == 0);
        HikariPoolMXBean pool = dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
        assertThat(budget.size()).isEqualTo(1);

        // one background transaction holds the budget and the evaluation lock
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        int queued = 5;
        ExecutorService threads = Executors.newFixedThreadPool(queued + 1);
        CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> budget.run(() ->
                new TransactionTemplate(transactions).execute(status -> {
                    store.lockEvaluation();
                    holding.countDown();
                    awaitQuietly(release);
                    return null;
                })), threads);
        assertThat(holding.await(60, TimeUnit.SECONDS)).isTrue();

        // more evaluations than the pool has connections queue behind it
        List<CompletableFuture<?>> evaluations = new ArrayList<>();
        for (int i = 0; i < queued; i++) {
            evaluations.add(CompletableFuture.runAsync(() -> compliance.reevaluateOrgs(List.of(t.a1())), threads));
        }
        // every one of them has either queued for the budget or taken (or is waiting for) a connection
        await().atMost(Duration.ofSeconds(60)).until(() -> budget.waiting()
                + (pool.getActiveConnections() - 1) + pool.getThreadsAwaitingConnection() >= queued);

        try {
            assertThat(pool.getActiveConnections()).as("connections held by background work").isEqualTo(1);
            assertThat(pool.getThreadsAwaitingConnection()).isZero();
            assertThat(orgs.get(system, t.a1()).name()).as("a person's read").startsWith("测试局第一党支部");
        } finally {
            release.countDown();
        }
        holder.join();
        evaluations.forEach(CompletableFuture::join);
        threads.shutdown();
        assertThat(open(t.a1())).isNotEmpty();
    }

    private List<FindingView> open(long orgId) {
        return compliance.findings(system, FindingQuery.openIn(orgId), new PageRequest(1, 100)).items().stream()
                .filter(f -> f.orgId() == orgId).toList();
    }

    private long pendingFor(long orgId) {
        return jdbc.sql("SELECT count(*) FROM compliance_pending WHERE org_id = :org").param("org", orgId)
                .query(Long.class).single();
    }

    /** Publications of this test's events (tests run one after another) not yet completed by their listeners. */
    private long incompletePublications(java.time.Instant since) {
        return jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL AND publication_date >= :since")
                .param("since", java.sql.Timestamp.from(since)).query(Long.class).single();
    }

    private java.time.Instant now() {
        return jdbc.sql("SELECT now()").query(java.sql.Timestamp.class).single().toInstant();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
