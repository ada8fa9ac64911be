package org.dvpp.benchmarks;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;

/**
 * A data source that notes the SQL of every statement prepared through it while {@link #recording} is on, so that a
 * benchmark can show which statements the SDK runs for one call and hold its hand-written peer to the same ones.
 */
final class StatementLog {
    final List<String> statements = new CopyOnWriteArrayList<>();
    volatile boolean recording;

    DataSource wrap(DataSource target) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                forward(target, (proxy, m, args) -> {
                    Object out = m.invoke(target, args);
                    return out instanceof Connection c ? connection(c) : out;
                }));
    }

    private Connection connection(Connection target) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                forward(target, (proxy, m, args) -> {
                    if (recording && (m.getName().equals("prepareStatement") || m.getName().equals("prepareCall"))
                            && args != null && args[0] instanceof String sql) {
                        statements.add(sql);
                    }
                    return m.invoke(target, args);
                }));
    }

    private static InvocationHandler forward(Object target, InvocationHandler h) {
        return (proxy, m, args) -> {
            try {
                return h.invoke(proxy, m, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
    }
}
