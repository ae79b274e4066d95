// SPDX-License-Identifier: EPL-2.0
package nl.regie.ui.parts;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;

import nl.regie.evaluation.EvaluationCheck;
import nl.regie.evaluation.EvaluationIndicator;
import nl.regie.evaluation.Evaluations;
import nl.regie.evaluation.SignalTrends;
import nl.regie.evaluation.Progress;
import nl.regie.evaluation.Scorecard;
import nl.regie.model.ActionPlan;
import nl.regie.model.Goal;
import nl.regie.model.Indicator;
import nl.regie.model.Measurement;
import nl.regie.model.Municipality;
import nl.regie.model.ReAimDimension;
import nl.regie.model.RegieFactory;
import nl.regie.model.RegiePackage;
import nl.regie.model.edit.RegieLabels;
import nl.regie.reports.Reports;
import nl.regie.signals.SignalIntake;
import nl.regie.store.SignalStore;
import nl.regie.ui.evaluation.PolicyReviewPage;
import nl.regie.ui.evaluation.ReportJob;
import nl.regie.ui.evaluation.ReportWizard;
import nl.regie.ui.evaluation.TrendsPage;
import nl.regie.ui.internal.Forms;
import nl.regie.ui.internal.Messages;
import nl.regie.ui.session.SessionLink;
import nl.regie.ui.session.WorkspaceSession;

/**
 * Evaluatie (evaluation dashboard), in four tabs: progress per track (actions under way, fidelity, milestones,
 * indicators) with the RE-AIM scorecard and its chart; the signals of each track's clusters before and after its start
 * with a chart and the method; the indicator editor (baseline, target, measurements by hand or from a file; every
 * change an EMF command) with the computed indicators Regie and organisations offer as services; the policy review
 * (beleidstoets). Under the tabs: the measurement import and the report wizard, whose report is written as a
 * cancellable job and opened when it is done.
 */
public class EvaluationPart {

    /** The id of this part in the application model. */
    public static final String ID = "nl.regie.ui.part.evaluation";

    private static final RegiePackage P = RegiePackage.eINSTANCE;

    @Inject
    private UISynchronize ui;
    @Inject
    @Optional
    private SignalStore signals;

    private WorkspaceSession session;
    private final SessionLink link = new SessionLink(changed -> refresh());

    private Label heading;
    private Table progress;
    private Table scorecard;
    private Chart chart;
    private Combo indicators;
    private Text baseline;
    private Text target;
    private Table measurements;
    private Text measuredOn;
    private Text value;
    private Text breakdown;
    private Label message;
    private ReportJob lastReport;
    private CTabFolder tabs;
    private TrendsPage trends;
    private Table computed;
    private PolicyReviewPage review;
    private Job measuring;
    private boolean measureSoon;

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        heading = new Label(parent, SWT.WRAP);
        heading.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        tabs = new CTabFolder(parent, SWT.BORDER | SWT.TOP);
        tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

        // 1. progress per track and the RE-AIM scorecard with its chart
        SashForm sash = new SashForm(tabs, SWT.VERTICAL);
        tab(Messages.Evaluation_tabProgress, sash);
        progress = table(sash, Messages.Evaluation_track, Messages.Evaluation_underway, Messages.Evaluation_fidelity,
                Messages.Evaluation_milestones, Messages.Evaluation_indicators);
        SashForm middle = new SashForm(sash, SWT.HORIZONTAL);
        List<String> columns = new ArrayList<>(List.of(Messages.Evaluation_level, Messages.Evaluation_scored));
        ReAimDimension.VALUES.forEach(d -> columns.add(label(d)));
        scorecard = table(middle, columns.toArray(String[]::new));
        chart = new Chart(middle, SWT.NONE);
        chart.getTitle().setText(Messages.Evaluation_chartTitle);
        chart.getAxisSet().getYAxis(0).getTitle().setText(Messages.Evaluation_score);
        chart.getAxisSet().getXAxis(0).getTitle().setText("");
        chart.getLegend().setPosition(SWT.BOTTOM);
        middle.setWeights(50, 50);
        int[] widths = {220, 70, 110, 80, 520};
        for (int i = 0; i < widths.length; i++) {
            progress.getColumn(i).setWidth(widths[i]);
        }
        scorecard.getColumn(0).setWidth(200);
        sash.setWeights(40, 60);

