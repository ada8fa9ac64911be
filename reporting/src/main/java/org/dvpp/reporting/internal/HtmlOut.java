package org.dvpp.reporting.internal;

import java.awt.Color;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import org.dvpp.reporting.ChangeRule;
import org.dvpp.reporting.Measure;
import org.dvpp.reporting.PublishedChange;
import org.dvpp.reporting.PublishedReport;
import org.dvpp.reporting.PublishedRow;
import org.dvpp.reporting.Rate;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/**
 * A self-contained HTML page: inline CSS, inline SVG charts drawn by JFreeChart, no script, no external resource of any
 * kind (a Content-Security-Policy of {@code default-src 'none'} says so to the browser), print styles for A4.
 */
public final class HtmlOut {
    private static final Measure[] FUNNEL = {Measure.REFERRED, Measure.SCREENED, Measure.ELIGIBLE, Measure.ASSESSED,
        Measure.SUITABLE, Measure.STARTED, Measure.COMPLETED};

    private HtmlOut() {
    }

    /**
     * @param s text
     * @return the text escaped for HTML element content and attribute values
     */
    public static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c < 0x20 && c != '\n' && c != '\t' ? ' ' : c);
            }
        }
        return sb.toString();
    }

    /**
     * The start of a self-contained page, up to and including {@code <body>}: the Content-Security-Policy that allows
     * no script and no outside resource, the title, and the shared styles (tables, notes, print margins) with the
     * page's own.
     *
     * @param title the page title (escaped here)
     * @param css the page's own style rules, appended to the shared ones (trusted text, not escaped)
     * @return the page's head
     */
    public static String head(String title, String css) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                + "style-src 'unsafe-inline'; img-src data:\">"
                + "<title>" + esc(title) + "</title><style>"
                + "body{font-family:sans-serif;margin:2em;color:#222}h1{font-size:1.5em}"
                + "table{border-collapse:collapse;font-size:.8em;margin:1em 0}"
                + "th,td{border:1px solid #999;padding:.2em .4em;vertical-align:top}"
                + ".note{font-size:.85em;color:#444}.raw{color:#a00;font-weight:bold}"
                + "@media print{body{margin:0}}" + css + "</style></head><body>";
    }

    private static String svg(JFreeChart chart, int w, int h) {
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xCCCCCC));
        BarRenderer r = (BarRenderer) plot.getRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setSeriesPaint(0, new Color(0x2B5C8A));
        r.setSeriesPaint(1, new Color(0xC0504D));
        SVGGraphics2D g = new SVGGraphics2D(w, h);
        chart.draw(g, new Rectangle(0, 0, w, h));
        return g.getSVGElement();
    }

    private static JFreeChart bar(String title, String axis, DefaultCategoryDataset data, boolean horizontal) {
        return ChartFactory.createBarChart(title, null, axis, data,
                horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL, data.getRowCount() > 1, false,
                false);
    }

    /** The pre/post chart (improved and deteriorated shares per score, agency-wide) and the table of every line. */
    private static void changes(StringBuilder sb, PublishedReport r) {
        sb.append("<h2>Change from intake to end</h2>");
        if (r.total().changes().isEmpty()) {
            sb.append("<p class=\"note\">No man in this period has an intake and an end assessment on one ")
                    .append("instrument.</p>");
            return;
        }
        DefaultCategoryDataset shares = new DefaultCategoryDataset();
        for (PublishedChange c : r.total().changes()) {
            if (c.rule() != ChangeRule.NONE) {
                c.improvedShare().ifPresent(v -> shares.addValue(v, "improved", c.label()));
                c.deterioratedShare().ifPresent(v -> shares.addValue(v, "deteriorated", c.label()));
            }
        }
        sb.append("<div class=\"chart\" id=\"chart-change\">")
                .append(svg(bar("Pre/post change per instrument, intake to end (withheld scores left out)",
                        "% of men with both", shares, true), 900, Math.max(300, 40 + 36 * shares.getColumnCount())))
                .append("</div>");
        sb.append("<p class=\"note\">Improved and deteriorated: for instrument totals, by the reliable change index ")
                .append("(Jacobson and Truax) with the instrument's published figures; for TOP days of use, fewer or ")
                .append("more days among men using at intake; for quality of life, any rise or fall. n/a: the ")
                .append("instrument has no better direction or no reliability figures. Each man counts once per ")
                .append("referral, with his latest intake and end results taken with one version.</p>");
        sb.append("<table><thead><tr><th>").append(esc(r.by().name().toLowerCase(java.util.Locale.ROOT)))
                .append("</th><th>Score</th><th>Men with both</th><th>Mean at intake</th><th>Mean at end</th>")
                .append("<th>Mean change</th><th>Improved (%)</th><th>Deteriorated (%)</th></tr></thead><tbody>");
        List<PublishedRow> rows = new ArrayList<>(r.rows());
        rows.add(r.total());
        for (PublishedRow row : rows) {
            for (PublishedChange c : row.changes()) {
                boolean judged = c.rule() != ChangeRule.NONE;
                sb.append("<tr><td>").append(esc(row.label().isEmpty() ? "(none)" : row.label())).append("</td><td>")
                        .append(esc(c.label())).append("</td><td>").append(c.pairs().text()).append("</td><td>")
                        .append(text(c.meanBefore())).append("</td><td>").append(text(c.meanAfter()))
                        .append("</td><td>").append(text(c.meanChange())).append("</td><td>")
                        .append(judged ? text(c.improvedShare()) : "n/a").append("</td><td>")
                        .append(judged ? text(c.deterioratedShare()) : "n/a").append("</td></tr>");
            }
        }
        sb.append("</tbody></table>");
    }

    private static String text(java.util.Optional<java.math.BigDecimal> v) {
        return v.map(java.math.BigDecimal::toPlainString).orElse("*");
    }

    /**
     * @param r the report
     * @return the page
     */
    public static String render(PublishedReport r) {
        StringBuilder sb = new StringBuilder(64_000);
        sb.append(head(r.title(), "th,td{text-align:right}th:first-child,td:first-child{text-align:left}"
                + ".chart{margin:1em 0;break-inside:avoid;page-break-inside:avoid}"
                + "@media print{@page{size:A4 landscape;margin:12mm}table{font-size:7pt}"
                + "tr,svg{break-inside:avoid;page-break-inside:avoid}}"));
        sb.append("<h1>").append(esc(r.title())).append("</h1><p>Referrals received from ").append(r.from())
                .append(" to ").append(r.toExclusive().minusDays(1)).append(", by ")
                .append(esc(r.by().name().toLowerCase(java.util.Locale.ROOT))).append(".</p>");
        if (r.raw()) {
            sb.append("<p class=\"raw\">Raw figures: not protected by disclosure control. Do not publish.</p>");
        } else {
            sb.append("<p class=\"note\">Disclosure control: counts of 1 to ").append(r.policy().threshold() - 1)
                    .append(", zeros among fewer than ").append(r.policy().threshold())
                    .append(" people, and counts that would reveal them are shown as *; other counts are rounded to the ")
                    .append("nearest ").append(r.policy().rounding()).append("; rates and means are withheld when ")
                    .append("based on fewer than ").append(r.policy().threshold()).append(" people.</p>");
        }
        DefaultCategoryDataset funnel = new DefaultCategoryDataset();
        for (Measure m : FUNNEL) {
            r.total().count(m).value().ifPresent(v -> funnel.addValue(v, "referrals", m.title()));
        }
        sb.append("<div class=\"chart\" id=\"chart-funnel\">")
                .append(svg(bar("Funnel: referral to completion", "referrals", funnel, false), 900, 340))
                .append("</div>");
        DefaultCategoryDataset completion = new DefaultCategoryDataset();
        for (PublishedRow row : r.rows()) {
            row.rate(Rate.COMPLETION_RATE).ifPresent(v -> completion.addValue(v, "completion %",
                    row.label().isEmpty() ? "(none)" : row.label()));
        }
        sb.append("<div class=\"chart\" id=\"chart-completion\">")
                .append(svg(bar("Completion rate by " + r.by().name().toLowerCase(java.util.Locale.ROOT)
                        + " (withheld lines left out)", "% of starters", completion, true), 900, 300))
                .append("</div>");
        DefaultCategoryDataset hours = new DefaultCategoryDataset();
        for (Measure m : Measure.values()) {
            if (m.isHoursBand()) {
                r.total().count(m).value().ifPresent(v -> hours.addValue(v, "starters", m.title()));
            }
        }
        sb.append("<div class=\"chart\" id=\"chart-hours\">")
                .append(svg(bar("Intervention hours of starters", "starters", hours, false), 900, 300))
                .append("</div>");
        sb.append("<table><thead><tr><th>").append(esc(r.by().name().toLowerCase(java.util.Locale.ROOT)))
                .append("</th>");
        List<Measure> shown = new ArrayList<>();
        for (Measure m : Measure.values()) {
            if (!m.isHoursBand()) {
                shown.add(m);
                sb.append("<th>").append(esc(m.title())).append("</th>");
            }
        }
        for (Rate rt : Rate.values()) {
            sb.append("<th>").append(esc(rt.title())).append("</th>");
        }
        sb.append("</tr></thead><tbody>");
        List<PublishedRow> rows = new ArrayList<>(r.rows());
        rows.add(r.total());
        for (PublishedRow row : rows) {
            sb.append("<tr><td>").append(esc(row.label().isEmpty() ? "(none)" : row.label())).append("</td>");
            for (Measure m : shown) {
                sb.append("<td>").append(row.count(m).text()).append("</td>");
            }
            for (Rate rt : Rate.values()) {
                sb.append("<td>").append(row.rate(rt).map(java.math.BigDecimal::toPlainString).orElse("*"))
                        .append("</td>");
            }
            sb.append("</tr>");
        }
        sb.append("</tbody></table>");
        changes(sb, r);
        sb.append("</body></html>\n");
        return sb.toString();
    }
}
