package org.dvpp.storage.jdbc.internal;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The host's data source, with every connection switched to the SDK's own schema (option {@code schema.name}) while
 * the SDK holds it and switched back to the schema it had before it is closed (returned to the host's pool), so the
 * host's own work on a pooled connection never lands in the SDK's schema. On MariaDB the schema is a database, set as
 * the connection's catalog.
 */
public final class SchemaDataSource implements DataSource {
    private final DataSource host;
    private final Dialect dialect;
    private final String schema;

    private SchemaDataSource(DataSource host, Dialect dialect, String schema) {
        this.host = host;
        this.dialect = dialect;
        this.schema = schema;
    }

    /**
     * Creates the schema if it does not exist and returns the data source that uses it.
     *
     * @param host the host's data source
     * @param dialect its dialect
     * @param schema the schema's name, already checked to be a plain lower-case SQL name
     * @return the switching data source
     * @throws SQLException if the schema cannot be created
     */
    public static SchemaDataSource create(DataSource host, Dialect dialect, String schema) throws SQLException {
        try (Connection c = host.getConnection(); Statement s = c.createStatement()) {
            s.execute(dialect == Dialect.MARIADB
                    ? "CREATE DATABASE IF NOT EXISTS `" + schema + "` CHARACTER SET utf8mb4"
                    : "CREATE SCHEMA IF NOT EXISTS \"" + schema + "\"");
            if (!c.getAutoCommit()) {
                c.commit();
            }
        }
        return new SchemaDataSource(host, dialect, schema);
    }

    /** @return the host's data source */
    public DataSource host() {
        return host;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return switched(host.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return switched(host.getConnection(username, password));
    }

    private Connection switched(Connection c) throws SQLException {
        String before;
        try {
            before = get(c);
            set(c, schema);
        } catch (SQLException | RuntimeException e) {
            try {
                c.close();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if ("close".equals(method.getName()) && method.getParameterCount() == 0) {
                        try {
                            if (!c.isClosed() && before != null) {
                                set(c, before);
                            }
                        } finally {
                            c.close();
                        }
                        return null;
                    }
                    try {
                        return method.invoke(c, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private String get(Connection c) throws SQLException {
        return dialect == Dialect.MARIADB ? c.getCatalog() : c.getSchema();
    }

    private void set(Connection c, String name) throws SQLException {
        if (dialect == Dialect.MARIADB) {
            c.setCatalog(name);
        } else {
            c.setSchema(name);
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return host.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        host.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        host.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return host.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return host.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return iface.isInstance(this) ? iface.cast(this) : host.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || host.isWrapperFor(iface);
    }

    @Override
    public String toString() {
        return "SchemaDataSource[" + schema + " on " + host + "]";
    }
}
