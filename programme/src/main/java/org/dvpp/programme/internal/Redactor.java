package org.dvpp.programme.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.dvpp.domain.DataClass;
import org.dvpp.domain.Sensitive;

/**
 * Withholds from a use case's result every {@link Sensitive} component whose data class the caller may not read, and
 * notes which sensitive components the caller did receive (for the audit entry). Records are rebuilt through their
 * canonical constructors; lists, sets, maps and optionals are walked. A withheld text becomes {@link #WITHHELD}, a
 * withheld optional becomes empty, a withheld map or collection becomes empty. A sensitive component of any other type
 * cannot be withheld and fails the call: an unsafe result is never returned.
 */
final class Redactor {
    /** What a withheld text reads as. */
    static final String WITHHELD = "[withheld]";

    private Redactor() {
    }

    /** A redacted result and the sensitive component paths left in it, by class. */
    record Outcome<T>(T value, Map<DataClass, Set<String>> seen) {
        boolean sawAny() {
            return !seen.isEmpty();
        }

        String describe() {
            StringBuilder b = new StringBuilder();
            seen.forEach((c, paths) -> b.append(' ').append(c.code()).append(paths));
            return b.toString().trim();
        }
    }

    /**
     * @param value a result
     * @param readable the data classes the caller may read
     * @return the result with everything else withheld
     */
    static <T> Outcome<T> redact(T value, Set<DataClass> readable) {
        Map<DataClass, Set<String>> seen = new EnumMap<>(DataClass.class);
        @SuppressWarnings("unchecked")
        T out = (T) walk(value, "", readable, seen);
        return new Outcome<>(out, seen);
    }

    private static Object walk(Object value, String path, Set<DataClass> readable, Map<DataClass, Set<String>> seen) {
        if (value instanceof Record r) {
            return record(r, path, readable, seen);
        }
        if (value instanceof Optional<?> o) {
            return o.map(v -> walk(v, path, readable, seen));
        }
        if (value instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            boolean changed = false;
            for (Object e : l) {
                Object r = walk(e, path, readable, seen);
                changed |= r != e;
                out.add(r);
            }
            return changed ? List.copyOf(out) : l;
        }
        if (value instanceof Set<?> s) {
            List<Object> out = new ArrayList<>(s.size());
            boolean changed = false;
            for (Object e : s) {
                Object r = walk(e, path, readable, seen);
                changed |= r != e;
                out.add(r);
            }
            return changed ? Set.copyOf(out) : s;
        }
        if (value instanceof Map<?, ?> m) {
            Map<Object, Object> out = new LinkedHashMap<>();
            boolean changed = false;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                Object r = walk(e.getValue(), path, readable, seen);
                changed |= r != e.getValue();
                out.put(e.getKey(), r);
            }
            return changed ? Map.copyOf(out) : m;
        }
        return value;
    }

    private static Object record(Record r, String path, Set<DataClass> readable, Map<DataClass, Set<String>> seen) {
        RecordShape shape = RecordShape.of(r.getClass());
        List<RecordShape.Part> parts = shape.parts();
        Object[] values = new Object[parts.size()];
        boolean changed = false;
        for (int i = 0; i < values.length; i++) {
            RecordShape.Part part = parts.get(i);
            Object v = part.get(r);
            String p = path.isEmpty() ? part.name() : path + "." + part.name();
            Sensitive s = part.sensitive();
            Object out;
            if (s == null) {
                out = walk(v, p, readable, seen);
            } else if (readable.contains(s.value())) {
                if (present(v)) {
                    seen.computeIfAbsent(s.value(), c -> new TreeSet<>()).add(p);
                }
                out = v;
            } else {
                out = withheld(v, shape, part);
            }
            changed |= out != v;
            values[i] = out;
        }
        if (!changed) {
            return r;
        }
        try {
            return shape.create(values);
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot withhold data from a " + r.getClass().getSimpleName(), e);
        }
    }

    /** @return whether a component's value holds anything (for the audit entry's paths and the bundles' lists) */
    static boolean present(Object v) {
        if (v instanceof Optional<?> o) {
            return o.isPresent();
        }
        if (v instanceof String s) {
            return !s.isEmpty();
        }
        if (v instanceof Collection<?> c) {
            return !c.isEmpty();
        }
        if (v instanceof Map<?, ?> m) {
            return !m.isEmpty();
        }
        return v != null;
    }

    private static Object withheld(Object v, RecordShape shape, RecordShape.Part part) {
        if (v instanceof String s) {
            return s.isEmpty() ? s : WITHHELD;
        }
        if (v instanceof Optional<?>) {
            return Optional.empty();
        }
        if (v instanceof List<?>) {
            return List.of();
        }
        if (v instanceof Set<?>) {
            return Set.of();
        }
        if (v instanceof Map<?, ?>) {
            return Map.of();
        }
        throw new IllegalStateException("the sensitive component " + shape.type().getSimpleName() + "."
                + part.name() + " cannot be withheld");
    }
}
