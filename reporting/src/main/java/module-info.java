/**
 * Reporting: the one disclosure-control step every published figure passes through (small-number suppression,
 * secondary suppression, rounding, means and rates withheld under the threshold), and the report outputs (JSON, CSV safe
 * for spreadsheets, a self-contained HTML page with SVG charts).
 */
module org.dvpp.reporting {
    requires transitive org.dvpp.storage.spi;
    requires tools.jackson.databind;
    requires org.jfree.jfreechart;
    requires org.jfree.svg;
    requires java.desktop;

    exports org.dvpp.reporting;
    // the programme's subject access bundles reuse the HTML page, its escaping and the spreadsheet-safe CSV cell
    exports org.dvpp.reporting.internal to org.dvpp.programme;
}
