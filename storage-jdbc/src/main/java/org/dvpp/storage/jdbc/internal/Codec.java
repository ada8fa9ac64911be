package org.dvpp.storage.jdbc.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Plain-text encodings for small lists and maps stored in one column, and instants as nanoseconds. */
final class Codec {
    private static final long NANOS = 1_000_000_000L;

    private Codec() {
    }

    static long nanos(Instant i) {
        return Math.addExact(Math.multiplyExact(i.getEpochSecond(), NANOS), i.getNano());
    }

    static Instant instant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, NANOS), Math.floorMod(nanos, NANOS));
    }

    /** Joins with '|' and escapes '\' and '|'; the empty list is the empty string. */
    static String list(Collection<?> items) {
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (Object o : items) {
            if (!first) {
                sb.append('|');
            }
            first = false;
            String s = String.valueOf(o);
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                if (ch == '\\' || ch == '|') {
                    sb.append('\\');
                }
                sb.append(ch);
            }
        }
        if (!first && sb.length() == 0) {
            return "\\e";
        }
        return sb.toString();
    }

    static List<String> list(String text) {
        List<String> out = new ArrayList<>();
        if (text.isEmpty()) {
            return out;
        }
        if (text.equals("\\e")) {
            out.add("");
            return out;
        }
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\\' && i + 1 < text.length()) {
                cur.append(text.charAt(++i));
            } else if (ch == '|') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        out.add(cur.toString());
        return out;
    }

    /** Encodes a map as the sorted list k1, v1, k2, v2, ... (both escaped by {@link #list(Collection)}). */
    static String map(Map<String, String> map) {
        List<String> flat = new ArrayList<>(map.size() * 2);
        for (Map.Entry<String, String> e : new TreeMap<>(map).entrySet()) {
            flat.add(e.getKey());
            flat.add(e.getValue());
        }
        return list(flat);
    }

    /**
     * Reads a map encoded by {@link #map(Map)} as an unmodifiable map (iteration order unspecified), without the sorted
     * copy {@link #map(String)} makes: for values read once and handed on, such as a report's answers.
     */
    static Map<String, String> frozenMap(String text) {
        if (text.indexOf('\\') >= 0) {
            return Map.copyOf(map(text)); // escapes: the general reader
        }
        if (text.isEmpty()) {
            return Map.of();
        }
        int parts = 1;
        for (int i = text.indexOf('|'); i >= 0; i = text.indexOf('|', i + 1)) {
            parts++;
        }
        if (parts % 2 != 0) {
            throw new IllegalStateException("a stored map has an odd number of parts");
        }
        @SuppressWarnings("unchecked")
        Map.Entry<String, String>[] entries = new Map.Entry[parts / 2];
        int at = 0;
        for (int e = 0; e < entries.length; e++) {
            int bar = text.indexOf('|', at);
            int next = text.indexOf('|', bar + 1);
            int end = next < 0 ? text.length() : next;
            entries[e] = Map.entry(text.substring(at, bar), text.substring(bar + 1, end));
            at = end + 1;
        }
        return Map.ofEntries(entries);
    }

    static Map<String, String> map(String text) {
        List<String> flat = list(text);
        if (flat.size() % 2 != 0) {
            throw new IllegalStateException("a stored map has an odd number of parts");
        }
        Map<String, String> m = new TreeMap<>();
        for (int i = 0; i < flat.size(); i += 2) {
            m.put(flat.get(i), flat.get(i + 1));
        }
        return m;
    }
}
