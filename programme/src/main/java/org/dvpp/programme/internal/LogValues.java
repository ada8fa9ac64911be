package org.dvpp.programme.internal;

/**
 * Encodes a value for a log line so that it cannot forge another line or colour the terminal: CR, LF, tab, ESC and
 * every other control character (and the Unicode line and paragraph separators) become {@code \\uXXXX}, and a backslash
 * is doubled. Only ids, codes and exception classes and messages of the SDK's own making are logged; never P0 or P1.
 */
final class LogValues {
    private LogValues() {
    }

    /**
     * @param value anything
     * @return its text, safe on one log line
     */
    static String encode(Object value) {
        String s = String.valueOf(value);
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean bad = c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == 0x2028 || c == 0x2029 || c == '\\'
                    || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
            if (bad && out == null) {
                out = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (out != null) {
                if (c == '\\') {
                    out.append("\\\\");
                } else if (bad) {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? s : out.toString();
    }
}
