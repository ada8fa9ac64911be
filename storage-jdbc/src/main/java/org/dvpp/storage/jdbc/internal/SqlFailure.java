package org.dvpp.storage.jdbc.internal;

import java.sql.SQLException;

/** Carries a {@link SQLException} out of repository code to the transaction runner, which classifies it. */
final class SqlFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SqlFailure(SQLException cause) {
        super(cause.getMessage(), cause);
    }

    SQLException sql() {
        return (SQLException) getCause();
    }
}
