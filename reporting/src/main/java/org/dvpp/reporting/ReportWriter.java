package org.dvpp.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.dvpp.domain.Checks;
import org.dvpp.reporting.internal.CsvOut;
import org.dvpp.reporting.internal.HtmlOut;
import org.dvpp.reporting.internal.JsonOut;

/** Writes a published report in one of the formats. */
public final class ReportWriter {
    private ReportWriter() {
    }

    /**
     * @param report the report (protected, or raw for an allowed role)
     * @param format the format
     * @param out where to write (not closed)
     */
    public static void write(PublishedReport report, ReportFormat format, Writer out) {
        Checks.required(report, "report");
        Checks.required(format, "format");
        Checks.required(out, "out");
        try {
            switch (format) {
                case JSON -> out.write(JsonOut.render(report));
                case CSV -> out.write(CsvOut.render(report));
                case HTML -> out.write(HtmlOut.render(report));
                default -> throw new IllegalStateException(format.name());
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
