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
 * Counts the SQL statements the current thread prepares, to show that a batch read costs the same number of
 * statements however many organizations it covers. {@code @Import} it into an integration test: it wraps the
 * application's {@link DataSource}; other threads are not counted.
 */
public class SqlStatementTally implements BeanPostProcessor {

    private static final ThreadLocal<int[]> COUNT = new ThreadLocal<>();
    private static final Set<String> PREPARING = Set.of("prepareStatement", "prepareCall", "createStatement");

    public record Tallied<T>(T result, int statements) {
    }

    public static <T> Tallied<T> tally(Supplier<T> action) {
        int[] count = new int[1];
        COUNT.set(count);
        try {
            return new Tallied<>(action.get(), count[0]);
        } finally {
            COUNT.remove();
        }
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof DataSource source && !(bean instanceof Tallying) ? new Tallying(source) : bean;
    }

    static final class Tallying extends DelegatingDataSource implements AutoCloseable {

        Tallying(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return tallying(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return tallying(super.getConnection(username, password));
        }

        @Override
        public void close() throws Exception {
            if (getTargetDataSource() instanceof AutoCloseable closeable) {
                closeable.close();
            }
        }

        private static Connection tallying(Connection connection) {
            return (Connection) Proxy.newProxyInstance(SqlStatementTally.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        if (PREPARING.contains(method.getName()) && COUNT.get() != null) {
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
