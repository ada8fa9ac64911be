package org.dvpp.reporting;

/** The output formats of a report. */
public enum ReportFormat {
    /** JSON, one object per line of the breakdown */
    JSON,
    /** CSV (RFC 4180, CRLF), safe to open in a spreadsheet */
    CSV,
    /** a self-contained HTML page with SVG charts that opens offline and prints cleanly */
    HTML
}
