// SPDX-License-Identifier: EPL-2.0
package nl.regie.reports;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;

import nl.regie.evaluation.EvaluationCheck;
import nl.regie.evaluation.EvaluationIndicator;
import nl.regie.evaluation.Evaluations;
import nl.regie.evaluation.Progress;
import nl.regie.evaluation.Scorecard;
import nl.regie.evaluation.SignalTrends;
import nl.regie.model.Action;
import nl.regie.model.ActionPlan;
import nl.regie.model.Domain;
import nl.regie.model.Goal;
import nl.regie.model.Indicator;
import nl.regie.model.Involvement;
import nl.regie.model.Municipality;
import nl.regie.model.NamedElement;
import nl.regie.model.Partner;
import nl.regie.model.Pillar;
import nl.regie.model.Policy;
import nl.regie.model.ReAimDimension;
import nl.regie.model.RegieObject;
import nl.regie.model.RoundTable;
import nl.regie.model.Setting;
import nl.regie.model.Track;
import nl.regie.model.edit.RegieLabels;
import nl.regie.planning.Coherence;
import nl.regie.planning.PlanEditing;
import nl.regie.reports.Table.Count;
import nl.regie.reports.internal.Charts;
import nl.regie.reports.internal.Html;
import nl.regie.reports.internal.Pdf;
import nl.regie.reports.internal.Texts;
import nl.regie.signals.clusters.ClusterDetector;
import nl.regie.signals.clusters.ClusterDetector.Cluster;
import nl.regie.store.SignalCount;
import nl.regie.store.SignalDimension;
import nl.regie.store.SignalQuery;
import nl.regie.store.SignalStore;
import nl.regie.store.StoreException;

/**
 * The two documents a municipality writes about its drug-prevention policy, built from the workspace and the signal
 * store: the council letter (*raadsinformatiebrief*: the picture of signals with charts, the plan per pillar and
 * domain, progress per track, the RE-AIM scorecard, the signal trends per track with their method, next steps) and the
 * policy plan (*beleidsplan*, structured like the model plan: problem analysis, goals per pillar, measures per setting,
 * partners and roles, finance, monitoring). Written as HTML or PDF from the same {@link Report}; its tables export to
 * CSV and XLSX. Counts of signals and people below 5 show as "&lt;5" everywhere, charts included.
 */
public final class Reports {

    /** The document kinds. */
    public enum Kind {
        /** Raadsinformatiebrief. */
        COUNCIL_LETTER,
        /** Beleidsplan. */
        POLICY_PLAN
    }

    /** The output formats. */
    public enum Format {
        HTML, PDF
    }

    /** How many steps a report takes (for a progress monitor). */
    public static final int STEPS = 7;

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy");

    private final Municipality municipality;
    private final ActionPlan plan;
    private final SignalStore signals;
    private final LocalDate today;
    private final Locale locale;
    private final List<? extends EvaluationCheck> checks;
    private final List<? extends EvaluationIndicator> indicators;
    private List<? extends ReportSection> contributed = List.of();

    /**
     * A report without computed indicators.
     *
     * @param plan the plan the report is about (the first plan of the first policy when null)
     * @param checks the evaluation checks to list under next steps (the services registered)
     */
    public Reports(Municipality municipality, ActionPlan plan, SignalStore signals, LocalDate today, Locale locale,
            List<? extends EvaluationCheck> checks) {
        this(municipality, plan, signals, today, locale, checks, List.of());
    }

    /**
     * @param plan the plan the report is about (the first plan of the first policy when null)
     * @param checks the evaluation checks to list under next steps (the services registered)
     * @param indicators the computed indicators whose values go with progress and monitoring (the services registered)
     */
    public Reports(Municipality municipality, ActionPlan plan, SignalStore signals, LocalDate today, Locale locale,
            List<? extends EvaluationCheck> checks, List<? extends EvaluationIndicator> indicators) {
        this.municipality = Objects.requireNonNull(municipality);
        this.plan = plan != null ? plan : firstPlan(municipality);
        this.signals = signals;
        this.today = today;
        this.locale = locale;
        this.checks = checks;
        this.indicators = indicators;
    }

