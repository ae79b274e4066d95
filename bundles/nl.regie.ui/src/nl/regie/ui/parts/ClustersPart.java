// SPDX-License-Identifier: EPL-2.0
package nl.regie.ui.parts;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;

import nl.regie.model.Municipality;
import nl.regie.signals.clusters.ClusterDetector;
import nl.regie.signals.clusters.ClusterDetector.Cluster;
import nl.regie.signals.clusters.ClusterDetector.Trend;
import nl.regie.signals.Fields;
import nl.regie.store.SignalDimension;
import nl.regie.store.SignalStore;
import nl.regie.store.StoreException;
import nl.regie.ui.internal.Messages;
import nl.regie.ui.signals.ImportSignalsJob;
import nl.regie.ui.signals.Vocabulary;

/**
 * Clusters and trends (Clusters): every cluster of signals with a recent signal, the worrying ones first with the
 * reason the detector gives, and for the selected cluster a chart of its signals per week (SWTChart): the baseline
 * weeks, the recent window and the expected count per week. Computed in jobs from the store's weekly summary.
 */
public class ClustersPart {

    /** The id of this part in the application model. */
    public static final String ID = "nl.regie.ui.part.clusters";

    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d-M-yy");

    @Inject
    @Optional
    private SignalStore store;

    @Inject
    private UISynchronize ui;

