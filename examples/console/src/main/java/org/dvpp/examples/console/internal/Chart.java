package org.dvpp.examples.console.internal;

import java.awt.Color;
import java.awt.Rectangle;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/** The cohort chart, drawn on the server as SVG by JFreeChart, as the reporting module draws its own. */
final class Chart {
    private Chart() {
    }

    /**
     * @param rows one per man
     * @param sessions sessions in the curriculum
     * @return an SVG element
     */
    static String cohort(List<Views.CohortRow> rows, int sessions) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Views.CohortRow r : rows) {
            data.addValue(r.attended(), "Attended", r.reference());
            data.addValue(r.covered(), "Covered (attended or caught up)", r.reference());
        }
        JFreeChart chart = ChartFactory.createBarChart("Sessions by man (of " + sessions + ")", null, "sessions", data,
                PlotOrientation.VERTICAL, true, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0x767676));
        plot.getRangeAxis().setUpperBound(Math.max(1, sessions));
        BarRenderer r = (BarRenderer) plot.getRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setSeriesPaint(0, new Color(0x1D3B57));
        r.setSeriesPaint(1, new Color(0x2E7D32));
        int width = Math.max(640, 70 * rows.size());
        SVGGraphics2D g = new SVGGraphics2D(width, 360);
        chart.draw(g, new Rectangle(0, 0, width, 360));
        return g.getSVGElement();
    }
}
