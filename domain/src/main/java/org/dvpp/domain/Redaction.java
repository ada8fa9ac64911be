package org.dvpp.domain;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.StringJoiner;

/**
 * The {@code toString()} of records that hold {@link Sensitive} components: it prints every component like the default
 * record {@code toString()}, except that a sensitive one shows only {@code <p0>} or {@code <p1>}, never its value.
 */
public final class Redaction {
    private Redaction() {
    }

    /**
     * @param record a record
     * @return its description with every sensitive component withheld
     */
    public static String describe(Record record) {
        StringJoiner out = new StringJoiner(", ", record.getClass().getSimpleName() + "[", "]");
        for (RecordComponent rc : record.getClass().getRecordComponents()) {
            Sensitive s = rc.getAnnotation(Sensitive.class);
            String value;
            if (s != null) {
                value = "<" + s.value().code() + ">";
            } else {
                try {
                    value = String.valueOf(rc.getAccessor().invoke(record));
                } catch (IllegalAccessException | InvocationTargetException e) {
                    value = "<unreadable>";
                }
            }
            out.add(rc.getName() + "=" + value);
        }
        return out.toString();
    }
}
