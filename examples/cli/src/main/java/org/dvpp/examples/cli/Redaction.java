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
}