        // 2. the signals of each track's clusters before and after its start
        trends = new TrendsPage(tabs, weeks -> measure());
        tab(Messages.Evaluation_tabTrends, trends.control());

        // 3. indicators: baseline, target, measurements; the computed indicators of Regie and organisations
        SashForm indicatorSash = new SashForm(tabs, SWT.VERTICAL);
        tab(Messages.Evaluation_tabIndicators, indicatorSash);
        Composite editor = new Composite(indicatorSash, SWT.NONE);
        editor.setLayout(new GridLayout(4, false));
        indicators = Forms.combo(editor, Messages.Evaluation_indicator);
        ((GridData) indicators.getLayoutData()).horizontalSpan = 3;
        indicators.addListener(SWT.Selection, e -> showIndicator());
        baseline = Forms.text(editor, Messages.Evaluation_baseline);
        target = Forms.text(editor, Messages.Evaluation_target);
        baseline.addListener(SWT.DefaultSelection, e -> setNumber(P.getIndicator_Baseline(), baseline));
        baseline.addListener(SWT.FocusOut, e -> setNumber(P.getIndicator_Baseline(), baseline));
        target.addListener(SWT.DefaultSelection, e -> setNumber(P.getIndicator_Target(), target));
        target.addListener(SWT.FocusOut, e -> setNumber(P.getIndicator_Target(), target));
        measurements = table(editor, Messages.Evaluation_measuredOn, Messages.Evaluation_value, Messages.Evaluation_breakdown);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1);
        tableData.heightHint = 70;
        measurements.setLayoutData(tableData);
        measuredOn = Forms.text(editor, Messages.Evaluation_measuredOn);
        value = Forms.text(editor, Messages.Evaluation_value);
        breakdown = Forms.text(editor, Messages.Evaluation_breakdown);
        Forms.button(editor, Messages.Evaluation_addMeasurement, 2, this::addMeasurement);
        computed = table(indicatorSash, Messages.Evaluation_computed, Messages.Evaluation_computedBreakdown,
                Messages.Evaluation_value, Messages.Evaluation_computedMethod);
        int[] computedWidths = {260, 230, 110, 600};
        for (int i = 0; i < computedWidths.length; i++) {
            computed.getColumn(i).setWidth(computedWidths[i]);
        }
        indicatorSash.setWeights(55, 45);

        // 4. the policy review (beleidstoets)
        review = new PolicyReviewPage(tabs, () -> session);
        tab(Messages.Evaluation_tabReview, review.control());
        tabs.setSelection(0);

        Composite actions = new Composite(parent, SWT.NONE);
        actions.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        actions.setLayout(new GridLayout(3, false));
        message = new Label(actions, SWT.WRAP);
        message.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Forms.button(actions, Messages.Evaluation_importMeasurements, 1, () -> {
            org.eclipse.swt.widgets.FileDialog dialog = new org.eclipse.swt.widgets.FileDialog(parent.getShell(), SWT.OPEN);
            dialog.setFilterExtensions(new String[] {"*.csv;*.xlsx", "*.*"});
            String chosen = dialog.open();
            if (chosen != null) {
                importMeasurements(Path.of(chosen));
            }
        });
        Forms.button(actions, Messages.Evaluation_report, 1, () -> {
            WizardDialog dialog = new WizardDialog(parent.getShell(), newReportWizard(
                    file -> Program.launch(file.toString())));
            dialog.open();
        });
        refresh();
    }

    private void tab(String title, org.eclipse.swt.widgets.Control control) {
        CTabItem item = new CTabItem(tabs, SWT.NONE);
        item.setText(title);
        item.setControl(control);
    }

    /**
     * The report wizard for the plan on the board: finishing starts {@link #writeReport}; {@code opener} opens the file
     * when the job is done and the user asked for it.
     */
    public ReportWizard newReportWizard(java.util.function.Consumer<Path> opener) {
        Path folder = Path.of(System.getProperty("user.home"));
        if (lastReport != null && lastReport.file().getParent() != null) {
            folder = lastReport.file().getParent();
        }
        return new ReportWizard(choice -> writeReport(choice.kind(), choice.file(), choice.tables()), folder, opener);
    }

    /** Shows a tab of the dashboard (0 progress, 1 before/after, 2 indicators, 3 policy review). */
    public void showTab(int index) {
        tabs.setSelection(index);
    }

    private static Table table(Composite parent, String... headings) {
        Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (String heading : headings) {
            TableColumn column = new TableColumn(table, SWT.NONE);
            column.setText(heading);
            column.setWidth(Math.max(80, heading.length() * 8));
        }
        return table;
    }

    /** Follows the session the lifecycle puts into the context. */
    @Inject
    public void setSession(@Optional WorkspaceSession newSession) {
        session = link.follow(newSession);
        refresh();
    }

    @PreDestroy
    public void dispose() {
        link.close();
    }

    private ActionPlan plan() {
        return session == null ? null : session.plan();
    }

    /** Shows progress, scorecard and chart of the plan on the board, and the indicators of its policy. */
    public void refresh() {
        if (progress == null || progress.isDisposed()) {
            return;
        }
        ActionPlan plan = plan();
        progress.removeAll();
        scorecard.removeAll();
        review.refresh();
        measure();
        if (plan == null) {
            heading.setText(Messages.Coherence_noPlan);
            return;
        }
        heading.setText(NLS.bind(Messages.Evaluation_heading, plan.getTitle()));
        for (Progress.TrackProgress track : Progress.of(plan)) {
            List<String> shown = new ArrayList<>();
            track.indicators().forEach(i -> shown.add(i.indicator().getName() + ": " + standing(i)));
            TableItem item = new TableItem(progress, SWT.NONE);
            item.setText(new String[] {track.track().getName(), track.underway() + "/" + track.actions(),
                    track.fidelity() == null ? "-" : String.format(Locale.ROOT, "%.0f%%", track.fidelity()),
                    track.milestones() == 0 ? "-" : track.milestonesReached() + "/" + track.milestones(),
                    String.join("; ", shown)});
        }
        List<String> names = new ArrayList<>();
        List<double[]> perDimension = new ArrayList<>();
        ReAimDimension.VALUES.forEach(d -> perDimension.add(new double[plan.getTracks().size()]));
        int t = 0;
        for (Scorecard.Row row : Scorecard.of(plan)) {
            if (row.level() == Scorecard.Level.ACTION) {
                continue;
            }
            List<String> cells = new ArrayList<>(List.of(row.name() == null ? "" : row.name(),
                    row.assessed() + "/" + row.actions()));
            for (ReAimDimension dimension : ReAimDimension.VALUES) {
                Double score = row.score(dimension);
                cells.add(score == null ? "-" : String.format(Locale.ROOT, "%.0f", score));
                if (row.level() == Scorecard.Level.TRACK && score != null) {
                    perDimension.get(dimension.getValue())[t] = score;
                }
            }
            new TableItem(scorecard, SWT.NONE).setText(cells.toArray(String[]::new));
            if (row.level() == Scorecard.Level.TRACK) {
                names.add(row.name() == null ? "" : row.name());
                t++;
            }
        }
        for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
            chart.getSeriesSet().deleteSeries(series.getId());
        }
        Color[] colours = {new Color(66, 133, 190), new Color(220, 120, 40), new Color(90, 160, 90),
            new Color(150, 90, 170), new Color(120, 120, 120)};
        for (ReAimDimension dimension : ReAimDimension.VALUES) {
            IBarSeries<?> series = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, dimension.getName());
            series.setDescription(label(dimension));
            series.setYSeries(perDimension.get(dimension.getValue()));
            series.setBarColor(colours[dimension.getValue()]);
        }
        chart.getAxisSet().getXAxis(0).enableCategory(true);
        chart.getAxisSet().getXAxis(0).setCategorySeries(names.stream().map(n -> n.length() > 18 ? n.substring(0, 17) + "\u2026" : n)
                .toArray(String[]::new));
        chart.getAxisSet().adjustRange();
        chart.getAxisSet().getYAxis(0).setRange(new org.eclipse.swtchart.Range(0, 100));
        chart.redraw();

        Indicator chosen = chosenIndicator();
        List<Indicator> all = new ArrayList<>();
        Municipality municipality = session.municipality();
        for (var policy : municipality.getPolicies()) {
            for (Goal goal : policy.getGoals()) {
                all.addAll(goal.getIndicators());
            }
        }
        indicators.removeAll();
        all.forEach(i -> indicators.add(i.getName()));
        indicators.setData(all);
        indicators.select(chosen == null ? (all.isEmpty() ? -1 : 0) : all.indexOf(chosen));
        showIndicator();
    }

    /**
     * Counts the signals before and after each track's start and asks the computed indicators (Regie's and those
     * organisations registered) for their values, in a job: both read the signal store. The job works on a copy of the
     * workspace taken now, so editing goes on; a newer change cancels an older count.
     */
    private void measure() {
        // edits come in bursts: the copy is taken once they pause for 300 ms, not on every command
        if (measureSoon) {
            return;
        }
        measureSoon = true;
        tabs.getDisplay().timerExec(300, () -> {
            measureSoon = false;
            if (!tabs.isDisposed()) {
                measureNow();
            }
        });
    }

    private void measureNow() {
        if (measuring != null) {
            measuring.cancel();
        }
        ActionPlan shown = plan();
        if (shown == null) {
            trends.show(List.of());
            computed.removeAll();
            return;
        }
        Municipality copy = org.eclipse.emf.ecore.util.EcoreUtil.copy(session.municipality());
        ActionPlan plan = copy.getPolicies().stream().flatMap(p -> p.getActionPlans().stream())
                .filter(p -> p.getId() != null && p.getId().equals(shown.getId())).findFirst().orElse(null);
        if (plan == null) {
            return;
        }
        Locale locale = Locale.getDefault();
        int window = trends.getWeeks();
        List<EvaluationIndicator> providers = nl.regie.ui.internal.Services.all(EvaluationIndicator.class);
        Job job = new Job(Messages.Trends_computing) {
            @Override
            protected org.eclipse.core.runtime.IStatus run(org.eclipse.core.runtime.IProgressMonitor monitor) {
                List<SignalTrends.TrackTrend> counted = List.of();
                String problem = null;
                try {
                    if (signals != null) {
                        counted = SignalTrends.of(plan, signals, LocalDate.now(), window, locale);
                    }
                } catch (nl.regie.store.StoreException e) {
                    problem = e.getMessage();
                }
                if (monitor.isCanceled()) {
                    return org.eclipse.core.runtime.Status.CANCEL_STATUS;
                }
                List<EvaluationIndicator.Value> values = Evaluations.measure(providers,
                        new EvaluationIndicator.Context(copy, plan, signals, LocalDate.now(), locale));
                List<SignalTrends.TrackTrend> found = counted;
                String failed = problem;
                Job self = this;
                ui.asyncExec(() -> {
                    if (measuring != self || computed.isDisposed()) {
                        return;
                    }
                    trends.show(found);
                    computed.removeAll();
                    for (EvaluationIndicator.Value value : values) {
                        String number = value.value() == null ? "-" : value.count()
                                ? nl.regie.reports.Cells.count(Math.round(value.value()))
                                : String.format(locale, "%.1f", value.value());
                        new TableItem(computed, SWT.NONE).setText(new String[] {value.indicator(), value.breakdown(),
                            (number + " " + value.unit()).strip(), value.method()});
                    }
                    if (failed != null) {
                        message.setText(failed);
                    }
                });
                return org.eclipse.core.runtime.Status.OK_STATUS;
            }
        };
        job.setSystem(true);
        measuring = job;
        job.schedule();
    }

    /** The job counting trends and indicators last scheduled (for tests to wait on). */
    public Job getMeasuring() {
        return measuring;
    }

    /** The before/after page, the policy review page (for tests). */
    public TrendsPage getTrends() {
        return trends;
    }

    public PolicyReviewPage getReview() {
        return review;
    }

    /** The computed indicators shown, as "indicator | breakdown | value" (for tests). */
    public List<String> getComputed() {
        List<String> rows = new ArrayList<>();
        for (TableItem item : computed.getItems()) {
            rows.add(item.getText(0) + " | " + item.getText(1) + " | " + item.getText(2));
        }
        return rows;
    }

    private String standing(Progress.IndicatorProgress indicator) {
        return switch (indicator.standing()) {
            case NO_DATA -> Messages.Evaluation_noData;
            case NO_TARGET -> Messages.Evaluation_noTarget;
            case BEHIND -> Messages.Evaluation_behind;
            case ON_TRACK -> Messages.Evaluation_onTrack;
            case REACHED -> Messages.Evaluation_reached;
        };
    }

    @SuppressWarnings("unchecked")
    private Indicator chosenIndicator() {
        List<Indicator> all = (List<Indicator>) indicators.getData();
        int index = indicators.getSelectionIndex();
        return all == null || index < 0 || index >= all.size() ? null : all.get(index);
    }

    private void showIndicator() {
        Indicator indicator = chosenIndicator();
        measurements.removeAll();
        if (indicator == null) {
            return;
        }
        if (!baseline.isFocusControl()) {
            baseline.setText(indicator.getBaseline() == null ? "" : String.valueOf(indicator.getBaseline()));
        }
        if (!target.isFocusControl()) {
            target.setText(indicator.getTarget() == null ? "" : String.valueOf(indicator.getTarget()));
        }
        for (Measurement m : indicator.getMeasurements()) {
            new TableItem(measurements, SWT.NONE).setText(new String[] {String.valueOf(m.getMeasuredOn()),
                    String.valueOf(m.getValue()), m.getBreakdown() == null ? "" : m.getBreakdown()});
        }
    }

    /** Chooses an indicator by name, as a user does (for tests). */
    public void chooseIndicator(String name) {
        indicators.select(indicators.indexOf(name));
        showIndicator();
    }

    private void setNumber(org.eclipse.emf.ecore.EAttribute feature, Text field) {
        Indicator indicator = chosenIndicator();
        if (indicator == null) {
            return;
        }
        Double number;
        try {
            number = field.getText().isBlank() ? null : Double.valueOf(field.getText().strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            message.setText(NLS.bind(Messages.Evaluation_notANumber, field.getText()));
            return;
        }
        if (!java.util.Objects.equals(number, indicator.eGet(feature))) {
            execute(SetCommand.create(session.editingDomain(), indicator, feature, number));
        }
    }

    /** Types baseline and target and leaves the fields, as a user does (for tests). */
    public void setBaselineAndTarget(String from, String to) {
        baseline.setText(from);
        baseline.notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
        target.setText(to);
        target.notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
    }

    /** Adds the measurement typed (date, value, breakdown) to the chosen indicator, as one command. */
    public void addMeasurement() {
        Indicator indicator = chosenIndicator();
        if (indicator == null || session == null) {
            return;
        }
        LocalDate day;
        double number;
        try {
            day = SignalIntake.parseDate(measuredOn.getText().strip());
            number = Double.parseDouble(value.getText().strip().replace(',', '.'));
        } catch (IllegalArgumentException e) {
            message.setText(NLS.bind(Messages.Evaluation_badMeasurement, e.getMessage()));
            return;
        }
        if (day == null) {
            message.setText(NLS.bind(Messages.Evaluation_badMeasurement, Messages.Evaluation_measuredOn));
            return;
        }
        Measurement measurement = RegieFactory.eINSTANCE.createMeasurement();
        measurement.setId(indicator.getId() + "-" + java.util.UUID.randomUUID().toString().substring(0, 8));
        measurement.setMeasuredOn(day);
        measurement.setValue(number);
        measurement.setBreakdown(breakdown.getText().isBlank() ? null : breakdown.getText().strip());
        execute(AddCommand.create(session.editingDomain(), indicator, P.getIndicator_Measurements(), measurement));
        measuredOn.setText("");
        value.setText("");
        breakdown.setText("");
        message.setText("");
    }

    /** Types a measurement, as a user does (for tests). */
    public void typeMeasurement(String day, String number, String part) {
        measuredOn.setText(day);
        value.setText(number);
        breakdown.setText(part);
    }

    /**
     * Reads measurements from a CSV or XLSX file in a job and adds those that can be taken as one command (one undo);
     * the rows not taken are written next to the file with their reasons. Returns the job, scheduled.
     */
    public org.eclipse.core.runtime.jobs.Job importMeasurements(Path file) {
        if (session == null || session.municipality() == null) {
            return null;
        }
        WorkspaceSession current = session;
        Municipality municipality = current.municipality();
        Locale locale = Locale.getDefault();
        org.eclipse.core.runtime.jobs.Job job = new org.eclipse.core.runtime.jobs.Job(
                NLS.bind(Messages.Evaluation_importing, file.getFileName())) {
            @Override
            protected org.eclipse.core.runtime.IStatus run(org.eclipse.core.runtime.IProgressMonitor monitor) {
                try {
                    // reads only: the indicators are looked up, the workspace changes on the UI thread by a command
                    nl.regie.evaluation.MeasurementImport.Result result = nl.regie.evaluation.MeasurementImport.read(file,
                            municipality, locale);
                    if (!result.rejects().isEmpty()) {
                        List<List<Object>> rows = new ArrayList<>();
                        result.rejects().forEach(r -> rows.add(List.of(r.line(), r.field(), r.reason(),
                                String.join(" | ", r.cells()))));
                        nl.regie.reports.Exports.csv(new nl.regie.reports.Table("rejects", List.of("line", "field",
                                "reason", "record"), rows), file.resolveSibling(file.getFileName() + ".rejects.csv"));
                    }
                    ui.asyncExec(() -> {
                        Command command = nl.regie.evaluation.MeasurementImport.command(current.editingDomain(), result);
                        if (command != null) {
                            execute(command);
                        }
                        message.setText(NLS.bind(Messages.Evaluation_imported, new Object[] {file.getFileName(),
                                result.rows().size(), result.rejects().size()}));
                    });
                    return org.eclipse.core.runtime.Status.OK_STATUS;
                } catch (java.io.IOException e) {
                    ui.asyncExec(() -> message.setText(e.getMessage()));
                    return org.eclipse.core.runtime.Status.OK_STATUS;
                }
            }
        };
        job.setUser(true);
        job.schedule();
        return job;
    }

    private void execute(Command command) {
        session.editingDomain().getCommandStack().execute(command);
    }

    /**
     * Writes a report of the plan on the board as a job (PDF for a .pdf file, else HTML) and says how it went when it
     * is done; returns the job, already scheduled.
     */
    public ReportJob writeReport(Reports.Kind kind, Path file, boolean tables) {
        if (session == null || session.municipality() == null) {
            return null;
        }
        Reports.Format format = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")
                ? Reports.Format.PDF : Reports.Format.HTML;
        ReportJob job = new ReportJob(session.municipality(), plan(), signals, checks(),
                nl.regie.ui.internal.Services.all(EvaluationIndicator.class),
                nl.regie.ui.internal.Services.all(nl.regie.reports.ReportSection.class), kind, format, file, tables);
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                IStatusText text = new IStatusText(event.getResult().getSeverity(), event.getResult().getMessage());
                ui.asyncExec(() -> showDone(text, file));
            }
        });
        lastReport = job;
        job.schedule();
        message.setText(NLS.bind(Messages.Evaluation_writing, file.getFileName()));
        return job;
    }

    private record IStatusText(int severity, String text) {
    }

    private void showDone(IStatusText status, Path file) {
        if (message.isDisposed()) {
            return;
        }
        message.setText(status.severity() == org.eclipse.core.runtime.IStatus.OK ? NLS.bind(Messages.Evaluation_written, file)
                : status.severity() == org.eclipse.core.runtime.IStatus.CANCEL ? Messages.Evaluation_cancelled
                        : status.text());
    }

    /** Every evaluation check registered as a service. */
    private static List<EvaluationCheck> checks() {
        return nl.regie.ui.internal.Services.all(EvaluationCheck.class);
    }

    /** The rows of the progress table (for tests). */
    public List<String> getProgress() {
        List<String> rows = new ArrayList<>();
        for (TableItem item : progress.getItems()) {
            rows.add(item.getText(0) + " | " + item.getText(1) + " | " + item.getText(2) + " | " + item.getText(4));
        }
        return rows;
    }

    /** The rows of the scorecard table (for tests). */
    public List<String> getScorecard() {
        List<String> rows = new ArrayList<>();
        for (TableItem item : scorecard.getItems()) {
            StringBuilder row = new StringBuilder(item.getText(0));
            for (int c = 1; c < scorecard.getColumnCount(); c++) {
                row.append(" | ").append(item.getText(c));
            }
            rows.add(row.toString());
        }
        return rows;
    }

    /** The measurements shown for the chosen indicator (for tests). */
    public List<String> getMeasurements() {
        List<String> rows = new ArrayList<>();
        for (TableItem item : measurements.getItems()) {
            rows.add(item.getText(0) + " | " + item.getText(1) + " | " + item.getText(2));
        }
        return rows;
    }

    /** The message line (for tests). */
    public String getMessage() {
        return message.getText();
    }

    /** The chart (for tests). */
    public Chart getChart() {
        return chart;
    }

    /** The last report job (for tests). */
    public ReportJob getLastReport() {
        return lastReport;
    }

    private static String label(Enum<?> value) {
        String label = RegieLabels.enumerated(value);
        return label == null ? value.name() : label;
    }

    @Focus
    public void setFocus() {
        progress.setFocus();
    }
}
