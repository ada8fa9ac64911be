package org.dvpp.storage.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source for tests that lends connections whose calls a test can intercept: {@link #intercept} sees each call
 * first and either answers it or passes it on to the real connection with {@link #pass}.
 */
abstract class InterceptingDataSource implements DataSource {

    /** @return the real connection to lend next */
    protected abstract Connection real() throws SQLException;

    /**
     * @param real the real connection
     * @param method the method called on the lent one
     * @param args its arguments
     * @return the call's answer
     * @throws Throwable what the call throws
     */
    protected Object intercept(Connection real, Method method, Object[] args) throws Throwable {
        return pass(real, method, args);
    }

    /** Passes a call on to the real connection, throwing what it throws. */
    protected static Object pass(Connection real, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(real, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection real = real();
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> intercept(real, method, args));
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
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return false;
    }
}
