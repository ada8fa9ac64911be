package org.dvpp.reliability;

import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The public seam for fault injection: a {@link DataSource} handed to {@code DvppBuilder.dataSource(...)} that wraps
 * the pool's connections and, while armed, numbers every statement execution and every commit (1, 2, 3...) across the
 * connections it hands out, and calls a hook at each point. The hook may throw a {@link SQLException} (an injected
 * server error) or kill the server session (after which the real call fails as it would in production). Disarmed, it
 * passes everything straight through. A connection whose session was killed is evicted from the pool when closed.
 */
final class FaultyDataSource implements DataSource {
    /** Where the hook is called. */
    enum Kind { STATEMENT, COMMIT, AFTER_COMMIT }

    /** One numbered point: statements and commits share one count; AFTER_COMMIT carries its commit's number. */
    record Point(Kind kind, int index, String sql) {
    }

    @FunctionalInterface
    interface Hook {
        void at(Point point, Connection physical) throws SQLException;
    }

    private final HikariDataSource target;
    private volatile Hook hook;
    private final AtomicInteger counter = new AtomicInteger();
    private final List<Point> seen = new CopyOnWriteArrayList<>();
    private final Set<Connection> killed = ConcurrentHashMap.newKeySet();

    FaultyDataSource(HikariDataSource target) {
        this.target = target;
    }

    /** Starts numbering from 1 and calls the hook at every point. */
    void arm(Hook h) {
        counter.set(0);
        seen.clear();
        hook = h;
    }

    void disarm() {
        hook = null;
    }

    /** @return the points passed since {@link #arm} */
    List<Point> seen() {
        return List.copyOf(seen);
    }

    /** Marks a physical connection as killed, so that closing it evicts it from the pool. */
    void killed(Connection physical) {
        killed.add(physical);
    }

    private void fire(Kind kind, String sql, Connection physical) throws SQLException {
        Hook h = hook;
        if (h != null) {
            Point p = new Point(kind, kind == Kind.AFTER_COMMIT ? counter.get() : counter.incrementAndGet(), sql);
            seen.add(p);
            h.at(p, physical);
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection real = target.getConnection();
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, m, args) -> {
                    switch (m.getName()) {
                        case "commit" -> {
                            fire(Kind.COMMIT, "COMMIT", real);
                            invoke(m, real, args);
                            fire(Kind.AFTER_COMMIT, "COMMIT", real);
                            return null;
                        }
                        case "close" -> {
                            if (killed.remove(real)) {
                                target.evictConnection(real);
                                return null;
                            }
                            return invoke(m, real, args);
                        }
                        case "createStatement", "prepareStatement", "prepareCall" -> {
                            Statement st = (Statement) invoke(m, real, args);
                            String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : "";
                            return wrap(st, sql, real);
                        }
                        default -> {
                            return invoke(m, real, args);
                        }
                    }
                });
    }

    private Statement wrap(Statement st, String preparedSql, Connection real) {
        Class<?> iface = st instanceof CallableStatement ? CallableStatement.class
                : st instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
        return (Statement) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {iface},
                (proxy, m, args) -> {
                    if (m.getName().startsWith("execute")) {
                        String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : preparedSql;
                        fire(Kind.STATEMENT, sql, real);
                    }
                    return invoke(m, st, args);
                });
    }

    private static Object invoke(Method m, Object target, Object[] args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
    }

    @Override
    public void setLoginTimeout(int seconds) {
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return target.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return target.isWrapperFor(iface);
    }
}
