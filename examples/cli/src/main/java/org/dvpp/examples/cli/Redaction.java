package org.dvpp.examples.cli;

/** Hides credentials in text that is about to be printed. */
final class Redaction {
    private Redaction() {
    }

    /**
     * @param url a JDBC URL
     * @return the URL with any password parameter or user-info password replaced by {@code ***}
     */
    static String jdbcUrl(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***").replaceAll("(//[^/:@]+:)[^@/]*@", "$1***@");
    }

    /**
     * @param text text that may quote the URL or its password (a driver's error message)
     * @param url the JDBC URL that was used
     * @return the text with every password the URL carries, raw or percent-decoded, replaced by {@code ***}
     */
    static String message(String text, String url) {
        String out = jdbcUrl(text);
        java.util.List<String> secrets = new java.util.ArrayList<>();
        var m = java.util.regex.Pattern.compile("(?i)password=([^&;]*)").matcher(url);
        while (m.find()) {
            secrets.add(m.group(1));
        }
        var u = java.util.regex.Pattern.compile("//[^/:@]+:([^@/]*)@").matcher(url);
        while (u.find()) {
            secrets.add(u.group(1));
        }
        for (String s : secrets) {
            for (String form : new String[] {s, decode(s)}) {
                if (!form.isEmpty()) {
                    out = out.replace(form, "***");
                }
            }
        }
        return out;
    }

    private static String decode(String s) {
        try {
            return java.net.URLDecoder.decode(s, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
