package org.dvpp.reporting.internal;

import java.util.ArrayList;
import java.util.List;
import org.dvpp.reporting.Measure;
import org.dvpp.reporting.PublishedChange;
import org.dvpp.reporting.PublishedReport;
import org.dvpp.reporting.PublishedRow;
import org.dvpp.reporting.Rate;

/** CSV per RFC 4180 (CRLF, quoted where needed), with every cell made safe against spreadsheet formula injection. */
public final class CsvOut {
    private CsvOut() {
    }

    /**
     * A cell as text a spreadsheet will not run: a leading {@code = + - @}, tab, carriage return or NUL gets a leading
     * apostrophe; then quoting per RFC 4180 when the cell holds a comma, quote, CR or LF.
     *
     * @param raw the value
     * @return the CSV field
     */
    public static String cell(String raw) {
        String s = raw.replace("\u0000", "");
        if (!raw.isEmpty() && "=+-@\t\r\u0000".indexOf(raw.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\r') >= 0 || s.indexOf('\n') >= 0) {
            s = "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    private static void line(StringBuilder sb, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(cell(cells.get(i)));
        }
        sb.append("\r\n");
    }

    /** The columns of each instrument's score, after the rates. */
    private static final List<String> CHANGE_PARTS = List.of("pairs", "mean at intake", "mean at end", "mean change",
            "improved (%)", "deteriorated (%)");

    private static String text(java.util.Optional<java.math.BigDecimal> v) {
        return v.map(java.math.BigDecimal::toPlainString).orElse("*");
    }

    /**
     * @param r the report
     * @return the CSV text: a header line, one line per breakdown line, then the total
     */
    public static String render(PublishedReport r) {
        StringBuilder sb = new StringBuilder();
        List<String> head = new ArrayList<>(List.of("key", "label"));
        for (Measure m : Measure.values()) {
            head.add(m.title());
        }
        for (Rate rt : Rate.values()) {
            head.add(rt.title());
        }
        for (PublishedChange c : r.total().changes()) {
            for (String part : CHANGE_PARTS) {
                head.add(c.label() + ": " + part);
            }
        }
        line(sb, head);
        List<PublishedRow> rows = new ArrayList<>(r.rows());
        rows.add(r.total());
        for (PublishedRow row : rows) {
            List<String> cells = new ArrayList<>(List.of(row.key(), row.label()));
            for (Measure m : Measure.values()) {
                cells.add(row.count(m).text());
            }
            for (Rate rt : Rate.values()) {
                cells.add(row.rate(rt).map(java.math.BigDecimal::toPlainString).orElse("*"));
            }
            for (PublishedChange c : row.changes()) {
                boolean judged = c.rule() != org.dvpp.reporting.ChangeRule.NONE;
                cells.add(c.pairs().text());
                cells.add(text(c.meanBefore()));
                cells.add(text(c.meanAfter()));
                cells.add(text(c.meanChange()));
                cells.add(judged ? text(c.improvedShare()) : "n/a");
                cells.add(judged ? text(c.deterioratedShare()) : "n/a");
            }
            line(sb, cells);
        }
        return sb.toString();
    }
}
