// SPDX-License-Identifier: EPL-2.0
package nl.regie.reports.internal;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

import nl.regie.reports.Cells;

/**
 * Charts as PNG images, drawn by JFreeChart without a screen. Counts below 5 are drawn as 0 and their category label
 * says "&lt;5", so a chart suppresses small numbers as the tables do.
 */
public final class Charts {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private Charts() {
    }

    /** Bars per category for one or more series of counts (series name to category to count). */
    public static byte[] bars(String title, String categories, String values, List<String> order,
            Map<String, Map<String, Long>> series, boolean slanted) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (String category : order) {
            boolean small = series.values().stream().anyMatch(s -> s.containsKey(category)
                    && Cells.suppressed(s.get(category)) && s.get(category) > 0);
            String label = small ? category + " (" + Cells.SUPPRESSED + ")" : category;
            for (Map.Entry<String, Map<String, Long>> entry : series.entrySet()) {
                long count = entry.getValue().getOrDefault(category, 0L);
                data.addValue(Cells.suppressed(count) ? 0 : count, entry.getKey(), label);
            }
        }
        JFreeChart chart = ChartFactory.createBarChart(title, categories, values, data, PlotOrientation.VERTICAL,
                series.size() > 1, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(new Color(248, 248, 248));
        plot.setRangeGridlinePaint(new Color(200, 200, 200));
        org.jfree.chart.axis.NumberAxis range = (org.jfree.chart.axis.NumberAxis) plot.getRangeAxis();
        range.setStandardTickUnits(org.jfree.chart.axis.NumberAxis.createIntegerTickUnits());
        range.setLowerBound(0);
        range.setAutoRangeMinimumSize(5);
        if (slanted) {
            plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        return png(chart, 900, 420);
    }

    private static byte[] png(JFreeChart chart, int width, int height) {
        BufferedImage image = chart.createBufferedImage(width, height);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
