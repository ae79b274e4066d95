// SPDX-License-Identifier: EPL-2.0
package nl.regie.ui.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;

import nl.regie.evaluation.SignalTrends;
import nl.regie.ui.internal.Forms;
import nl.regie.ui.internal.Messages;

/**
 * The dashboard's before-and-after page: per track, the signals of the clusters it addresses per week before its start
 * and after, in a table, and for the chosen track a chart of the weeks (before in grey, after in blue) with the method
 * the figures rest on underneath. The window (8, 13, 26 or 52 weeks each side) can be chosen; 26 by default, as in
 * the council letter.
 */
public final class TrendsPage {

    /** The windows offered, in weeks before and after a start; 26 (half a year) as the report uses. */
    private static final int[] WEEKS = {8, 13, 26, 52};

    private final Composite page;
    private final Combo weeks;
    private final Table table;
    private final Chart chart;
    private final Label method;
    private List<SignalTrends.TrackTrend> trends = List.of();

    public TrendsPage(Composite parent, IntConsumer weeksChosen) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(2, false));
        weeks = Forms.combo(page, Messages.Trends_window);
        for (int choice : WEEKS) {
            weeks.add(NLS.bind(Messages.Trends_windowWeeks, choice));
        }
        weeks.select(2);
        weeks.addListener(SWT.Selection, e -> weeksChosen.accept(getWeeks()));
        SashForm sash = new SashForm(page, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        table = new Table(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        String[] headings = {Messages.Trends_track, Messages.Trends_start, Messages.Trends_before, Messages.Trends_after,
            Messages.Trends_change};
        int[] widths = {260, 90, 110, 110, 80};
        for (int i = 0; i < headings.length; i++) {
            TableColumn column = new TableColumn(table, i == 0 ? SWT.LEFT : SWT.RIGHT);
            column.setText(headings[i]);
            column.setWidth(widths[i]);
        }
        table.addListener(SWT.Selection, e -> draw());
        chart = new Chart(sash, SWT.NONE);
        chart.getTitle().setText(Messages.Trends_chartTitle);
        chart.getAxisSet().getXAxis(0).getTitle().setText(Messages.Trends_weeks);
        chart.getAxisSet().getYAxis(0).getTitle().setText(Messages.Trends_signals);
        chart.getLegend().setPosition(SWT.BOTTOM);
        sash.setWeights(35, 65);
        method = new Label(page, SWT.WRAP);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        data.widthHint = 600;
        method.setLayoutData(data);
        method.setText(Messages.Trends_computing);
        this.page = page;
    }

    /** The weeks before and after each start the user chose to compare. */
    public int getWeeks() {
        return WEEKS[Math.max(0, weeks.getSelectionIndex())];
    }

    /** The page's top control, for a tab. */
    public Composite control() {
        return page;
    }

    /** Shows {@code shown} (computed in the background), keeping the chosen track where it is still there. */
    public void show(List<SignalTrends.TrackTrend> shown) {
        if (table.isDisposed()) {
            return;
        }
        String chosen = table.getSelectionIndex() < 0 ? null : table.getItem(table.getSelectionIndex()).getText(0);
        trends = List.copyOf(shown);
        table.removeAll();
        int select = -1;
        for (SignalTrends.TrackTrend trend : trends) {
            TableItem item = new TableItem(table, SWT.NONE);
            boolean compared = trend.after().length > 0 && trend.before().length > 0;
            item.setText(new String[] {trend.track().getName(), trend.start() == null ? "-" : trend.start().toString(),
                compared ? perWeek(trend.totalBefore(), trend.before().length) : "-",
                compared ? perWeek(trend.totalAfter(), trend.after().length) : "-",
                trend.change() == null ? "-" : String.format(Locale.getDefault(), "%+.2f", trend.change())});
            if (trend.track().getName() != null && trend.track().getName().equals(chosen)
                    || select < 0 && chosen == null && compared) {
                select = table.getItemCount() - 1;
            }
        }
        if (select >= 0) {
            table.setSelection(select);
        }
        draw();
    }

    private static String perWeek(long total, int weeks) {
        return String.format(Locale.getDefault(), "%.2f", (double) total / weeks);
    }

    /** The chosen track's weeks: before its start and after, side by side in time. */
    private void draw() {
        for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
            chart.getSeriesSet().deleteSeries(series.getId());
        }
        int index = table.getSelectionIndex();
        SignalTrends.TrackTrend trend = index < 0 || index >= trends.size() ? null : trends.get(index);
        if (trend == null) {
            method.setText(trends.isEmpty() ? Messages.Trends_noTracks : Messages.Trends_choose);
            chart.redraw();
            return;
        }
        int before = trend.before().length;
        int weeks = before + trend.after().length;
        double[] beforeValues = new double[weeks];
        double[] afterValues = new double[weeks];
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < weeks; i++) {
            int week = i - before;
            // every fourth week labelled, so that half a year and a year stay readable
            labels.add(week % 4 != 0 ? "" : week <= 0 ? String.valueOf(week) : "+" + week);
            if (i < before) {
                beforeValues[i] = trend.before()[i];
            } else {
                afterValues[i] = trend.after()[i - before];
            }
        }
        chart.getTitle().setText(trend.track().getName());
        bars("before", Messages.Trends_seriesBefore, beforeValues, new Color(150, 150, 150));
        bars("after", Messages.Trends_seriesAfter, afterValues, new Color(66, 133, 190));
        chart.getAxisSet().getXAxis(0).enableCategory(true);
        chart.getAxisSet().getXAxis(0).setCategorySeries(labels.toArray(String[]::new));
        chart.getAxisSet().adjustRange();
        double top = 1;
        for (int i = 0; i < weeks; i++) {
            top = Math.max(top, beforeValues[i] + afterValues[i]);
        }
        chart.getAxisSet().getYAxis(0).setRange(new org.eclipse.swtchart.Range(0, top + 1));
        method.setText(trend.method());
        chart.redraw();
        method.getParent().layout();
    }

    private void bars(String id, String description, double[] values, Color colour) {
        IBarSeries<?> series = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, id);
        series.setDescription(description);
        series.setYSeries(values);
        series.setBarColor(colour);
        series.enableStack(true);
    }

    /** For tests: the rows as "track | start | before | after | change". */
    public List<String> getRows() {
        List<String> rows = new ArrayList<>();
        for (TableItem item : table.getItems()) {
            rows.add(item.getText(0) + " | " + item.getText(1) + " | " + item.getText(2) + " | " + item.getText(3) + " | "
                    + item.getText(4));
        }
        return rows;
    }

    /** For tests: the chart, and the method shown under it. */
    public Chart getChart() {
        return chart;
    }

    public String getMethod() {
        return method.getText();
    }

    /** Chooses the track in row {@code row}, as a click would. */
    public void choose(int row) {
        table.setSelection(row);
        draw();
    }
}