    private final ClusterDetector detector = new ClusterDetector();
    private Vocabulary vocabulary = new Vocabulary(null);
    private DateTime until;
    private Label count;
    private Table table;
    private Chart chart;
    private LocalDate computedUntil;
    private int generation;
    private int trendGeneration;

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        RowLayout row = new RowLayout(SWT.HORIZONTAL);
        row.center = true;
        bar.setLayout(row);
        new Label(bar, SWT.NONE).setText(Messages.Clusters_until + ":");
        until = new DateTime(bar, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
        Button compute = new Button(bar, SWT.PUSH);
        compute.setText(Messages.Clusters_compute);
        compute.addListener(SWT.Selection, event -> reload());
        count = new Label(bar, SWT.NONE);
        Label method = new Label(parent, SWT.WRAP);
        GridData wide = new GridData(SWT.FILL, SWT.CENTER, true, false);
        wide.widthHint = 400;
        method.setLayoutData(wide);
        method.setText(Messages.Clusters_method);

        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table = new Table(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        String[] headings = {Messages.Clusters_flagged, Messages.Clusters_recent, Messages.Clusters_expected,
                Messages.Clusters_probability, Messages.Clusters_cluster, Messages.Clusters_baseline};
        int[] widths = {95, 105, 75, 70, 380, 110};
        for (int i = 0; i < headings.length; i++) {
            TableColumn column = new TableColumn(table, i >= 1 && i != 4 ? SWT.RIGHT : SWT.NONE);
            column.setText(headings[i]);
            column.setWidth(widths[i]);
        }
        table.addListener(SWT.Selection, event -> showTrend());
        chart = new Chart(sash, SWT.NONE);
        chart.getTitle().setText(Messages.Clusters_chartEmpty);
        chart.getAxisSet().getXAxis(0).getTitle().setText(Messages.Clusters_axisWeek);
        chart.getAxisSet().getYAxis(0).getTitle().setText(Messages.Clusters_axisCount);
        sash.setWeights(55, 45);
        reload();
    }

    @Inject
    public void setMunicipality(@Optional Municipality municipality) {
        vocabulary = new Vocabulary(municipality);
        if (table != null && !table.isDisposed()) {
            reload();
        }
    }

    /** Signals were imported or retracted: compute again. */
    @Inject
    @Optional
    public void signalsChanged(@UIEventTopic(ImportSignalsJob.SIGNALS_CHANGED) Object change) {
        reload();
    }

    private LocalDate chosenDay() {
        return LocalDate.of(until.getYear(), until.getMonth() + 1, until.getDay());
    }

    /** Computes the clusters up to the chosen day in a job. */
    public void reload() {
        if (table == null || table.isDisposed() || store == null) {
            return;
        }
        LocalDate day = chosenDay();
        int current = ++generation;
        Vocabulary names = vocabulary;
        Job job = Job.create(Messages.Clusters_computing, monitor -> {
            try {
                List<Cluster> clusters = detector.clusters(store, day);
                List<String> reasons = new ArrayList<>();
                clusters.forEach(cluster -> reasons.add(describe(cluster, names)));
                ui.asyncExec(() -> {
                    if (current == generation && !table.isDisposed()) {
                        show(day, clusters, reasons);
                    }
                });
            } catch (StoreException e) {
                ui.asyncExec(() -> {
                    if (!count.isDisposed()) {
                        count.setText(e.getLocalizedMessage());
                    }
                });
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    /** "3-MMC, Minderjarige jongeren op straat, (wijk onbekend)": the cluster's key in the user's words. */
    private static String describe(Cluster cluster, Vocabulary names) {
        return String.join(", ", ClusterDetector.describe(cluster, names::name, dimension -> NLS.bind(
                Messages.Clusters_unknown, Vocabulary.fieldLabel(FIELDS.get(dimension)).toLowerCase(Locale.ROOT))));
    }

    private static final java.util.Map<SignalDimension, String> FIELDS = java.util.Map.of(SignalDimension.SUBSTANCE,
            Fields.SUBSTANCES, SignalDimension.TARGET_GROUP, Fields.TARGET_GROUP, SignalDimension.SETTING, Fields.SETTING,
            SignalDimension.AREA, Fields.AREA);

    private void show(LocalDate day, List<Cluster> clusters, List<String> descriptions) {
        computedUntil = day;
        table.removeAll();
        long flagged = clusters.stream().filter(Cluster::flagged).count();
        for (int i = 0; i < clusters.size(); i++) {
            Cluster cluster = clusters.get(i);
            TableItem item = new TableItem(table, SWT.NONE);
            item.setData(cluster);
            item.setText(new String[] {cluster.flagged() ? Messages.Clusters_yes : "", String.valueOf(cluster.recent()),
                    String.format(Locale.ROOT, "%.1f", cluster.expected()),
                    String.format(Locale.ROOT, "%.4f", cluster.probability()), descriptions.get(i),
                    String.valueOf(cluster.baseline())});
            if (cluster.flagged()) {
                item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            }
        }
        count.setText(NLS.bind(Messages.Clusters_count, flagged, clusters.size()));
        count.getParent().layout(true, true);
        if (!clusters.isEmpty()) {
            table.select(0);
            showTrend();
        }
    }

    /** Reads the selected cluster's weeks in a job and draws them. */
    private void showTrend() {
        if (table.getSelectionCount() != 1 || computedUntil == null) {
            return;
        }
        Cluster cluster = (Cluster) table.getSelection()[0].getData();
        String title = table.getSelection()[0].getText(4);
        LocalDate day = computedUntil;
        int current = ++trendGeneration;
        Job job = Job.create(Messages.Clusters_computing, monitor -> {
            try {
                Trend trend = detector.trend(store, cluster.key(), day);
                ui.asyncExec(() -> {
                    if (current == trendGeneration) {
                        draw(title, cluster, trend);
                    }
                });
            } catch (StoreException e) {
                ui.asyncExec(() -> count.setText(e.getLocalizedMessage()));
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private void draw(String title, Cluster cluster, Trend trend) {
        if (chart.isDisposed()) {
            return;
        }
        for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
            chart.getSeriesSet().deleteSeries(series.getId());
        }
        int n = trend.counts().length;
        double[] baseline = new double[n];
        double[] window = new double[n];
        double[] expected = new double[n];
        String[] weeks = new String[n];
        double perWeek = cluster.expected() / (n - trend.windowFrom());
        for (int i = 0; i < n; i++) {
            // every fourth week named (the others get distinct blank labels), slanted, so the labels stay readable
            weeks[i] = i % 4 == 0 ? WEEK.format(trend.weeks().get(i)) : " ".repeat(i % 4 + 4 * (i / 4 % 2));
            if (i < trend.windowFrom()) {
                baseline[i] = trend.counts()[i];
            } else {
                window[i] = trend.counts()[i];
            }
            expected[i] = perWeek;
        }
        chart.getTitle().setText(NLS.bind(Messages.Clusters_chartTitle, title));
        IBarSeries<?> before = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, "baseline");
        before.setDescription(Messages.Clusters_seriesBaseline);
        before.setYSeries(baseline);
        before.setBarColor(new Color(150, 160, 175));
        before.enableStack(true);
        IBarSeries<?> recent = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, "window");
        recent.setDescription(Messages.Clusters_seriesWindow);
        recent.setYSeries(window);
        recent.setBarColor(new Color(200, 40, 40));
        recent.enableStack(true);
        ILineSeries<?> line = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, "expected");
        line.setDescription(Messages.Clusters_seriesExpected);
        line.setYSeries(expected);
        line.setLineColor(new Color(30, 30, 30));
        line.setLineStyle(LineStyle.DASH);
        line.setSymbolType(ILineSeries.PlotSymbolType.NONE);
        chart.getAxisSet().getXAxis(0).enableCategory(true);
        chart.getAxisSet().getXAxis(0).getTick().setTickLabelAngle(45);
        chart.getAxisSet().getXAxis(0).setCategorySeries(weeks);
        chart.getAxisSet().adjustRange();
        chart.redraw();
    }

    /** The table, for tests. */
    public Table getTable() {
        return table;
    }

    /** The chart, for tests. */
    public Chart getChart() {
        return chart;
    }

    /** What the count label says, for tests. */
    public String getCount() {
        return count.getText();
    }

    /** Sets the day the window ends on, as a user would. */
    public void setUntil(LocalDate day) {
        until.setDate(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth());
    }

    @Focus
    public void setFocus() {
        table.setFocus();
    }
}