    /**
     * These reports with the sections organisations contribute ({@link ReportSection} services); a section that fails
     * becomes a paragraph that says so, not a failed report.
     */
    public Reports with(List<? extends ReportSection> sections) {
        Reports copy = new Reports(municipality, plan, signals, today, locale, checks, indicators);
        copy.contributed = List.copyOf(sections);
        return copy;
    }

    /** The contributed sections for {@code kind}, in their order. */
    private List<Report.Section> contributed(Kind kind) {
        List<Report.Section> sections = new ArrayList<>();
        ReportSection.Context context = new ReportSection.Context(municipality, plan, signals, today, locale);
        for (ReportSection contribution : contributed) {
            try {
                if (!contribution.appliesTo(kind)) {
                    continue;
                }
                Report.Section section = contribution.section(context);
                if (section != null) {
                    sections.add(section);
                }
            } catch (StoreException | RuntimeException | LinkageError e) {
                String name;
                try {
                    name = contribution.name(locale);
                } catch (RuntimeException | LinkageError unnamed) {
                    name = contribution.getClass().getName();
                }
                sections.add(new Report.Section(name, List.of(new Report.Paragraph(text("section.failed", name,
                        String.valueOf(e.getMessage()))))));
            }
        }
        return sections;
    }

    private static ActionPlan firstPlan(Municipality municipality) {
        for (Policy policy : municipality.getPolicies()) {
            if (!policy.getActionPlans().isEmpty()) {
                return policy.getActionPlans().get(0);
            }
        }
        throw new IllegalArgumentException(Texts.text(Locale.getDefault(), "error.noPlan", municipality.getName()));
    }

    /**
     * Builds a report and writes it to {@code file}; with {@code tables} its tables also go to {@code file}.xlsx (a
     * sheet each) and to the folder {@code file}-tabellen (a CSV file each).
     */
    public Report write(Kind kind, Format format, Path file, boolean tables, Monitor monitor)
            throws IOException, StoreException {
        Report report = kind == Kind.COUNCIL_LETTER ? councilLetter(monitor) : policyPlan(monitor);
        step(monitor, "step.write");
        if (format == Format.PDF) {
            Pdf.write(report, file);
        } else {
            Html.write(report, locale.getLanguage(), file);
        }
        if (tables) {
            Exports.xlsx(report.tables(), file.resolveSibling(file.getFileName() + ".xlsx"));
            Exports.csv(report.tables(), file.resolveSibling(file.getFileName() + "-tabellen"));
        }
        return report;
    }

    private void step(Monitor monitor, String key) {
        if (monitor.cancelled()) {
            throw new CancellationException(text("step.cancelled"));
        }
        monitor.step(text(key));
    }

    /** The council letter (raadsinformatiebrief). */
    public Report councilLetter(Monitor monitor) throws StoreException {
        List<Report.Section> sections = new ArrayList<>();
        step(monitor, "step.signals");
        sections.add(signalPicture());
        step(monitor, "step.plan");
        sections.add(planSection());
        step(monitor, "step.progress");
        sections.add(progressSection());
        step(monitor, "step.scorecard");
        sections.add(scorecardSection());
        step(monitor, "step.trends");
        sections.add(trendSection());
        step(monitor, "step.next");
        sections.addAll(contributed(Kind.COUNCIL_LETTER));
        sections.add(nextSteps());
        return new Report(text("letter.title", municipality.getName()),
                text("letter.subtitle", plan.getTitle(), today), sections);
    }

    /** The policy plan (beleidsplan), structured like the model plan for local drug-prevention policy. */
    public Report policyPlan(Monitor monitor) throws StoreException {
        List<Report.Section> sections = new ArrayList<>();
        step(monitor, "step.signals");
        Report.Section picture = signalPicture();
        List<Object> analysis = new ArrayList<>(picture.blocks());
        for (RoundTable table : municipality.getRoundTables()) {
            if (table.getPicture() != null) {
                analysis.add(new Report.Paragraph(text("plan.roundTable", table.getTitle(), table.getDate(),
                        table.getPicture())));
            }
        }
        sections.add(new Report.Section(text("plan.analysis"), analysis));
        step(monitor, "step.plan");
        sections.add(goals());
        sections.add(measures());
        step(monitor, "step.progress");
        sections.add(partners());
        sections.add(finance());
        step(monitor, "step.scorecard");
        sections.add(monitoring());
        sections.add(review());
        step(monitor, "step.next");
        sections.addAll(contributed(Kind.POLICY_PLAN));
        Policy policy = (Policy) plan.eContainer();
        return new Report(text("plan.title", policy.getTitle(), municipality.getName()),
                text("plan.subtitle", policy.getStartDate(), policy.getEndDate(), today), sections);
    }

