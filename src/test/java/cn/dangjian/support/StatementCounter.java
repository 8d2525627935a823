package cn.dangjian.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the current thread prepares, for tests showing that a batch read costs a fixed
 * number of statements however many rows it covers (no N+1). {@code @Import} it into an integration test: it
 * wraps the application's {@link DataSource}. Other threads (event publication, schedulers) are not counted.
 */
public class StatementCounter implements BeanPostProcessor {

    private static final ThreadLocal<int[]> COUNT = new ThreadLocal<>();
    private static final Set<String> STATEMENTS = Set.of("prepareStatement", "prepareCall", "createStatement");

    /** What {@code action} returned and how many statements it prepared on this thread. */
    public record Counted<T>(T result, int statements) {
    }

    public static <T> Counted<T> count(Supplier<T> action) {
        int[] previous = COUNT.get();
        int[] count = new int[1];
        COUNT.set(count);
        try {
            T result = action.get();
            return new Counted<>(result, count[0]);
        } finally {
            if (previous == null) {
                COUNT.remove();
            } else {
                COUNT.set(previous);
            }
        }
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof DataSource dataSource && !(bean instanceof CountingDataSource)
                ? new CountingDataSource(dataSource) : bean;
    }

    /** The application's data source, handing out connections that count the statements they prepare. */
    static final class CountingDataSource extends DelegatingDataSource implements AutoCloseable {

        CountingDataSource(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counting(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return counting(super.getConnection(username, password));
        }

        /** Closes the pool it wraps, as the application's own data source bean would be closed. */
        @Override
        public void close() throws Exception {
            if (getTargetDataSource() instanceof AutoCloseable closeable) {
                closeable.close();
            }
        }

        private static Connection counting(Connection connection) {
            return (Connection) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        if (STATEMENTS.contains(method.getName()) && COUNT.get() != null) {
                            COUNT.get()[0]++;
                        }
                        try {
                            return method.invoke(connection, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }
}
