package org.dvpp.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dvpp.reporting.internal.CsvOut;
import org.dvpp.storage.spi.OutcomeQuery;
import org.dvpp.storage.spi.OutcomeRow;
import org.dvpp.storage.spi.ReportDimension;
import org.junit.jupiter.api.Test;

class ReportOutputTest {
    static final OutcomeQuery Q = OutcomeQuery.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 4, 1),
            ReportDimension.AREA);

    /** A small RFC 4180 reader, as a spreadsheet reads a CSV file: quoted fields, doubled quotes, CRLF records. */
    static List<List<String>> parse(String csv) {
        List<List<String>> out = new ArrayList<>();
        List<String> rec = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    f.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    f.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                rec.add(f.toString());
                f.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                rec.add(f.toString());
                f.setLength(0);
                out.add(rec);
                rec = new ArrayList<>();
                i++;
            } else {
                f.append(c);
            }
        }
        return out;
    }

    /** A spreadsheet treats a field as a formula when it starts with one of these; an apostrophe makes it text. */
    private static boolean spreadsheetWouldEvaluate(String field) {
        return !field.isEmpty() && "=+-@\t\r\u0000".indexOf(field.charAt(0)) >= 0;
    }

    @Test
    void item08_cellsThatASpreadsheetWouldRunComeBackAsText() {
        String[] hostile = {"=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1)", "\tTAB", "\rCR",
            "\u0000NUL", "=1,\"2\"\r\n3", "plain", "a,b", "say \"hi\""};
        for (String h : hostile) {
            String field = CsvOut.cell(h);
            List<List<String>> back = parse(field + "\r\n");
            assertThat(back).hasSize(1);
            assertThat(back.get(0)).hasSize(1);
            String read = back.get(0).get(0);
            assertThat(spreadsheetWouldEvaluate(read)).as("%s read back as %s", h, read).isFalse();
            String expected = h.replace("\u0000", "");
            assertThat(read).isEqualTo(spreadsheetWouldEvaluate(h) ? "'" + expected : expected);
        }
    }

    @Test
    void item08_aReportWhoseLabelsAreHostileIsSafeCsvWithOneRecordPerLine() {
        Random rnd = new Random(8);
        List<OutcomeRow> rows = new ArrayList<>();
        rows.add(DisclosureControlTest.randomRow(rnd, "=cmd|'/C calc'!A0", 80));
        rows.add(DisclosureControlTest.randomRow(rnd, "@north,\"east\"\r\n", 80));
        StringWriter w = new StringWriter();
        ReportWriter.write(DisclosureControl.publish("Quarter", Q, rows, DisclosurePolicy.DEFAULT), ReportFormat.CSV, w);
        List<List<String>> recs = parse(w.toString());
        assertThat(recs).hasSize(4);
        int width = recs.get(0).size();
        for (List<String> r : recs) {
            assertThat(r).hasSize(width);
            r.forEach(f -> assertThat(spreadsheetWouldEvaluate(f)).as(f).isFalse());
        }
        assertThat(recs.get(1).get(0)).isEqualTo("'=cmd|'/C calc'!A0");
        assertThat(w.toString()).endsWith("\r\n");
    }

    @Test
    void jsonAndHtmlCarryTheProtectedFiguresOnlyAndTheHtmlIsSelfContained() {
        Random rnd = new Random(3);
        List<OutcomeRow> rows = List.of(DisclosureControlTest.randomRow(rnd, "north", 80),
                DisclosureControlTest.randomRow(rnd, "<script>alert(1)</script>", 5));
        PublishedReport r = DisclosureControl.publish("Quarter 1", Q, rows,
                DisclosureControlTest.randomChanges(rnd, List.of("north", "<script>alert(1)</script>")),
                DisclosurePolicy.DEFAULT);
        StringWriter json = new StringWriter();
        ReportWriter.write(r, ReportFormat.JSON, json);
        assertThat(json.toString()).contains("\"threshold\" : 10").contains("\"suppressed\"")
                .contains("\"changes\"").contains("\"score\" : \"alcohol_days\"").contains("\"meanChange\"");
        StringWriter html = new StringWriter();
        ReportWriter.write(r, ReportFormat.HTML, html);
        String page = html.toString();
        assertThat(page).contains("<svg").contains("Content-Security-Policy").doesNotContain("<script")
                .contains("&lt;script&gt;").contains("id=\"chart-change\"").contains("PHQ-9 total");
        StringWriter csv = new StringWriter();
        ReportWriter.write(r, ReportFormat.CSV, csv);
        List<List<String>> recs = parse(csv.toString());
        assertThat(recs.get(0)).contains("PHQ-9 total: mean change", "TOP alcohol days: improved (%)");
        recs.forEach(x -> assertThat(x).hasSize(recs.get(0).size()));
        assertThat(page.replace("http://www.w3.org/2000/svg", "").replace("http://www.w3.org/1999/xlink", "")
                .replaceAll("http://www\\.jfree\\.org[^\"']*", "")).doesNotContain("http:").doesNotContain("https:");
    }
}