    // ---- sections

    private Report.Section signalPicture() throws StoreException {
        List<Object> blocks = new ArrayList<>();
        if (signals == null) {
            blocks.add(new Report.Paragraph(text("signals.none")));
            return new Report.Section(text("signals.heading"), blocks);
        }
        YearMonth last = YearMonth.from(newest());
        YearMonth first = last.minusMonths(11);
        SignalQuery year = SignalQuery.ALL.observed(first.atDay(1), last.atEndOfMonth());
        long total = signals.count(year);
        blocks.add(new Report.Paragraph(text("signals.intro", first.atDay(1), last.atEndOfMonth(), Cells.count(total))));
        List<Object[]> bySubstance = new ArrayList<>();
        for (SignalCount count : signals.countBy(year, EnumSet.of(SignalDimension.SUBSTANCE))) {
            bySubstance.add(new Object[] {name(count.key().get(SignalDimension.SUBSTANCE)), count.count()});
        }
        List<List<Object>> rows = new ArrayList<>();
        bySubstance.forEach(r -> rows.add(List.of(r[0], new Count((Long) r[1]))));
        blocks.add(new Table(text("signals.bySubstance"), List.of(text("col.substance"), text("col.signals")), rows));

        // per month, all signals and the substances of the flagged clusters
        List<Cluster> flagged = new ClusterDetector().clusters(signals, newest()).stream().filter(Cluster::flagged)
                .toList();
        // per quarter: months of a small municipality mostly hold fewer than 5 signals, which would all show as <5
        List<String> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(3)) {
            months.add(quarter(m));
        }
        Map<String, Map<String, Long>> series = new LinkedHashMap<>();
        series.put(text("chart.all"), perMonth(year, null, first));
        flagged.stream().map(c -> c.key().get(SignalDimension.SUBSTANCE)).filter(Objects::nonNull).distinct().limit(3)
                .forEach(substance -> {
                    try {
                        series.put(name(substance), perMonth(year.substances(substance), substance, first));
                    } catch (StoreException e) {
                        throw new IllegalStateException(e);
                    }
                });
        blocks.add(new Report.Chart(text("chart.months.title"), Charts.bars(text("chart.months.title"), text("chart.month"),
                text("chart.signals"), months, series, true), text("chart.months.alt", String.join(", ", series.keySet()))));
        if (flagged.isEmpty()) {
            blocks.add(new Report.Paragraph(text("signals.noClusters")));
        } else {
            List<List<Object>> clusterRows = new ArrayList<>();
            for (Cluster cluster : flagged.stream().limit(8).toList()) {
                clusterRows.add(List.of(String.join(", ", ClusterDetector.describe(cluster, this::name,
                        d -> text("unknown"))), new Count(cluster.recent()), String.format(locale, "%.1f", cluster.expected())));
            }
            blocks.add(new Table(text("signals.clusters"), List.of(text("col.cluster"), text("col.recent"),
                    text("col.expected")), clusterRows));
            blocks.add(new Report.Paragraph(text("signals.clusterMethod")));
        }
        return new Report.Section(text("signals.heading"), blocks);
    }

    private LocalDate newest() throws StoreException {
        var newest = signals.query(SignalQuery.ALL, 0, 1);
        LocalDate day = newest.isEmpty() ? today : newest.get(0).observedOn();
        return day.isAfter(today) ? today : day;
    }

    private Map<String, Long> perMonth(SignalQuery query, String substance, YearMonth first) throws StoreException {
        Map<String, Long> months = new LinkedHashMap<>();
        for (SignalCount count : signals.countBy(query, EnumSet.of(SignalDimension.MONTH))) {
            YearMonth month = YearMonth.parse(count.key().get(SignalDimension.MONTH));
            if (!month.isBefore(first)) {
                months.merge(quarter(first.plusMonths(3L * (java.time.temporal.ChronoUnit.MONTHS.between(first, month) / 3))),
                        count.count(), Long::sum);
            }
        }
        return months;
    }

    /** A period of three months from {@code start}, e.g. "sep 2025 - nov 2025". */
    private String quarter(YearMonth start) {
        return start.atDay(1).format(MONTH.withLocale(locale)) + " - " + start.plusMonths(2).atDay(1)
                .format(MONTH.withLocale(locale));
    }

    private Report.Section planSection() {
        List<Object> blocks = new ArrayList<>();
        blocks.add(new Report.Paragraph(text("plan.intro", plan.getTitle(), plan.getTracks().size(), actions().size())));
        List<String> headings = new ArrayList<>(List.of(text("col.pillar")));
        Domain.VALUES.forEach(d -> headings.add(label(d)));
        List<List<Object>> rows = new ArrayList<>();
        for (Pillar pillar : Pillar.VALUES) {
            List<Object> row = new ArrayList<>(List.of(label(pillar)));
            for (Domain domain : Domain.VALUES) {
                row.add(actions().stream().filter(a -> a.isSetPillar() && a.getPillar() == pillar && a.isSetDomain()
                        && a.getDomain() == domain).count());
            }
            rows.add(row);
        }
        blocks.add(new Table(text("plan.grid"), headings, rows));
        blocks.add(new Report.Paragraph(text("plan.gridNote")));
        List<List<Object>> tracks = new ArrayList<>();
        for (Track track : plan.getTracks()) {
            tracks.add(List.of(track.getName(), track.getOwner() == null ? "-" : track.getOwner().getName(),
                    track.getActions().stream().map(Action::getTitle).collect(Collectors.joining("; "))));
        }
        blocks.add(new Table(text("plan.tracks"), List.of(text("col.track"), text("col.lead"), text("col.actions")), tracks));
        return new Report.Section(text("plan.heading"), blocks);
    }

    private Report.Section progressSection() {
        List<Object> blocks = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>();
        for (Progress.TrackProgress track : Progress.of(plan)) {
            List<String> indicators = new ArrayList<>();
            for (Progress.IndicatorProgress indicator : track.indicators()) {
                indicators.add(indicator.indicator().getName() + ": " + standing(indicator));
            }
            rows.add(List.of(track.track().getName(), text("progress.underway", track.underway(), track.actions()),
                    track.fidelity() == null ? text("progress.notAssessed") : String.format(locale, "%.0f%%", track.fidelity()),
                    track.milestones() == 0 ? "-" : track.milestonesReached() + "/" + track.milestones(),
                    indicators.isEmpty() ? "-" : String.join("; ", indicators)));
        }
        blocks.add(new Table(text("progress.table"), List.of(text("col.track"), text("col.underway"),
                text("col.fidelity"), text("col.milestones"), text("col.indicators")), rows));
        blocks.add(new Report.Paragraph(text("progress.note")));
        blocks.addAll(computed());
        return new Report.Section(text("progress.heading"), blocks);
    }

    private String standing(Progress.IndicatorProgress p) {
        String unit = p.indicator().getUnit() == null ? "" : " " + p.indicator().getUnit();
        return switch (p.standing()) {
            case NO_DATA -> text("standing.noData");
            case NO_TARGET -> text("standing.noTarget", value(p.indicator(), p.latest().getValue()) + unit);
            default -> text("standing." + p.standing().name(), value(p.indicator(), p.latest().getValue()) + unit,
                    value(p.indicator(), p.target()) + unit, p.latest().getMeasuredOn());
        };
    }

    /** A measured value: a count of people ("aantal" in the unit) below 5 is suppressed. */
    private String value(Indicator indicator, double value) {
        boolean count = indicator.getUnit() != null && indicator.getUnit().toLowerCase(Locale.ROOT).contains("aantal");
        if (count && value == Math.rint(value)) {
            return Cells.count((long) value);
        }
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(locale, "%.1f", value);
    }

    private Report.Section scorecardSection() {
        List<Object> blocks = new ArrayList<>();
        List<String> headings = new ArrayList<>(List.of(text("col.level"), text("col.name"), text("col.assessed")));
        ReAimDimension.VALUES.forEach(d -> headings.add(label(d)));
        List<List<Object>> rows = new ArrayList<>();
        for (Scorecard.Row row : Scorecard.of(plan)) {
            if (row.level() == Scorecard.Level.ACTION && row.assessed() == 0) {
                continue;
            }
            List<Object> cells = new ArrayList<>(List.of(text("level." + row.level().name()), row.name(),
                    row.assessed() + "/" + row.actions()));
            for (ReAimDimension dimension : ReAimDimension.VALUES) {
                Double score = row.score(dimension);
                cells.add(score == null ? "-" : String.format(locale, "%.0f", score));
            }
            rows.add(cells);
        }
        blocks.add(new Table(text("scorecard.table"), headings, rows));
        for (ReAimDimension dimension : ReAimDimension.VALUES) {
            blocks.add(new Report.Paragraph(Scorecard.definition(dimension, locale)));
        }
        List<List<Object>> sources = new ArrayList<>();
        for (Action action : actions()) {
            action.getReAim().forEach(score -> sources.add(List.of(action.getTitle(), label(score.getDimension()),
                    score.getMeasure() == null ? "-" : score.getMeasure(),
                    score.getDataSource() == null ? "-" : score.getDataSource())));
        }
        if (!sources.isEmpty()) {
            blocks.add(new Table(text("scorecard.sources"), List.of(text("col.action"), text("col.dimension"),
                    text("col.measure"), text("col.source")), sources));
        }
        return new Report.Section(text("scorecard.heading"), blocks);
    }

    private Report.Section trendSection() throws StoreException {
        List<Object> blocks = new ArrayList<>();
        if (signals == null) {
            blocks.add(new Report.Paragraph(text("signals.none")));
            return new Report.Section(text("trend.heading"), blocks);
        }
        List<SignalTrends.TrackTrend> trends = SignalTrends.of(plan, signals, today, 26, locale);
        List<List<Object>> rows = new ArrayList<>();
        Map<String, Map<String, Long>> series = new LinkedHashMap<>();
        series.put(text("trend.before"), new LinkedHashMap<>());
        series.put(text("trend.after"), new LinkedHashMap<>());
        List<String> order = new ArrayList<>();
        String method = null;
        for (SignalTrends.TrackTrend trend : trends) {
            String track = trend.track().getName();
            boolean compared = trend.before().length > 0 || trend.after().length > 0;
            rows.add(List.of(track, trend.start() == null ? "-" : trend.start().toString(),
                    compared ? new Count(trend.totalBefore()) : "-", compared ? new Count(trend.totalAfter()) : "-",
                    compared ? trend.before().length + " / " + trend.after().length : "-"));
            if (compared) {
                order.add(track);
                series.get(text("trend.before")).put(track, trend.totalBefore());
                series.get(text("trend.after")).put(track, trend.totalAfter());
                method = trend.method();
            }
        }
        blocks.add(new Table(text("trend.table"), List.of(text("col.track"), text("col.start"), text("col.before"),
                text("col.after"), text("col.weeks")), rows));
        if (!order.isEmpty()) {
            blocks.add(new Report.Chart(text("trend.chart"), Charts.bars(text("trend.chart"), text("col.track"),
                    text("chart.signals"), order, series, false), text("trend.chart.alt")));
        }
        blocks.add(new Report.Paragraph(method == null ? text("trend.none") : method));
        return new Report.Section(text("trend.heading"), blocks);
    }

    private Report.Section nextSteps() {
        List<Object> blocks = new ArrayList<>();
        List<String> points = new ArrayList<>();
        for (EvaluationCheck.Finding finding : Evaluations.check(checks, plan, locale)) {
            points.add(finding.message());
        }
        Diagnostic coherence = new Coherence(locale).check(plan, List.of(), this::name);
        for (Diagnostic child : coherence.getChildren()) {
            points.add(child.getMessage());
        }
        if (points.isEmpty()) {
            blocks.add(new Report.Paragraph(text("next.none")));
        } else {
            blocks.add(new Report.Paragraph(text("next.intro", points.size())));
            List<List<Object>> rows = new ArrayList<>();
            points.forEach(p -> rows.add(List.of(p)));
            blocks.add(new Table(text("next.table"), List.of(text("col.point")), rows));
        }
        return new Report.Section(text("next.heading"), blocks);
    }

    private Report.Section goals() {
        Policy policy = (Policy) plan.eContainer();
        List<List<Object>> rows = new ArrayList<>();
        for (Pillar pillar : Pillar.VALUES) {
            for (Goal goal : policy.getGoals()) {
                if (goal.getPillars().contains(pillar)) {
                    rows.add(List.of(label(pillar), goal.getStatement(), labels(goal.getDomains()),
                            goal.getTargetGroup() == null ? "-" : goal.getTargetGroup().getName(),
                            goal.getIndicators().stream().map(Indicator::getName).collect(Collectors.joining("; "))));
                }
            }
        }
        return new Report.Section(text("goals.heading"), List.of(new Table(text("goals.table"), List.of(text("col.pillar"),
                text("col.goal"), text("col.domains"), text("col.group"), text("col.indicators")), rows)));
    }

    private Report.Section measures() {
        Map<String, List<Action>> bySetting = new LinkedHashMap<>();
        for (Setting setting : municipality.getSettings()) {
            bySetting.put(setting.getName(), new ArrayList<>());
        }
        bySetting.put(text("setting.none"), new ArrayList<>());
        for (Action action : actions()) {
            bySetting.get(action.getSetting() == null ? text("setting.none") : action.getSetting().getName()).add(action);
        }
        List<List<Object>> rows = new ArrayList<>();
        bySetting.forEach((setting, actions) -> actions.forEach(a -> rows.add(List.of(setting, a.getTitle(),
                a.isSetPillar() ? label(a.getPillar()) : "-", a.getOwner() == null ? "-" : a.getOwner().getName(),
                a.getIntervention() == null ? "-" : a.getIntervention().getName()))));
        return new Report.Section(text("measures.heading"), List.of(new Table(text("measures.table"), List.of(
                text("col.setting"), text("col.action"), text("col.pillar"), text("col.owner"), text("col.intervention")),
                rows)));
    }

    private Report.Section partners() {
        List<List<Object>> rows = new ArrayList<>();
        for (Partner partner : municipality.getPartners()) {
            List<String> owns = new ArrayList<>();
            List<String> roles = new ArrayList<>();
            for (Action action : actions()) {
                if (action.getOwner() == partner) {
                    owns.add(action.getTitle());
                }
                for (Involvement involvement : action.getInvolvements()) {
                    if (involvement.getPartner() == partner && involvement.getRole() != null) {
                        roles.add(label(involvement.getRole()) + ": " + action.getTitle());
                    }
                }
            }
            rows.add(List.of(partner.getName(), partner.getKind() == null ? "-" : label(partner.getKind()),
                    owns.isEmpty() ? "-" : String.join("; ", owns), roles.isEmpty() ? "-" : String.join("; ", roles)));
        }
        return new Report.Section(text("partners.heading"), List.of(new Table(text("partners.table"), List.of(
                text("col.partner"), text("col.kind"), text("col.owns"), text("col.roles")), rows)));
    }

    private Report.Section finance() {
        List<List<Object>> rows = new ArrayList<>();
        for (Track track : plan.getTracks()) {
            BigDecimal sum = track.getActions().stream().map(Action::getBudget).filter(Objects::nonNull)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            rows.add(List.of(track.getName(), PlanEditing.euros(sum, locale)));
        }
        BigDecimal total = PlanEditing.total(plan);
        List<Object> blocks = new ArrayList<>();
        blocks.add(new Table(text("finance.table"), List.of(text("col.track"), text("col.budget")), rows));
        blocks.add(new Report.Paragraph(plan.getBudget() == null ? text("finance.noBudget", PlanEditing.euros(total, locale))
                : text("finance.budget", PlanEditing.euros(total, locale), PlanEditing.euros(plan.getBudget(), locale))));
        return new Report.Section(text("finance.heading"), blocks);
    }

    private Report.Section monitoring() {
        Policy policy = (Policy) plan.eContainer();
        List<List<Object>> rows = new ArrayList<>();
        for (Goal goal : policy.getGoals()) {
            for (Indicator indicator : goal.getIndicators()) {
                rows.add(List.of(indicator.getName(), indicator.getUnit() == null ? "-" : indicator.getUnit(),
                        indicator.getBaseline() == null ? "-" : value(indicator, indicator.getBaseline()),
                        indicator.getTarget() == null ? "-" : value(indicator, indicator.getTarget()),
                        indicator.getDataSource() == null ? "-" : indicator.getDataSource(),
                        String.join(", ", indicator.getDisaggregation())));
            }
        }
        List<Object> blocks = new ArrayList<>(List.of(new Table(text("monitoring.table"), List.of(
                text("col.indicator"), text("col.unit"), text("col.baseline"), text("col.target"), text("col.source"),
                text("col.disaggregation")), rows), new Report.Paragraph(text("monitoring.note"))));
        blocks.addAll(computed());
        return new Report.Section(text("monitoring.heading"), blocks);
    }

    /** The values of the computed indicators as a table (nothing when there are none); counts below 5 as "<5". */
    private List<Object> computed() {
        List<EvaluationIndicator.Value> values = Evaluations.measure(indicators,
                new EvaluationIndicator.Context(municipality, plan, signals, today, locale));
        if (values.isEmpty()) {
            return List.of();
        }
        List<List<Object>> rows = new ArrayList<>();
        for (EvaluationIndicator.Value value : values) {
            Object shown = value.value() == null ? "-"
                    : value.count() ? new Count(Math.round(value.value())) : String.format(locale, "%.1f", value.value());
            rows.add(List.of(value.indicator(), value.breakdown() == null || value.breakdown().isEmpty() ? "-"
                    : value.breakdown(), shown, value.unit() == null ? "" : value.unit(), value.method()));
        }
        return List.of(new Table(text("computed.table"), List.of(text("col.indicator"), text("col.breakdown"),
                text("col.value"), text("col.unit"), text("col.method")), rows));
    }

    private Report.Section review() {
        Policy policy = (Policy) plan.eContainer();
        List<Object> blocks = new ArrayList<>();
        nl.regie.model.PolicyReview latest = policy.getReviews().stream().filter(r -> r.getDate() != null)
                .max(java.util.Comparator.comparing(nl.regie.model.PolicyReview::getDate)).orElse(null);
        if (latest == null) {
            blocks.add(new Report.Paragraph(text("review.none")));
        } else {
            blocks.add(new Report.Paragraph(text("review.intro", latest.getTitle(), latest.getDate())));
            List<List<Object>> rows = new ArrayList<>();
            for (nl.regie.model.ReviewAnswer answer : latest.getAnswers()) {
                rows.add(List.of(nl.regie.evaluation.PolicyReviews.question(answer.getQuestion(), locale),
                        answer.getAnswer() == null ? text("review.open") : answer.getAnswer(),
                        answer.getEvidence().stream().map(nl.regie.model.validation.RegieModelValidator::label)
                                .collect(Collectors.joining("; "))));
            }
            blocks.add(new Table(text("review.table"), List.of(text("col.question"), text("col.answer"),
                    text("col.evidence")), rows));
        }
        return new Report.Section(text("review.heading"), blocks);
    }

    // ---- helpers

    private List<Action> actions() {
        List<Action> actions = new ArrayList<>();
        plan.getTracks().forEach(t -> actions.addAll(t.getActions()));
        return actions;
    }

    private String name(String id) {
        if (id == null) {
            return text("unknown");
        }
        for (var it = municipality.eAllContents(); it.hasNext();) {
            if (it.next() instanceof NamedElement named && named instanceof RegieObject object && id.equals(object.getId())) {
                return named.getName();
            }
        }
        return id;
    }

    private String text(String key, Object... arguments) {
        return Texts.text(locale, key, arguments);
    }

    private static String label(Enum<?> value) {
        String label = RegieLabels.enumerated(value);
        return label == null ? value.name() : label;
    }

    private static String labels(List<? extends Enum<?>> values) {
        return values.stream().map(Reports::label).collect(Collectors.joining(", "));
    }
}
