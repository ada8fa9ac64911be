package org.dvpp.storage.jdbc.internal;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.dvpp.domain.Identifier;
import org.dvpp.storage.spi.DuplicateRecordException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The optional PostgreSQL COPY path for bulk import: the same rows as the batched INSERT, streamed in COPY's text
 * format. Derives the column list and the constant values from the INSERT statement, so both paths write the same.
 */
final class PostgresCopy {
    private static final int CHUNK = 1 << 16;

    private PostgresCopy() {
    }

    static <T> long copy(Db db, String kind, String insertSql, List<T> rows, JdbcBulkImport.BatchRow<T> params) {
        String table = insertSql.substring("INSERT INTO ".length(), insertSql.indexOf('(')).trim();
        String cols = insertSql.substring(insertSql.indexOf('(') + 1, insertSql.indexOf(')'));
        String values = insertSql.substring(insertSql.lastIndexOf('(') + 1, insertSql.lastIndexOf(')'));
        String[] tokens = values.split(",");
        try {
            CopyIn in = db.connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY " + table + " (" + cols + ") FROM STDIN");
            try {
                StringBuilder sb = new StringBuilder(CHUNK + 4096);
                for (T row : rows) {
                    Object[] p = params.params(db, row);
                    int next = 0;
                    for (int i = 0; i < tokens.length; i++) {
                        if (i > 0) {
                            sb.append('\t');
                        }
                        String tok = tokens[i].trim();
                        if (tok.equals("?")) {
                            append(sb, p[next++]);
                        } else {
                            sb.append(tok);
                        }
                    }
                    sb.append('\n');
                    if (sb.length() >= CHUNK) {
                        byte[] b = sb.toString().getBytes(StandardCharsets.UTF_8);
                        in.writeToCopy(b, 0, b.length);
                        sb.setLength(0);
                    }
                }
                byte[] b = sb.toString().getBytes(StandardCharsets.UTF_8);
                in.writeToCopy(b, 0, b.length);
                return in.endCopy();
            } finally {
                if (in.isActive()) {
                    in.cancelCopy();
                }
            }
        } catch (SQLException e) {
            if (db.dialect.isDuplicate(e)) {
                throw new DuplicateRecordException(kind, "(in a COPY)", e);
            }
            throw new SqlFailure(e);
        }
    }

    private static void append(StringBuilder sb, Object v) {
        if (v instanceof Null) {
            sb.append("\\N");
        } else if (v instanceof byte[] bytes) {
            sb.append("\\\\x").append(HexFormat.of().formatHex(bytes));
        } else if (v instanceof Boolean b) {
            sb.append(b ? 't' : 'f');
        } else if (v instanceof Identifier id) {
            sb.append(id.value());
        } else if (v instanceof UUID || v instanceof Number) {
            sb.append(v);
        } else if (v instanceof Enum<?> e) {
            sb.append(e.name());
        } else if (v instanceof Instant i) {
            sb.append(Codec.nanos(i));
        } else if (v instanceof Duration d) {
            sb.append(d.toNanos());
        } else {
            String s = v.toString();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '\\' -> sb.append("\\\\");
                    case '\t' -> sb.append("\\t");
                    case '\n' -> sb.append("\\n");
                    case '\r' -> sb.append("\\r");
                    default -> sb.append(c);
                }
            }
        }
    }
}
