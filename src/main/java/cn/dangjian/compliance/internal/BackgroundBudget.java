package cn.dangjian.compliance.internal;

import java.sql.SQLException;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The share of the connection pool that background work may hold (see docs/decisions/0005): at most
 * {@code dangjian.background.max-connections} background transactions at once, the rest of the pool left to people.
 * A permit is taken <em>before</em> the transaction takes its connection, so background work beyond the budget
 * waits for a permit, not for — and never in front of — a person's connection. Every evaluation (the debounced
 * re-evaluation, the nightly pass, the pass after a roster import or demo generation) goes through it.
 */
@Component
class BackgroundBudget {

    private final Semaphore permits;
    private final int size;

    BackgroundBudget(@Value("${dangjian.background.max-connections:1}") int maxConnections, DataSource dataSource) {
        if (maxConnections < 1) {
            throw new IllegalStateException("dangjian.background.max-connections must be at least 1");
        }
        int pool = poolSize(dataSource);
        if (maxConnections >= pool) {
            throw new IllegalStateException("dangjian.background.max-connections (" + maxConnections
                    + ") must be smaller than the connection pool (" + pool
                    + "), or background work could take every connection");
        }
        this.size = maxConnections;
        this.permits = new Semaphore(maxConnections, true);
    }

    /** Runs {@code work} (one short background transaction) once a permit is free. */
    <T> T run(Supplier<T> work) {
        permits.acquireUninterruptibly();
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }

    private static int poolSize(DataSource dataSource) {
        try {
            return dataSource.isWrapperFor(HikariDataSource.class)
                    ? dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize() : Integer.MAX_VALUE;
        } catch (SQLException e) {
            return Integer.MAX_VALUE;
        }
    }

    /** How many background transactions may hold a connection at once. */
    int size() {
        return size;
    }

    /** How many background transactions wait for a permit. */
    int waiting() {
        return permits.getQueueLength();
    }
}
