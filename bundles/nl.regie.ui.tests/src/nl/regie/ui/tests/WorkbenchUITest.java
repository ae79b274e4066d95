// SPDX-License-Identifier: EPL-2.0
package nl.regie.ui.tests;

import org.eclipse.jface.wizard.WizardDialog;
import nl.regie.signals.IntakeReport;
import nl.regie.store.SignalStore;
import nl.regie.ui.parts.CataloguePart;
import nl.regie.ui.parts.ClustersPart;
import nl.regie.ui.parts.QuarantinePart;
import nl.regie.ui.signals.ImportSignalsWizard;
import nl.regie.ui.signals.SignalDetailsDialog;
import nl.regie.ui.signals.SignalFormDialog;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.internal.workbench.E4Workbench;
import org.eclipse.e4.ui.internal.workbench.swt.E4Application;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

import nl.regie.model.Action;
import nl.regie.model.Municipality;
import nl.regie.store.SignalStore;
import nl.regie.store.StoreException;
import nl.regie.ui.parts.ActionEditorPart;
import nl.regie.ui.parts.CoherencePart;
import nl.regie.ui.parts.EvaluationPart;
import nl.regie.ui.parts.HistoryPart;
import nl.regie.ui.parts.PlanBoardPart;
import nl.regie.ui.parts.PlanComparePart;
import nl.regie.ui.parts.PolicyExplorerPart;
import nl.regie.ui.parts.PropertiesPart;
import nl.regie.ui.parts.SignalInboxPart;
import nl.regie.ui.session.WorkspaceSession;
import nl.regie.ui.signals.ImportSignalsJob;

/**
 * Starts the real Regie workbench (the application model of {@code nl.regie.app}, its lifecycle, the e4 renderers)
 * in a real SWT window under Xvfb, looks at what it shows, saves a screenshot and closes it.
 *
 * <p>The workbench runs once for the class: e4 keeps static state per JVM. The UI callback records what it sees
 * and never asserts (the e4 event loop would swallow an assertion error); the tests assert on the record.
 */
class WorkbenchUITest {

    /** What the running workbench showed. */
    record Seen(String windowTitle, boolean visible, List<String> tree, String propertiesHeading, List<String> properties,
            Path screenshot, int screenshotWidth, int screenshotHeight, int distinctColours, Saving saving,
            Inbox inbox, Imported imported, SignalWork work, Heatmap heatmap, Planning planning, Evaluated evaluated,
            Progressed progressed, Updating updating, Audited audited, Merged merged, Region region) {
    }

    /** What the region part showed for this municipality and another one's data folder. */
    record Region(List<String> headings, List<String> rows, String status, String csv, String reportsIntro) {
    }

    /**
     * What a conflict between the workbench and another analyst's save led to: the merge dialog's message and rows
     * (object | property | before | yours | theirs), what was stored after "merge and save", and whether an edit could
     * start in a read-only workspace.
     */
    record Merged(String message, List<String> rows, String storedTitle, String storedOtherStatus,
            long versionBefore, long versionAfter, String storedAuthor, boolean readOnlyEditExecutable,
            boolean writableEditExecutable) {
    }

    /** What the audit trail part showed for the action edited and saved, and what its export wrote. */
    record Audited(String status, List<String> rows, String csv) {
    }

    /** What Help > Updates zoeken asked and showed in a workbench that p2 did not install (the test runtime). */
    record Updating(String prefilledSite, String error, Path picture) {
    }

    /** What the progress line at the bottom of the window showed for a running job, and what its cancel button did. */
    record Progressed(String idle, String during, int percent, boolean cancelOffered, String result, String after) {
    }

    /** What the evaluation dashboard and its report job did. */
    record Evaluated(List<String> progressBefore, List<String> progressAfter, List<String> measurements,
            List<String> implementation,
            List<String> scorecard, int chartSeries, String reportResult, boolean reportWritten, String reportStart,
            String cancelledResult, String message, List<String> trends, String trendMethod, int trendSeries,
            List<String> computed, List<String> reviewAnswers, String reviewState, List<String> reviewEvidence,
            String wizardFile, String wizardResult, String wizardStart, boolean wizardXlsx, String opened,
            String wizardWarning, boolean letterIndicators, boolean finishOnFirstPage) {
    }

    /** What building Gemeente X's plan on the plan board did. */
    record Planning(String clusterChosen, String planTitle, List<String> parentsRecommendations, List<String> cards,
            List<String> tracks, String summary, List<String> concernsAfterFlow, List<String> heatmapCounts,
            List<String> findings, List<String> findingsWithoutOwner, List<String> editorWithoutOwner,
            List<String> cardsWithoutOwner, List<String> findingsAfterUndo, List<String> editorAfterMilestone,
            List<String> comparison, String versionNote, List<String> recordedTable, String recordedTableSeverity) {
    }

    /** What the coherence heatmap showed. */
    record Heatmap(String title, List<String> counts, List<String> gap, List<String> cell, List<String> findings,
            List<String> catalogue, List<String> supplyOnly, String advisedAgainst, List<String> importedRows,
            String importMessage, String brokenMessage, int rowsBeforeImport) {
    }

    /** What the import wizard, the quarantine, the form, the details and the clusters view did. */
    record SignalWork(List<String> previewHeadings, int previewRows, String checkSummary, List<String> checkRejections,
            String importSummary, boolean mappingSaved, String inboxCountAfterWizard, String quarantineCount,
            List<String> quarantineRows, String quarantineCountAfterFix, String formRejection, String formSummary,
            String retractedStatus, String retractedReason, List<String> clusterRows, String clusterCount,
            int chartSeries, String chartTitle, List<String> inboxQueries) {
    }

    /** What importing a partner's file in the workbench did. */
    record Imported(boolean menuCommandEnabled, String jobResult, String summary, String countAfter, boolean personalDataInInboxOrRowMissing,
            boolean rejectsWritten) {
    }

    /** What the Signal Inbox showed. */
    record Inbox(int rows, String count, List<String> firstRows, Path screenshot, List<String> substanceChoices,
            String countFor3MMC, int rowsFor3MMC) {
    }

    /** What editing and saving did. */
    record Saving(long versionBefore, boolean dirtyAfterEdit, String titleAfterEdit, String editedTitle,
            long versionAfterSave, boolean dirtyAfterSave, String titleAfterSave, List<String> history,
            String storedTitle) {
    }

    private static final AtomicReference<Seen> SEEN = new AtomicReference<>();
    private static final AtomicReference<Throwable> FAILURE = new AtomicReference<>();
    private static Display display;

    @BeforeAll
    static void runWorkbench() throws Exception {
        display = Display.getDefault();
        Bundle app = Platform.getBundle("nl.regie.app");
        assertNotNull(app, "nl.regie.app is in the test runtime");
        IApplicationContext applicationContext = new TestApplicationContext(app, "-applicationXMI",
                "nl.regie.app/Application.e4xmi", "-lifeCycleURI", "bundleclass://nl.regie.app/nl.regie.app.internal.LifeCycle",
                "-persistState", "false", "-clearPersistedState", "-cssTheme", "none");

        E4Workbench workbench = new E4Application().createE4Workbench(applicationContext, display);
        IEclipseContext context = workbench.getContext();
        assertNotNull(context.get(IEventBroker.class), "event broker (EventAdmin, DS) is available");

        // Never let a stuck UI hang the build.
        display.timerExec(240_000, () -> {
            StringBuilder threads = new StringBuilder("the workbench did not finish within 240 s; its threads:\n");
            Thread.getAllStackTraces().forEach((thread, stack) -> {
                threads.append(thread.getName()).append('\n');
                for (StackTraceElement element : stack) {
                    threads.append("    at ").append(element).append('\n');
                }
            });
            System.err.println(threads);
            FAILURE.compareAndSet(null, new AssertionError("the workbench did not finish within 240 s"));
            workbench.close();
        });
        context.get(IEventBroker.class).subscribe(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE,
                event -> display.timerExec(500, () -> whenLoaded(workbench, 0)));

        workbench.createAndRunUI(workbench.getApplication());
        workbench.close();
        context.dispose();
    }

    @AfterAll
    static void disposeDisplay() {
        if (display != null && !display.isDisposed()) {
            display.dispose();
        }
    }

    /** The workspace loads in a job: wait (on the UI thread, without blocking it) until the session has it. */
    private static void whenLoaded(E4Workbench workbench, int attempt) {
        WorkspaceSession session = workbench.getContext().get(WorkspaceSession.class);
        if (session != null && session.municipality() != null && !session.isBusy()) {
            inspect(workbench);
        } else if (attempt > 600) {
            FAILURE.set(new AssertionError("the workspace did not load within 60 s"));
            workbench.close();
        } else {
            display.timerExec(100, () -> whenLoaded(workbench, attempt + 1));
        }
    }

    /**
     * Edits the selected action's title in the Properties view as a user does (the cell editor, then Enter), checks
     * the dirty marks, saves with the Save command (Ctrl+S) and waits for the save job and the history.
     */
    private static Saving editAndSave(E4Workbench workbench, WorkspaceSession session, PropertiesPart properties,
            Shell shell, Action action) {
        long before = session.version().number();
        TableViewer table = properties.getViewer();
        PropertiesPart.Row titleRow = null;
        for (Object row : (List<?>) table.getInput()) {
            if (((PropertiesPart.Row) row).name().equals("Titel")) {
                titleRow = (PropertiesPart.Row) row;
            }
        }
        String edited = action.getTitle() + " (bewerkt)";
        table.editElement(titleRow, 1);
        settle();
        Text editor = null;
        for (org.eclipse.swt.widgets.Control child : table.getTable().getChildren()) {
            if (child instanceof Text text) {
                editor = text;
            }
        }
        editor.setText(edited);
        editor.notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
        settle();
        boolean dirtyAfterEdit = session.isDirty();
        String titleAfterEdit = shell.getText();

        IEclipseContext windowContext = workbench.getApplication().getChildren().get(0).getContext();
        ECommandService commands = windowContext.get(ECommandService.class);
        EHandlerService handlers = windowContext.get(EHandlerService.class);
        handlers.executeHandler(commands.createCommand("org.eclipse.ui.file.save", null));
        for (int i = 0; i < 300 && (session.isBusy() || session.isDirty()); i++) {
            settle();
        }
        MPart historyPart = (MPart) workbench.getContext().get(EModelService.class).find(HistoryPart.ID,
                workbench.getApplication());
        HistoryPart history = (HistoryPart) historyPart.getObject();
        List<String> versions = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            settle();
            versions.clear();
            for (TableItem item : history.getViewer().getTable().getItems()) {
                versions.add(item.getText(0) + " | " + item.getText(2) + " | " + item.getText(3));
            }
            if (versions.size() > before) {
                break;
            }
        }
        String stored;
        try {
            stored = session.store().load().municipality().getPolicies().get(0).getActionPlans().get(0).getTracks().get(1)
                    .getActions().get(0).getTitle();
        } catch (StoreException e) {
            stored = e.toString();
        }
        return new Saving(before, dirtyAfterEdit, titleAfterEdit, edited, session.version().number(), session.isDirty(),
                shell.getText(), versions, stored);
    }

    /** Shows the Signal Inbox, waits until its virtual table has its rows from the store, and takes its picture. */
    private static Inbox inbox(E4Workbench workbench, Shell shell) throws IOException {
        MApplication application = workbench.getApplication();
        MPart part = (MPart) workbench.getContext().get(EModelService.class).find(SignalInboxPart.ID, application);
        application.getChildren().get(0).getContext().get(EPartService.class).activate(part);
        SignalInboxPart inbox = (SignalInboxPart) part.getObject();
        List<String> firstRows = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            settle();
            firstRows.clear();
            org.eclipse.swt.widgets.Table table = inbox.getTable();
            for (int row = 0; row < Math.min(2, table.getItemCount()); row++) {
                TableItem item = table.getItem(row);
                firstRows.add(item.getText(0) + " | " + item.getText(1) + " | " + item.getText(2) + " | " + item.getText(5));
            }
            if (!firstRows.isEmpty() && firstRows.stream().noneMatch(r -> r.startsWith("..."))) {
                break;
            }
        }
        Path file = evidenceDir().resolve("signal-inbox.png");
        screenshot(shell, file);
        int rows = inbox.getTable().getItemCount();
        String count = inbox.getCount();

        org.eclipse.swt.widgets.Combo substance = inbox.getSubstanceFilter();
        List<String> choices = List.of(substance.getItems());
        substance.select(choices.indexOf("3-MMC"));
        substance.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        for (int i = 0; i < 100 && inbox.getCount().equals(count); i++) {
            settle();
        }
        String filtered = inbox.getCount();
        int filteredRows = inbox.getTable().getItemCount();
        substance.select(0);
        substance.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        settle();
        return new Inbox(rows, count, List.copyOf(firstRows), file, choices, filtered, filteredRows);
    }

    /** Imports a small messy partner file through the job the File menu uses, and watches the Signal Inbox follow. */
    private static Imported importSignals(E4Workbench workbench, WorkspaceSession session) throws IOException {
        Path csv = Files.createTempDirectory("regie-ui-import").resolve("jongerenwerk-maart.csv");
        Files.writeString(csv, """
                Datum;Bron;Middel;Wijk;Mate van zorg;Omschrijving
                24-3-2026;Jongerenwerk;3-MMC;Noord;hoog;Weer een groepje bij het winkelcentrum, contact via 06-12345678
                31-02-2026;Jongerenwerk;3-MMC;Noord;hoog;onmogelijke datum
                """);
        IEclipseContext context = workbench.getContext();
        SignalInboxPart inboxPart = (SignalInboxPart) ((MPart) context.get(EModelService.class).find(SignalInboxPart.ID,
                workbench.getApplication())).getObject();
        String before = inboxPart.getCount();
        IEclipseContext windowContext = workbench.getApplication().getChildren().get(0).getContext();
        boolean enabled = windowContext.get(EHandlerService.class).canExecute(
                windowContext.get(ECommandService.class).createCommand("nl.regie.app.command.importSignals", null));
        ImportSignalsJob job = new ImportSignalsJob(csv, null, session.municipality(),
                context.get(SignalStore.class), context.get(IEventBroker.class));
        job.schedule();
        for (int i = 0; i < 200 && (job.getResult() == null || inboxPart.getCount().equals(before)); i++) {
            settle();
        }
        List<String> descriptions = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            descriptions.clear();
            for (TableItem item : inboxPart.getTable().getItems()) {
                descriptions.add(item.getText(5));
            }
            if (descriptions.stream().anyMatch(d -> d.startsWith("Weer een groepje"))) {
                break;
            }
            settle();
        }
        boolean personal = descriptions.stream().noneMatch(d -> d.startsWith("Weer een groepje"))
                || descriptions.stream().anyMatch(d -> d.contains("12345678"));
        return new Imported(enabled, String.valueOf(job.getResult()),
                job.getReport() == null ? null : ImportSignalsJob.summary(job.getReport()), inboxPart.getCount(), personal,
                Files.exists(csv.resolveSibling("jongerenwerk-maart.csv.rejects.csv")));
    }

    private static <T> T part(E4Workbench workbench, String id, Class<T> type) {
        MApplication application = workbench.getApplication();
        MPart part = (MPart) workbench.getContext().get(EModelService.class).find(id, application);
        application.getChildren().get(0).getContext().get(EPartService.class).activate(part);
        settle();
        return type.cast(part.getObject());
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) {
        for (int i = 0; i < 200 && !condition.getAsBoolean(); i++) {
            settle();
        }
    }

    /**
     * A partner file with headings Regie does not know, through the import wizard (mapping over a preview, saved;
     * the check; the import job); its rejected row fixed from the quarantine; a signal typed in the form (first
     * refused, then taken in without the name in it); one retracted from its details; the clusters view and its
     * chart; the inbox filters on group, status and a period.
     */
    private static SignalWork signalWork(E4Workbench workbench, WorkspaceSession session, Shell shell) throws Exception {
        IEclipseContext context = workbench.getContext();
        SignalStore store = context.get(SignalStore.class);
        IEventBroker events = context.get(IEventBroker.class);
        SignalInboxPart inbox = part(workbench, SignalInboxPart.ID, SignalInboxPart.class);
        Path csv = Files.createTempDirectory("regie-ui-wizard").resolve("horeca-april.csv");
        Files.writeString(csv, """
                Wanneer,Wie meldt,Wat,Waar,Verhaal
                2-4-2026,Horecaondernemers uitgaansgebied,3-MMC,Centrum (uitgaansgebied),Poeder gevonden in de toiletten
                3-4-2026,Horecaondernemers uitgaansgebied,3-MMC,Centrum (uitgaansgebied),Bezoeker onwel na gebruik
                40-4-2026,Horecaondernemers uitgaansgebied,3-MMC,Centrum (uitgaansgebied),datum verkeerd getypt
                """);
        Path mappings = nl.regie.signals.ColumnMapping.defaultFolder();
        ImportSignalsWizard wizard = new ImportSignalsWizard(session.municipality(), store, events, mappings);
        WizardDialog dialog = new WizardDialog(shell, wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        wizard.getFilePage().setFile(csv.toString());
        settle();
        dialog.showPage(wizard.getMappingPage());
        settle();
        ImportSignalsWizard.MappingPage mapping = wizard.getMappingPage();
        mapping.choose("Wanneer", nl.regie.signals.Fields.OBSERVED_ON);
        mapping.choose("Wie meldt", nl.regie.signals.Fields.SOURCE);
        mapping.choose("Wat", nl.regie.signals.Fields.SUBSTANCES);
        mapping.choose("Waar", nl.regie.signals.Fields.AREA);
        mapping.choose("Verhaal", nl.regie.signals.Fields.DESCRIPTION);
        mapping.setSaveAs("horeca");
        settle();
        List<String> headings = new ArrayList<>();
        for (org.eclipse.swt.widgets.TableColumn column : mapping.getPreview().getColumns()) {
            headings.add(column.getText());
        }
        int previewRows = mapping.getPreview().getItemCount();
        screenshot(dialog.getShell(), evidenceDir().resolve("import-wizard-mapping.png"));
        dialog.showPage(wizard.getCheckPage());
        settle();
        screenshot(dialog.getShell(), evidenceDir().resolve("import-wizard-check.png"));
        IntakeReport checked = wizard.getCheckPage().getChecked();
        List<String> checkRejections = checked == null ? List.of()
                : checked.rejections().stream().map(r -> r.line() + " " + r.field() + " " + r.reason()).toList();
        String before = inbox.getCount();
        boolean finished = wizard.performFinish();
        dialog.close();
        ImportSignalsJob job = wizard.getJob();
        if (finished) {
            job.schedule();
        }
        waitUntil(() -> job.getResult() != null && !inbox.getCount().equals(before));
        String importSummary = job.getReport() == null ? String.valueOf(job.getResult())
                : ImportSignalsJob.summary(job.getReport());

        QuarantinePart quarantine = part(workbench, QuarantinePart.ID, QuarantinePart.class);
        quarantine.reload();
        waitUntil(() -> quarantine.getTable().getItemCount() > 0);
        List<String> quarantineRows = new ArrayList<>();
        for (TableItem item : quarantine.getTable().getItems()) {
            quarantineRows.add(item.getText(0) + " | " + item.getText(1) + " | " + item.getText(2) + " | " + item.getText(3));
        }
        String quarantineCount = quarantine.getCount();
        screenshot(shell, evidenceDir().resolve("quarantine.png"));
        int last = quarantine.getTable().getItemCount() - 1;
        quarantine.getTable().setSelection(last);
        quarantine.getTable().notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        SignalFormDialog fix = quarantine.fixSelected();
        settle();
        fix.set(nl.regie.signals.Fields.OBSERVED_ON, "4-4-2026");
        fix.submit();
        waitUntil(() -> fix.getShell() == null || fix.getShell().isDisposed());
        waitUntil(() -> !quarantine.getCount().equals(quarantineCount));
        String quarantineAfter = quarantine.getCount();

        part(workbench, SignalInboxPart.ID, SignalInboxPart.class);
        SignalFormDialog form = inbox.newSignal();
        settle();
        form.set(nl.regie.signals.Fields.OBSERVED_ON, "5-4-2026");
        form.set(nl.regie.signals.Fields.SOURCE, "Stichting Onbekend");
        form.set(nl.regie.signals.Fields.SUBSTANCES, "3-MMC");
        form.set(nl.regie.signals.Fields.AREA, "Noord");
        form.set(nl.regie.signals.Fields.DESCRIPTION, "Gesprek met naam: Jan Jansen over 3-MMC op het schoolplein");
        form.submit();
        waitUntil(() -> form.getShownError() != null);
        String formRejection = form.getShownError();
        screenshot(form.getShell(), evidenceDir().resolve("signal-form.png"));
        form.set(nl.regie.signals.Fields.SOURCE, "Jongerenwerk");
        form.submit();
        waitUntil(() -> form.getShell() == null || form.getShell().isDisposed());
        String formSummary = form.getReport() == null ? form.getShownError() : ImportSignalsJob.summary(form.getReport());

        waitUntil(() -> inbox.getTable().getItemCount() > 0 && inbox.getTable().getItem(0).getData() != null);
        inbox.getTable().setSelection(0);
        SignalDetailsDialog details = inbox.openDetails();
        settle();
        screenshot(details.getShell(), evidenceDir().resolve("signal-details.png"));
        details.retract("Dubbel gemeld: ook via de politie binnengekomen");
        waitUntil(() -> details.getSignal().status() == nl.regie.model.SignalStatus.RETRACTED);
        String retractedStatus = details.getSignal().status().getName();
        String retractedReason = store.find(details.getSignal().id()).map(r -> r.retractionReason()).orElse(null);
        details.close();

        ClustersPart clusters = part(workbench, ClustersPart.ID, ClustersPart.class);
        clusters.setUntil(java.time.LocalDate.of(2026, 4, 7));
        clusters.reload();
        waitUntil(() -> clusters.getTable().getItemCount() > 0 && clusters.getChart().getSeriesSet().getSeries().length > 0);
        settle();
        List<String> clusterRows = new ArrayList<>();
        for (TableItem item : clusters.getTable().getItems()) {
            clusterRows.add(item.getText(0) + " | " + item.getText(4) + " | " + item.getText(1) + " | " + item.getText(2));
        }
        screenshot(shell, evidenceDir().resolve("clusters.png"));
        int series = clusters.getChart().getSeriesSet().getSeries().length;
        String chartTitle = clusters.getChart().getTitle().getText();

        part(workbench, SignalInboxPart.ID, SignalInboxPart.class);
        List<String> queries = new ArrayList<>();
        inbox.setPeriod("1-4-2026", "30-4-2026");
        queries.add(inbox.getQuery().observedFrom() + ".." + inbox.getQuery().observedTo());
        inbox.setPeriod("31-2-2026", "");
        queries.add(inbox.getCount());
        inbox.setPeriod("", "");
        return new SignalWork(headings, previewRows, checked == null ? null : ImportSignalsJob.summary(checked),
                checkRejections, importSummary, Files.exists(mappings.resolve("horeca.properties")), inbox.getCount(),
                quarantineCount, quarantineRows, quarantineAfter, formRejection, formSummary, retractedStatus,
                retractedReason, clusterRows, clusters.getCount(), series, chartTitle, queries);
    }

    /** The coherence heatmap of Gemeente X's plan: the counts, an empty cell and a full one clicked, its picture. */
    private static Heatmap heatmap(E4Workbench workbench, Shell shell) throws IOException {
        CoherencePart part = part(workbench, CoherencePart.ID, CoherencePart.class);
        part.show();
        settle();
        List<String> counts = part.getPillarDomainCounts();
        part.selectCell(nl.regie.model.Pillar.SUPPLY_REDUCTION, nl.regie.model.Domain.SOCIAL);
        List<String> gap = part.getDetails();
        part.selectCell(nl.regie.model.Pillar.DEMAND_REDUCTION, nl.regie.model.Domain.SAFETY);
        List<String> cell = part.getDetails();
        settle();
        screenshot(shell, evidenceDir().resolve("heatmap.png"));

        CataloguePart catalogue = part(workbench, CataloguePart.ID, CataloguePart.class);
        List<String> entries = new ArrayList<>();
        for (TableItem item : catalogue.getTable().getItems()) {
            entries.add(item.getText(0) + " | " + item.getText(1) + " | " + item.getText(5));
        }
        int last = catalogue.getTable().getItemCount() - 1;
        String advised = last < 0 ? "" : catalogue.select(last);
        settle();
        screenshot(shell, evidenceDir().resolve("catalogue.png"));
        catalogue.getPillarFilter().select(2);
        catalogue.refilter();
        List<String> supply = new ArrayList<>();
        for (TableItem item : catalogue.getTable().getItems()) {
            supply.add(item.getText(0));
        }
        catalogue.getPillarFilter().select(0);
        catalogue.refilter();

        // an organisation's catalogue file imported into the workspace, then a broken one
        Path dir = Files.createTempDirectory("regie-ui-catalogue");
        nl.regie.model.Municipality holder = nl.regie.model.RegieFactory.eINSTANCE.createMunicipality();
        holder.setId("ggd-catalogus");
        holder.setName("GGD-catalogus");
        nl.regie.model.Intervention own = nl.regie.model.RegieFactory.eINSTANCE.createIntervention();
        own.setId("ggd-regio-monitorgesprek");
        own.setName("Monitorgesprek GGD (voorbeeld)");
        own.getPillars().add(nl.regie.model.Pillar.DEMAND_REDUCTION);
        holder.getInterventions().add(own);
        Path file = dir.resolve("ggd-catalogus.xmi");
        nl.regie.model.resource.RegieResources.save(holder, file);
        int rowsBefore = catalogue.getTable().getItemCount();
        org.eclipse.core.runtime.jobs.Job imported = catalogue.importFrom(file);
        waitUntil(() -> imported.getResult() != null && catalogue.getTable().getItemCount() > rowsBefore);
        settle();
        List<String> importedRows = new ArrayList<>();
        for (TableItem item : catalogue.getTable().getItems()) {
            if (item.getText(0).startsWith("Monitorgesprek")) {
                importedRows.add(item.getText(0) + " | " + item.getText(5));
            }
        }
        String importMessage = catalogue.getMessage();
        Path broken = Files.writeString(dir.resolve("kapot.xmi"), "<?xml version=\"1.0\"?>\n<regie:Municipality xmlns:regie=");
        org.eclipse.core.runtime.jobs.Job refused = catalogue.importFrom(broken);
        waitUntil(() -> refused.getResult() != null && !catalogue.getMessage().equals(importMessage));
        settle();
        String brokenMessage = catalogue.getMessage();
        return new Heatmap(shell.getText(), counts, gap, cell, part.getFindings(), entries, supply, advised, importedRows,
                importMessage, brokenMessage, rowsBefore);
    }

    private static final String IVZ = "Preventie, regionale instelling voor verslavingszorg";

    /**
     * Gemeente X's five-track plan built again on the plan board, from the flagged 3-MMC cluster, as an analyst does:
     * a new plan, five tracks with their leads, an action per track from the recommendations (the domain set in the
     * action editor where the seed says so), the round table flowing into the plan; the heatmap of the built plan; an
     * owner removed in the action editor and put back with Edit > Undo; a milestone; a plan version set down and
     * compared with a change made after it. Pictures of the plan board, the heatmap, the editor and the comparison.
     */
    private static Planning planning(E4Workbench workbench, WorkspaceSession session, Shell shell) throws IOException {
        PlanBoardPart board = part(workbench, PlanBoardPart.ID, PlanBoardPart.class);
        waitUntil(() -> !board.getFlagged().isEmpty());
        int mmc = -1;
        for (int i = 0; i < board.getFlagged().size(); i++) {
            if ("gemx-middel-3mmc".equals(board.getFlagged().get(i).key().get(nl.regie.store.SignalDimension.SUBSTANCE))
                    && mmc < 0) {
                mmc = i;
            }
        }
        if (mmc < 0) {
            throw new AssertionError("the plan board offers no flagged 3-MMC cluster: " + board.getFlagged());
        }
        board.chooseCluster(mmc);
        String cluster = String.valueOf(board.getFlagged().get(mmc).key());
        nl.regie.model.ActionPlan plan = board.newPlan();
        settle();
        board.setBudget(new java.math.BigDecimal("60000"));
        String[][] tracks = {{"Opvoedondersteuning voor ouders", IVZ},
            {"Deskundigheidsbevordering horeca", IVZ},
            {"Helder op School in het voortgezet onderwijs", "Scholen voortgezet onderwijs"},
            {"Verslavingspreventie-aanbod bekender maken", "Gemeente X, team Gezondheid"},
            {"Samenwerking jeugdzorg en verslavingszorg", "Jeugdzorg"}};
        for (String[] track : tracks) {
            board.setTrack(track[0], track[1]);
            board.addTrack();
            settle();
        }
        // group, setting, pillar, intervention, track, owner, domain as the seed has it (null: the owner's domain)
        String[][] actions = {
            {"Ouders van jongeren met middelengebruik", "Thuis", "DEMAND_REDUCTION", "Help, mijn kind kan niet zonder",
                tracks[0][0], IVZ, "Sociaal domein"},
            {"Horecapersoneel en beveiliging", "Uitgaansleven", "DEMAND_REDUCTION",
                "Training horecapersoneel: omgaan met middelengebruik", tracks[1][0], IVZ, "Veiligheidsdomein"},
            {"Jongeren in het uitgaansleven", "Uitgaansleven", "SUPPLY_REDUCTION",
                "Huisregels en afspraken over dealen in het uitgaansgebied", tracks[1][0], "Wijkpolitie", null},
            {"Leerlingen voortgezet onderwijs", "Scholen voortgezet onderwijs", "DEMAND_REDUCTION", "Helder op School",
                tracks[2][0], "Scholen voortgezet onderwijs", "Gezondheidsdomein"},
            {"Ouders van jongeren met middelengebruik", null, "DEMAND_REDUCTION", "Preventieaanbod van de verslavingszorg",
                tracks[3][0], "Gemeente X, team Gezondheid", null},
            {"Minderjarige jongeren op straat", "Jeugdzorg en verslavingszorg", "HARM_REDUCTION",
                "Jeugdzorg en verslavingszorg samen", tracks[4][0], "Jeugdzorg", "Gezondheidsdomein"}};
        ActionEditorPart editor = (ActionEditorPart) ((MPart) workbench.getContext().get(EModelService.class)
                .find(ActionEditorPart.ID, workbench.getApplication())).getObject();
        List<String> parents = null;
        Action school = null;
        for (String[] a : actions) {
            // the school programme from the goal it serves (the goal fills the group and pillar), the others from the need
            board.chooseGoal(a[3].equals("Helder op School") ? session.municipality().getPolicies().get(0).getGoals()
                    .stream().filter(g -> g.getId().equals("gemx-doel-kennis")).map(nl.regie.model.Goal::getStatement)
                    .findFirst().orElse("?") : "(geen)");
            board.setNeed(a[0], a[1], nl.regie.model.Pillar.valueOf(a[2]));
            board.recommend();
            if (parents == null) {
                parents = board.getRecommendations();
            }
            board.choose(a[3], a[4], a[5]);
            Action added = board.addRecommended();
            settle();
            if (editor == null) {
                editor = part(workbench, ActionEditorPart.ID, ActionEditorPart.class);
                part(workbench, PlanBoardPart.ID, PlanBoardPart.class);
            }
            settle();
            if (!editor.getShown().get(0).contains(added.getTitle())) {
                throw new AssertionError("the action editor does not follow the board's selection: " + editor.getShown().get(0));
            }
            if (a[6] != null) {
                editor.choose("domain", a[6]);
                settle();
            }
            if (a[3].equals("Helder op School")) {
                school = added;
            }
        }
        board.setFlowTrack(tracks[3][0]);
        board.flow();
        settle();
        List<String> concerns = board.getConcerns();
        List<String> cards = board.getCards();
        List<String> trackNames = new ArrayList<>();
        plan.getTracks().forEach(t -> trackNames.add(t.getName() + " | " + (t.getOwner() == null ? "-" : t.getOwner().getName())));
        // the plan board with its stack maximized, as an analyst looks at the whole plan
        board.setNeed(actions[0][0], actions[0][1], nl.regie.model.Pillar.DEMAND_REDUCTION);
        board.recommend();
        org.eclipse.e4.ui.model.application.ui.basic.MPartStack left = (org.eclipse.e4.ui.model.application.ui.basic.MPartStack)
                workbench.getContext().get(EModelService.class).find("nl.regie.app.stack.left", workbench.getApplication());
        left.getTags().add(org.eclipse.e4.ui.workbench.IPresentationEngine.MAXIMIZED);
        settle();
        screenshot(shell, evidenceDir().resolve("planboard.png"));
        left.getTags().remove(org.eclipse.e4.ui.workbench.IPresentationEngine.MAXIMIZED);
        settle();
        String summary = board.getSummary();

        CoherencePart coherence = part(workbench, CoherencePart.ID, CoherencePart.class);
        settle();
        List<String> counts = coherence.getPillarDomainCounts();
        List<String> findings = coherence.getFindings();
        coherence.selectCell(nl.regie.model.Pillar.HARM_REDUCTION, nl.regie.model.Domain.HEALTH);
        settle();
        screenshot(shell, evidenceDir().resolve("heatmap-plan.png"));

        // removing an owner in the action editor fails the check; Edit > Undo puts it back
        editor = part(workbench, ActionEditorPart.ID, ActionEditorPart.class);
        editor.edit(school);
        editor.chooseOwner("");
        settle();
        List<String> editorWithout = editor.getShown();
        screenshot(shell, evidenceDir().resolve("action-editor.png"));
        coherence = part(workbench, CoherencePart.ID, CoherencePart.class);
        settle();
        List<String> without = coherence.getFindings();
        List<String> cardsWithout = board.getCards();
        IEclipseContext windowContext = workbench.getApplication().getChildren().get(0).getContext();
        windowContext.get(EHandlerService.class).executeHandler(windowContext.get(ECommandService.class)
                .createCommand("org.eclipse.ui.edit.undo", null));
        settle();
        List<String> afterUndo = coherence.getFindings();

        editor = part(workbench, ActionEditorPart.ID, ActionEditorPart.class);
        editor.edit(school);
        editor.addMilestone("Plan voor het eerste schooljaar klaar", "1-9-2026");
        editor.type("budget", "12,500.50");
        settle();
        String english = editor.getShown().get(2);
        editor.type("budget", "12.500");
        editor.type("fidelity", "150");
        settle();
        String refusedFidelity = editor.getShown().get(editor.getShown().size() - 1);
        editor.type("fidelity", "85");
        settle();
        List<String> editorAfter = new ArrayList<>(editor.getShown());
        editorAfter.add("english amount: " + english);
        editorAfter.add("refused fidelity: " + refusedFidelity);
        editorAfter.add("fidelity: " + school.getFidelity());

        // a follow-up round table recorded on the board, with a concern and an agreement
        PlanBoardPart shown = part(workbench, PlanBoardPart.ID, PlanBoardPart.class);
        shown.showTab(2);
        shown.setTable("Vervolgoverleg scholen", "15-9-2026", List.of("GGD", "Scholen voortgezet onderwijs"),
                "Leerlingen vragen naar 3-MMC.");
        nl.regie.model.RoundTable followUp = shown.recordTable();
        settle();
        shown.setConcern("Scholen voortgezet onderwijs", nl.regie.model.ConcernKind.KNOWLEDGE_GAP,
                "Mentoren weten te weinig van 3-MMC.");
        shown.addConcern();
        shown.setAgreement("Signalen van school via de GGD");
        shown.addAgreement();
        settle();
        List<String> tableLines = shown.getConcerns();
        org.eclipse.e4.ui.model.application.ui.basic.MPartStack leftStack = (org.eclipse.e4.ui.model.application.ui.basic.MPartStack)
                workbench.getContext().get(EModelService.class).find("nl.regie.app.stack.left", workbench.getApplication());
        leftStack.getTags().add(org.eclipse.e4.ui.workbench.IPresentationEngine.MAXIMIZED);
        settle();
        screenshot(shell, evidenceDir().resolve("roundtable.png"));
        leftStack.getTags().remove(org.eclipse.e4.ui.workbench.IPresentationEngine.MAXIMIZED);
        settle();
        shown.showTab(0);
        String tableValid = followUp == null ? "not recorded"
                : String.valueOf(nl.regie.model.validation.RegieModelValidator.validateAll(followUp).getSeverity());

        // set the plan version down, change the plan, compare the version with the plan as it is now
        shown.setVersionNote("vastgesteld in het overleg");
        org.eclipse.core.runtime.jobs.Job freeze = shown.freeze();
        waitUntil(() -> freeze.getResult() != null && !session.isBusy());
        editor = part(workbench, ActionEditorPart.ID, ActionEditorPart.class);
        editor.edit(school);
        editor.type("budget", "15000");
        editor.chooseOwner("GGD");
        settle();
        PlanComparePart compare = part(workbench, PlanComparePart.ID, PlanComparePart.class);
        org.eclipse.core.runtime.jobs.Job versions = compare.loadVersions();
        if (versions == null) {
            throw new AssertionError("the plan versions view has no session");
        }
        waitUntil(() -> versions.getResult() != null);
        settle();
        compare.choose(session.version().number(), 0);
        org.eclipse.core.runtime.jobs.Job comparing = compare.compare();
        if (comparing == null) {
            throw new AssertionError("nothing to compare: " + compare.getLines());
        }
        waitUntil(() -> comparing.getResult() != null);
        settle();
        List<String> comparison = compare.getLines();
        screenshot(shell, evidenceDir().resolve("plan-compare.png"));
        return new Planning(cluster, plan.getTitle(), parents, cards, trackNames, summary, concerns, counts, findings, without,
                editorWithout, cardsWithout, afterUndo, editorAfter, comparison,
                session.version() == null ? null : session.version().summary(), tableLines, tableValid);
    }

    /**
     * The evaluation dashboard on Gemeente X's example plan: an indicator's baseline, target and a measurement entered,
     * progress and scorecard shown, the council letter written as a job, a second report cancelled.
     */
    private static Evaluated evaluation(E4Workbench workbench, WorkspaceSession session, Shell shell) throws IOException {
        session.showPlan(session.municipality().getPolicies().get(0).getActionPlans().get(0));
        settle();
        EvaluationPart part = part(workbench, EvaluationPart.ID, EvaluationPart.class);
        settle();
        List<String> before = part.getProgress();
        part.chooseIndicator("Ouders bereikt met de oudercursus");
        part.setBaselineAndTarget("0", "40");
        part.typeMeasurement("15-11-2026", "24", "");
        part.addMeasurement();
        settle();
        // the parent course scored and adapted in the action editor
        nl.regie.model.Action course = session.municipality().getPolicies().get(0).getActionPlans().get(0).getTracks().get(0)
                .getActions().get(0);
        ActionEditorPart editor = part(workbench, ActionEditorPart.ID, ActionEditorPart.class);
        editor.edit(course);
        editor.score("Bereik (Reach)", "60", "aandeel ouders van de groep dat de cursus volgt", "registratie verslavingszorg");
        editor.score("Bereik (Reach)", "65", "aandeel ouders van de groep dat de cursus volgt", "registratie verslavingszorg");
        editor.adapt("Twee bijeenkomsten online", "Ouders werken overdag");
        settle();
        List<String> implementation = editor.getImplementation();
        part = part(workbench, EvaluationPart.ID, EvaluationPart.class);
        settle();
        // two more measurements from a partner's file, one row refused with its reason
        Path measurementsFile = Files.writeString(Files.createTempDirectory("regie-ui-metingen").resolve("metingen.csv"),
                "Indicator;Datum;Waarde\nGetraind horecapersoneel;1-11-2026;45\nGetraind horecapersoneel;2-11-2026;veel\n");
        EvaluationPart dashboard = part;
        org.eclipse.core.runtime.jobs.Job reading = dashboard.importMeasurements(measurementsFile);
        waitUntil(() -> reading.getResult() != null && dashboard.getMessage().startsWith("metingen.csv:"));
        settle();
        String importMessage = part.getMessage();
        List<String> after = part.getProgress();
        List<String> measured = part.getMeasurements();
        measured = new ArrayList<>(measured);
        measured.add("import: " + importMessage);
        screenshot(shell, evidenceDir().resolve("evaluation.png"));
        Path letter = Files.createTempDirectory("regie-ui-report").resolve("raadsinformatiebrief.html");
        nl.regie.ui.evaluation.ReportJob job = part.writeReport(nl.regie.reports.Reports.Kind.COUNCIL_LETTER, letter, false);
        waitUntil(() -> job.getResult() != null);
        settle();
        String start = Files.exists(letter) ? Files.readString(letter).substring(0, Math.min(2000, (int) Files.size(letter))) : "";
        nl.regie.ui.evaluation.ReportJob cancelled = part.writeReport(nl.regie.reports.Reports.Kind.POLICY_PLAN,
                letter.resolveSibling("beleidsplan.pdf"), false);
        // a job cancelled before it runs has no result of its own: the status comes with its done event
        AtomicReference<org.eclipse.core.runtime.IStatus> cancelledStatus = new AtomicReference<>();
        cancelled.addJobChangeListener(new org.eclipse.core.runtime.jobs.JobChangeAdapter() {
            @Override
            public void done(org.eclipse.core.runtime.jobs.IJobChangeEvent event) {
                cancelledStatus.set(event.getResult());
            }
        });
        cancelled.cancel();
        waitUntil(() -> cancelledStatus.get() != null);
        settle();
        String reportMessage = part.getMessage();

        // the signals before and after each track's start, counted in the background
        part.showTab(1);
        EvaluationPart counting = part;
        waitUntil(() -> counting.getMeasuring() != null && counting.getMeasuring().getResult() != null
                && !counting.getTrends().getRows().isEmpty() && !counting.getComputed().isEmpty());
        settle();
        part.getTrends().choose(0);
        settle();
        screenshot(shell, evidenceDir().resolve("evaluation-trends.png"));
        List<String> trends = part.getTrends().getRows();
        String trendMethod = part.getTrends().getMethod();
        int trendSeries = part.getTrends().getChart().getSeriesSet().getSeries().length;
        part.showTab(2);
        settle();
        screenshot(shell, evidenceDir().resolve("evaluation-indicators.png"));
        List<String> computed = part.getComputed();

        // a policy review: the third question answered with the new substance as its evidence
        part.showTab(3);
        nl.regie.ui.evaluation.PolicyReviewPage review = part.getReview();
        review.newReview();
        settle();
        review.type(2, "Ja: partners kennen 3-MMC en de risico's nog onvoldoende.", "3-MMC");
        review.record(2);
        settle();
        screenshot(shell, evidenceDir().resolve("evaluation-review.png"));
        List<String> reviewAnswers = review.getAnswers();
        String reviewState = review.getState();
        nl.regie.model.PolicyReview stored = session.municipality().getPolicies().get(0).getReviews()
                .get(session.municipality().getPolicies().get(0).getReviews().size() - 1);
        List<String> reviewEvidence = stored.getAnswers().get(2).getEvidence().stream().map(o -> o.getId()).toList();

        // the report wizard: the policy plan as PDF with its tables, opened when written
        AtomicReference<Path> opened = new AtomicReference<>();
        nl.regie.ui.evaluation.ReportWizard wizard = part.newReportWizard(opened::set);
        WizardDialog wizardDialog = new WizardDialog(shell, wizard);
        wizardDialog.setBlockOnOpen(false);
        wizardDialog.open();
        wizard.getKindPage().choose(nl.regie.reports.Reports.Kind.POLICY_PLAN, nl.regie.reports.Reports.Format.PDF);
        settle();
        boolean finishOnFirstPage = wizard.canFinish();
        screenshot(wizardDialog.getShell(), evidenceDir().resolve("report-wizard-kind.png"));
        wizardDialog.showPage(wizard.getFilePage());
        Path planFile = letter.resolveSibling("beleidsplan-wizard.html");
        wizard.getFilePage().setFile(planFile.toString());
        settle();
        String wizardWarning = String.valueOf(wizard.getFilePage().getErrorMessage());
        wizard.getKindPage().choose(nl.regie.reports.Reports.Kind.POLICY_PLAN, nl.regie.reports.Reports.Format.PDF);
        String wizardFile = wizard.getFilePage().getFileText();
        wizard.getFilePage().setTables(true);
        wizard.getFilePage().setOpenAfter(true);
        settle();
        screenshot(wizardDialog.getShell(), evidenceDir().resolve("report-wizard-file.png"));
        boolean finished = wizard.canFinish() && wizard.performFinish();
        wizardDialog.close();
        nl.regie.ui.evaluation.ReportJob planJob = wizard.getJob();
        waitUntil(() -> !finished || planJob.getResult() != null && opened.get() != null);
        settle();
        Path pdf = Path.of(wizardFile);
        String wizardStart = Files.exists(pdf) ? new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1) : "";
        if (Files.exists(pdf)) {
            Files.copy(pdf, evidenceDir().resolve("beleidsplan-wizard.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return new Evaluated(before, after, measured, implementation, part.getScorecard(), part.getChart().getSeriesSet().getSeries().length,
                String.valueOf(job.getResult()), Files.exists(letter), start, String.valueOf(cancelledStatus.get() == null ? null : cancelledStatus.get().getSeverity()),
                reportMessage, trends, trendMethod, trendSeries, computed, reviewAnswers, reviewState, reviewEvidence, wizardFile,
                String.valueOf(planJob == null ? "not finished" : planJob.getResult()), wizardStart,
                Files.exists(pdf.resolveSibling(pdf.getFileName() + ".xlsx")), String.valueOf(opened.get()), wizardWarning,
                Files.exists(letter) && Files.readString(letter).contains("Kengetallen berekend uit de werkruimte"),
                finishOnFirstPage);
    }

    /**
     * A user job that works in steps until it is cancelled: the progress line shows its name, step and share done; its
     * cancel button stops it.
     */
    private static Progressed progress(EModelService models, MApplication application, Shell shell) throws Exception {
        nl.regie.ui.progress.ProgressTrim trim = (nl.regie.ui.progress.ProgressTrim) ((org.eclipse.e4.ui.model.application.ui.menu.MToolControl) models
                .find("nl.regie.ui.trim.progress", application)).getObject();
        waitUntil(() -> trim.getText().isEmpty());
        String idle = trim.getText();
        java.util.concurrent.CountDownLatch halfway = new java.util.concurrent.CountDownLatch(1);
        org.eclipse.core.runtime.jobs.Job job = new org.eclipse.core.runtime.jobs.Job("Signalen tellen") {
            @Override
            protected org.eclipse.core.runtime.IStatus run(org.eclipse.core.runtime.IProgressMonitor monitor) {
                monitor.beginTask("Signalen tellen", 10);
                for (int step = 1; step <= 10; step++) {
                    if (monitor.isCanceled()) {
                        return org.eclipse.core.runtime.Status.CANCEL_STATUS;
                    }
                    if (step <= 4) {
                        monitor.subTask("week " + step);
                        monitor.worked(1);
                    }
                    if (step == 4) {
                        halfway.countDown();
                    }
                    try {
                        Thread.sleep(step >= 4 ? 1000 : 10);
                    } catch (InterruptedException e) {
                        return org.eclipse.core.runtime.Status.CANCEL_STATUS;
                    }
                }
                return org.eclipse.core.runtime.Status.OK_STATUS;
            }
        };
        job.setUser(true);
        job.schedule();
        waitUntil(() -> halfway.getCount() == 0 && trim.getText().contains("week 4"));
        settle();
        String during = trim.getText();
        int percent = trim.getPercent();
        boolean offered = trim.isCancelShown();
        screenshot(shell, evidenceDir().resolve("progress-line.png"));
        trim.cancelNewest();
        waitUntil(() -> job.getResult() != null);
        waitUntil(() -> trim.getText().isEmpty());
        return new Progressed(idle, during, percent, offered, String.valueOf(job.getResult().getSeverity()), trim.getText());
    }

    /**
     * Help > Updates zoeken as a user goes through it: the dialog offers the update site the product customization
     * set (nl.regie.update/site), OK starts the check as a job, and its answer comes in a dialog; here, in a test
     * runtime p2 did not install, the answer is that this Regie cannot update itself. The dialogs are answered by a
     * watcher on the UI thread, as a user would click them.
     */
    private static Updating update(E4Workbench workbench, Shell shell) throws Exception {
        org.eclipse.core.runtime.preferences.DefaultScope.INSTANCE.getNode("nl.regie.update").put("site",
                "file:/srv/regie/updates");
        AtomicReference<String> prefilled = new AtomicReference<>();
        AtomicReference<String> error = new AtomicReference<>();
        AtomicReference<Path> picture = new AtomicReference<>();
        Runnable[] watcher = new Runnable[1];
        watcher[0] = () -> {
            for (Shell dialog : display.getShells()) {
                if (dialog == shell || dialog.isDisposed() || !dialog.isVisible() || !"Updates zoeken".equals(dialog.getText())) {
                    continue;
                }
                List<org.eclipse.swt.widgets.Control> controls = new ArrayList<>();
                descendants(dialog, controls);
                Text site = controls.stream().filter(Text.class::isInstance).map(Text.class::cast).findFirst().orElse(null);
                if (site != null && prefilled.get() == null) {
                    prefilled.set(site.getText());
                } else if (site == null && error.get() == null) {
                    error.set(controls.stream().filter(org.eclipse.swt.widgets.Label.class::isInstance)
                            .map(c -> ((org.eclipse.swt.widgets.Label) c).getText())
                            .max(java.util.Comparator.comparingInt(String::length)).orElse(""));
                    Path file = evidenceDir().resolve("update-refused.png");
                    try {
                        screenshot(dialog, file);
                        picture.set(file);
                    } catch (Exception e) {
                        FAILURE.compareAndSet(null, e);
                    }
                } else {
                    continue;
                }
                controls.stream().filter(org.eclipse.swt.widgets.Button.class::isInstance)
                        .map(org.eclipse.swt.widgets.Button.class::cast).filter(b -> "OK".equals(b.getText()))
                        .findFirst().ifPresent(ok -> ok.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event()));
            }
            if (error.get() == null) {
                display.timerExec(100, watcher[0]);
            }
        };
        display.timerExec(100, watcher[0]);
        IEclipseContext windowContext = workbench.getApplication().getChildren().get(0).getContext();
        windowContext.get(EHandlerService.class).executeHandler(
                windowContext.get(ECommandService.class).createCommand("nl.regie.app.command.checkForUpdates", null));
        waitUntil(() -> error.get() != null);
        return new Updating(prefilled.get(), error.get(), picture.get());
    }

    /**
     * The audit trail part on the action whose title was edited and saved at the start: selected in the Policy
     * Explorer, the part lists that change with its values before and after; its export writes them as CSV.
     */
    private static Audited audited(E4Workbench workbench, PolicyExplorerPart explorer, Action action, Shell shell)
            throws Exception {
        nl.regie.ui.parts.AuditPart audit = part(workbench, nl.regie.ui.parts.AuditPart.ID, nl.regie.ui.parts.AuditPart.class);
        part(workbench, PolicyExplorerPart.ID, PolicyExplorerPart.class);
        explorer.getViewer().setSelection(new StructuredSelection(action), true);
        settle();
        part(workbench, nl.regie.ui.parts.AuditPart.ID, nl.regie.ui.parts.AuditPart.class);
        waitUntil(() -> audit.getViewer().getTable().getItemCount() > 0);
        List<String> rows = new ArrayList<>();
        for (TableItem item : audit.getViewer().getTable().getItems()) {
            List<String> cells = new ArrayList<>();
            for (int column = 0; column < audit.getViewer().getTable().getColumnCount(); column++) {
                cells.add(item.getText(column));
            }
            rows.add(String.join(" | ", cells));
        }
        screenshot(shell, evidenceDir().resolve("audit-trail.png"));
        Path csv = Files.createTempDirectory("audit").resolve("wijzigingslog.csv");
        org.eclipse.core.runtime.jobs.Job export = audit.exportTo(csv);
        waitUntil(() -> export.getResult() != null);
        return new Audited(audit.getStatus(), rows, Files.exists(csv) ? Files.readString(csv) : null);
    }

    /**
     * Another analyst saves (through the store, as a second workbench would) a new title for an action and a status
     * for another; this workbench changes the same title unsaved. The merge dialog shows the title with both values;
     * taking "yours" and "merge and save" stores this title and keeps their status. Then the read-only switch (a
     * viewer's or partner's workbench): no edit command can run.
     */
    private static Merged merged(E4Workbench workbench, WorkspaceSession session, Shell shell) throws Exception {
        waitUntil(() -> !session.isBusy());
        session.saveAndWait(display); // what earlier steps left unsaved is saved first
        waitUntil(() -> !session.isDirty() && !session.isBusy());
        assertFalse(session.isDirty(), "what earlier steps left unsaved was saved first");
        nl.regie.store.WorkspaceStore store = session.store();
        Action mineAction = session.municipality().getPolicies().get(0).getActionPlans().get(0).getTracks().get(0)
                .getActions().get(0);
        Action otherAction = session.municipality().getPolicies().get(0).getActionPlans().get(0).getTracks().get(2)
                .getActions().get(0);
        long before = session.version().number();
        // the other analyst, on the version this workbench has
        Municipality theirs = store.loadVersion(before);
        find(theirs, mineAction.getId()).setTitle("Titel van de collega");
        nl.regie.model.ActionStatus newStatus = otherAction.getStatus() == nl.regie.model.ActionStatus.SUSPENDED
                ? nl.regie.model.ActionStatus.COMPLETED : nl.regie.model.ActionStatus.SUSPENDED;
        find(theirs, otherAction.getId()).setStatus(newStatus);
        store.save(theirs, before, "collega");
        // this analyst, unsaved
        org.eclipse.emf.edit.domain.EditingDomain domain = session.editingDomain();
        domain.getCommandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(domain, mineAction,
                nl.regie.model.RegiePackage.Literals.ACTION__TITLE, "Mijn titel"));
        AtomicReference<nl.regie.model.merge.WorkspaceMerge> merge = new AtomicReference<>();
        AtomicReference<nl.regie.store.WorkspaceVersion> latest = new AtomicReference<>();
        session.merge((merged, version) -> {
            merge.set(merged);
            latest.set(version);
        });
        waitUntil(() -> merge.get() != null);
        nl.regie.ui.session.MergeDialog dialog = new nl.regie.ui.session.MergeDialog(shell, merge.get(), latest.get(),
                workbench.getContext().get(org.eclipse.emf.common.notify.AdapterFactory.class));
        dialog.setBlockOnOpen(false);
        dialog.open();
        settle();
        List<String> rows = new ArrayList<>();
        for (TableItem item : dialog.table().getTable().getItems()) {
            List<String> cells = new ArrayList<>();
            for (int column = 0; column < dialog.table().getTable().getColumnCount(); column++) {
                cells.add(item.getText(column));
            }
            rows.add(String.join(" | ", cells));
        }
        String message = dialog.getMessage();
        dialog.table().setAllChecked(true);
        screenshot(dialog.getShell(), evidenceDir().resolve("merge-dialog.png"));
        List<org.eclipse.swt.widgets.Control> controls = new ArrayList<>();
        descendants(dialog.getShell(), controls);
        controls.stream().filter(c -> c instanceof org.eclipse.swt.widgets.Button b
                && b.getText().equals("Samenvoegen en opslaan")).findFirst()
                .orElseThrow(() -> new AssertionError("no merge button")).notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        settle();
        assertEquals(org.eclipse.jface.window.Window.OK, dialog.getReturnCode());
        org.eclipse.core.runtime.jobs.Job save = session.saveMerged(merge.get().result(), latest.get().number());
        waitUntil(() -> save.getResult() != null && !session.isBusy());
        nl.regie.store.LoadedWorkspace stored = store.load();
        // read-only: no edit command can run
        session.setReadOnly(true);
        Action shown = find(session.municipality(), mineAction.getId());
        boolean readOnlyExecutable = org.eclipse.emf.edit.command.SetCommand.create(session.editingDomain(), shown,
                nl.regie.model.RegiePackage.Literals.ACTION__TITLE, "x").canExecute();
        session.setReadOnly(false);
        boolean writableExecutable = org.eclipse.emf.edit.command.SetCommand.create(session.editingDomain(), shown,
                nl.regie.model.RegiePackage.Literals.ACTION__TITLE, "x").canExecute();
        return new Merged(message, rows, find(stored.municipality(), mineAction.getId()).getTitle(),
                String.valueOf(find(stored.municipality(), otherAction.getId()).getStatus()), before,
                stored.version().number(), stored.version().author(), readOnlyExecutable, writableExecutable);
    }

    /**
     * The region part with this municipality and a second one (another data folder with the example, as a
     * neighbouring municipality's database): counts side by side, small ones suppressed, exported as CSV.
     */
    private static Region region(E4Workbench workbench, Shell shell) throws Exception {
        Path neighbour = Files.createTempDirectory("buurgemeente");
        nl.regie.store.derby.DerbyStore.open(nl.regie.store.derby.DerbySettings.embedded(neighbour)).close();
        nl.regie.ui.parts.RegionPart part = part(workbench, nl.regie.ui.parts.RegionPart.ID,
                nl.regie.ui.parts.RegionPart.class);
        part.setStores(neighbour.toString());
        org.eclipse.core.runtime.jobs.Job job = part.refresh();
        waitUntil(() -> job.getResult() != null && !part.rows().isEmpty());
        settle();
        screenshot(shell, evidenceDir().resolve("region.png"));
        String status = part.getStatus();
        Path csv = Files.createTempDirectory("regio").resolve("regio.csv");
        org.eclipse.core.runtime.jobs.Job export = part.exportTo(csv);
        waitUntil(() -> export.getResult() != null);
        nl.regie.ui.parts.ReportsPart reports = part(workbench, nl.regie.ui.parts.ReportsPart.ID,
                nl.regie.ui.parts.ReportsPart.class);
        org.eclipse.core.runtime.jobs.Job read = reports.refresh();
        waitUntil(() -> read == null || read.getResult() != null);
        settle();
        return new Region(part.headings(), part.rows(), status, Files.exists(csv) ? Files.readString(csv) : null,
                reports.getIntro());
    }

    private static Action find(Municipality municipality, String id) {
        for (var it = municipality.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Action action && id.equals(action.getId())) {
                return action;
            }
        }
        return null;
    }

    private static void descendants(org.eclipse.swt.widgets.Composite parent, List<org.eclipse.swt.widgets.Control> out) {
        for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
            out.add(child);
            if (child instanceof org.eclipse.swt.widgets.Composite composite) {
                descendants(composite, out);
            }
        }
    }

    /** Runs on the UI thread once the window is up: look, select, look again, take the picture, close. */
    private static void inspect(E4Workbench workbench) {
        try {
            MApplication application = workbench.getApplication();
            IEclipseContext context = workbench.getContext();
            EModelService models = context.get(EModelService.class);
            MWindow window = application.getChildren().get(0);
            Shell shell = (Shell) window.getWidget();
            MPart explorerPart = (MPart) models.find(PolicyExplorerPart.ID, application);
            MPart propertiesPart = (MPart) models.find(PropertiesPart.ID, application);
            window.getContext().get(EPartService.class).activate(explorerPart);
            PolicyExplorerPart explorer = (PolicyExplorerPart) explorerPart.getObject();
            PropertiesPart properties = (PropertiesPart) propertiesPart.getObject();

            List<String> tree = new ArrayList<>();
            for (TreeItem item : explorer.getViewer().getTree().getItems()) {
                collect(item, "", tree);
            }

            WorkspaceSession session = context.get(WorkspaceSession.class);
            Municipality municipality = session.municipality();
            Action action = municipality.getPolicies().get(0).getActionPlans().get(0).getTracks().get(1).getActions().get(0);
            explorer.getViewer().setSelection(new StructuredSelection(action), true);
            settle();
            List<String> rows = new ArrayList<>();
            for (TableItem item : properties.getViewer().getTable().getItems()) {
                rows.add(item.getText(0) + " = " + item.getText(1));
            }
            String heading = properties.getHeading();

            Saving saving = editAndSave(workbench, session, properties, shell, action);
            settle();
            Path file = evidenceDir().resolve("workbench.png");
            ImageData picture = screenshot(shell, file);
            Inbox inbox = inbox(workbench, shell);
            Imported imported = importSignals(workbench, session);
            SignalWork work = signalWork(workbench, session, shell);
            Heatmap heatmap = heatmap(workbench, shell);
            Planning planning = planning(workbench, session, shell);
            Evaluated evaluated = evaluation(workbench, session, shell);
            Progressed progressed = progress(models, application, shell);
            Updating updating = update(workbench, shell);
            Audited audited = audited(workbench, explorer, action, shell);
            Merged merged = merged(workbench, session, shell);
            Region region = region(workbench, shell);
            SEEN.set(new Seen(shell.getText(), shell.isVisible(), tree, heading, rows, file, picture.width, picture.height,
                    distinctColours(picture), saving, inbox, imported, work, heatmap, planning, evaluated, progressed,
                    updating, audited, merged, region));
        } catch (Throwable t) {
            FAILURE.set(t);
        } finally {
            workbench.close();
        }
    }

    private static void collect(TreeItem item, String indent, List<String> out) {
        out.add(indent + item.getText());
        if (item.getExpanded()) {
            for (TreeItem child : item.getItems()) {
                collect(child, indent + "  ", out);
            }
        }
    }

    private static void settle() {
        for (int i = 0; i < 20; i++) {
            while (display.readAndDispatch()) {
                // drain
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static ImageData screenshot(Shell shell, Path file) throws IOException {
        shell.layout(true, true);
        shell.update();
        settle();
        // The shell paints itself into the image: no window manager under Xvfb means no decorations, and the
        // screen around the window is left out.
        Rectangle bounds = shell.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(image);
        try {
            shell.print(gc);
        } finally {
            gc.dispose();
        }
        ImageData data = image.getImageData();
        image.dispose();
        Files.createDirectories(file.getParent());
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] {data};
        loader.save(file.toString(), SWT.IMAGE_PNG);
        return data;
    }

    private static int distinctColours(ImageData data) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < data.height; y += 3) {
            for (int x = 0; x < data.width; x += 3) {
                colours.add(data.getPixel(x, y));
            }
        }
        return colours.size();
    }

    private static Path evidenceDir() {
        String dir = System.getProperty("regie.evidence.dir");
        return dir == null ? Path.of("target", "evidence") : Path.of(dir);
    }

    private static Seen seen() {
        assertNull(FAILURE.get(), () -> "the workbench failed: " + FAILURE.get());
        Seen seen = SEEN.get();
        assertNotNull(seen, "the workbench window never appeared");
        return seen;
    }

    @Test
    void checkingForUpdatesOffersTheConfiguredSiteAndSaysWhyThisRegieCannotUpdateItself() {
        Updating updating = seen().updating();
        assertEquals("file:/srv/regie/updates", updating.prefilledSite(), "the product customization's update site");
        assertNotNull(updating.error(), "an answer was shown");
        assertTrue(updating.error().contains("niet met p2 ge\u00efnstalleerd"), updating.error());
        assertNotNull(updating.picture());
    }

    @Test
    void theAuditTrailShowsWhoChangedTheSelectedActionAndExportsIt() {
        Audited audited = seen().audited();
        Saving saving = seen().saving();
        assertTrue(audited.status().contains("1 wijzigingen") || audited.status().contains("wijzigingen"), audited.status());
        String row = audited.rows().stream().filter(r -> r.contains("gewijzigd")).findFirst()
                .orElseThrow(() -> new AssertionError("no change listed: " + audited.rows()));
        assertTrue(row.contains("| Titel |") && row.contains("(bewerkt)"), "the title's change, by its Dutch name: " + row);
        assertNotNull(audited.csv(), "the export was written");
        assertTrue(audited.csv().contains("Titel") && audited.csv().contains("(bewerkt)"), audited.csv());
        assertNotNull(saving);
    }

    @Test
    void aConflictWithAnotherAnalystsSaveIsMergedWithBothVersionsShownAndNothingLost() {
        Merged merged = seen().merged();
        assertTrue(merged.message().contains(" 0 van uw wijzigingen"), "the only change of this analyst conflicts: "
                + merged.message());
        assertEquals(1, merged.rows().size(), merged.rows().toString());
        String row = merged.rows().get(0);
        assertFalse(row.startsWith("Mijn titel"), "the object by the name both started from: " + row);
        assertTrue(row.contains("| Titel |") && row.contains("Mijn titel") && row.contains("Titel van de collega"),
                "the title with both values, by its Dutch name: " + row);
        assertEquals("Mijn titel", merged.storedTitle(), "the ticked row took this analyst's title");
        assertTrue(merged.storedOtherStatus().equals("SUSPENDED") || merged.storedOtherStatus().equals("COMPLETED"),
                "the colleague's status change was kept: " + merged.storedOtherStatus());
        assertEquals(merged.versionBefore() + 2, merged.versionAfter(), "their version, then the merged one on top");
        assertFalse(merged.readOnlyEditExecutable(), "a read-only workspace runs no edit");
        assertTrue(merged.writableEditExecutable());
    }

    @Test
    void theRegionPartSetsTwoMunicipalitiesSideBySideWithSmallCountsSuppressed() {
        Region region = seen().region();
        assertEquals(List.of("Middel", "Gemeente X", "Gemeente X", "Regio"), region.headings());
        assertTrue(region.rows().stream().anyMatch(row -> row.startsWith("3-MMC |")), "substances by name: "
                + region.rows());
        for (String row : region.rows()) {
            String[] cells = row.split(" \\| ");
            for (int c = 1; c < cells.length; c++) {
                String cell = cells[c];
                assertTrue(cell.equals("<5") || cell.matches("\\d+") && Integer.parseInt(cell) >= 5
                        || cell.matches("(\\d+|<5)\u2013\\d+"), "no count below 5 shown: " + row);
            }
        }
        assertTrue(region.status().contains("2 gemeenten"), region.status());
        assertNotNull(region.csv());
        assertTrue(region.csv().contains("<5"), region.csv());
        assertEquals("Meldingen vragen een gedeelde database met accounts.", region.reportsIntro(),
                "partners' reports need a shared database; this one is embedded");
    }

    @Test
    void windowNamesTheOpenMunicipality() {
        assertTrue(seen().visible(), "the window is shown");
        assertEquals("Gemeente X \u2013 Regie", seen().windowTitle().strip().replaceFirst("^\\*", ""));
    }

    @Test
    void policyExplorerShowsGemeenteXWithItsPlan() {
        List<String> tree = seen().tree();
        assertEquals("Gemeente X", tree.get(0), () -> String.join("\n", tree));
        String text = String.join("\n", tree);
        assertTrue(text.contains("  Beleid (1)"), text);
        assertTrue(text.contains("  Signalen (4)"), text);
        assertTrue(text.contains("  Veldpartijen (9)") || text.contains("  Partijen (9)"), text);
        assertTrue(text.contains("Lokaal drugspreventiebeleid 2026-2029"), text);
        assertTrue(text.contains("Meersporenplan 3-MMC"), text);
        for (String track : List.of("Opvoedondersteuning voor ouders", "Deskundigheidsbevordering horeca",
                "Helder op School in het voortgezet onderwijs", "Verslavingspreventie-aanbod bekender maken",
                "Samenwerking jeugdzorg en verslavingszorg")) {
            assertTrue(text.contains(track), () -> "track " + track + " in\n" + text);
        }
    }

    @Test
    void propertiesFollowTheSelection() {
        Seen seen = seen();
        assertTrue(seen.propertiesHeading().startsWith("Training horecapersoneel"), seen.propertiesHeading());
        String rows = String.join("\n", seen.properties());
        assertTrue(rows.contains("Pijler = Vraagbeperking"), rows);
        assertTrue(rows.contains("Startdatum = 1 juni 2026"), rows);
        assertTrue(rows.contains("Preventie, regionale instelling voor verslavingszorg"), rows);
        assertFalse(seen.properties().isEmpty());
        assertTrue(seen.properties().stream().noneMatch(row -> row.startsWith("Id =")), "internal ids are not shown");
    }

    @Test
    void editingMarksTheWorkspaceDirtyAndCtrlSSavesANewVersion() {
        Saving saving = seen().saving();
        assertTrue(saving.dirtyAfterEdit(), "an edit marks the workspace as changed");
        assertTrue(saving.titleAfterEdit().startsWith("*"), saving.titleAfterEdit());
        assertEquals(saving.versionBefore() + 1, saving.versionAfterSave(), "the save made a new version");
        assertFalse(saving.dirtyAfterSave(), "saved: no longer dirty");
        assertFalse(saving.titleAfterSave().startsWith("*"), saving.titleAfterSave());
        assertEquals(saving.editedTitle(), saving.storedTitle(), "the edit is in the database");
        assertEquals(saving.versionAfterSave(), saving.history().size(), () -> String.join("\n", saving.history()));
        assertTrue(saving.history().get(0).startsWith(saving.versionAfterSave() + " |"), saving.history().get(0));
        assertTrue(saving.history().get(0).contains("1 gewijzigd"), "the summary, in Dutch: " + saving.history().get(0));
    }

    @Test
    void theSignalInboxShowsTheStoredSignalsNewestFirst() throws IOException {
        Inbox inbox = seen().inbox();
        assertEquals(4, inbox.rows(), inbox.toString());
        assertEquals("4 signalen", inbox.count());
        assertTrue(inbox.firstRows().get(0).startsWith("18-3-2026 | Wijkpolitie | 3-MMC, Alcohol, Cannabis"),
                inbox.firstRows().toString());
        assertTrue(inbox.firstRows().get(1).startsWith("10-3-2026 | Horecaondernemers uitgaansgebied"),
                inbox.firstRows().toString());
        assertTrue(Files.size(inbox.screenshot()) > 10_000);
    }

    @Test
    void importingAPartnersFileRunsAsAJobAndTheInboxFollows() {
        Imported imported = seen().imported();
        assertTrue(imported.menuCommandEnabled(), "File > Signalen importeren... has a handler that can run");
        assertTrue(imported.jobResult().startsWith("Status OK"), imported.jobResult());
        assertEquals("gelezen 2, geaccepteerd 1, afgewezen 1, dubbel 0, persoonsgegevens verwijderd 1", imported.summary());
        assertEquals("5 signalen", imported.countAfter(), "the inbox reloaded on the import event");
        assertFalse(imported.personalDataInInboxOrRowMissing(), "the new row is shown, without the phone number");
        assertTrue(imported.rejectsWritten(), "the impossible date is kept in the rejects report");
    }

    @Test
    void theInboxFiltersBySubstance() {
        Inbox inbox = seen().inbox();
        assertEquals("(alle)", inbox.substanceChoices().get(0), inbox.substanceChoices().toString());
        assertTrue(inbox.substanceChoices().contains("3-MMC"), inbox.substanceChoices().toString());
        assertEquals("3 signalen", inbox.countFor3MMC());
        assertEquals(3, inbox.rowsFor3MMC());
    }

    @Test
    void theImportWizardMapsUnknownHeadingsOverAPreviewChecksAndImports() {
        SignalWork work = seen().work();
        assertEquals(List.of("Wanneer", "Wie meldt", "Wat", "Waar", "Verhaal"), work.previewHeadings());
        assertEquals(3, work.previewRows(), "the first rows are previewed");
        assertEquals("gelezen 3, geaccepteerd 2, afgewezen 1, dubbel 0, persoonsgegevens verwijderd 0", work.checkSummary(),
                "the check stores nothing and says what the import will do");
        assertEquals(1, work.checkRejections().size(), work.checkRejections().toString());
        assertTrue(work.checkRejections().get(0).startsWith("4 observedOn onmogelijke datum '40-4-2026'"),
                work.checkRejections().toString());
        assertEquals(work.checkSummary(), work.importSummary(), "the import does what the check said");
        assertTrue(work.mappingSaved(), "the mapping is saved for the next file from this partner");
    }

    @Test
    void aQuarantinedRecordIsFixedAndTakenIn() {
        SignalWork work = seen().work();
        assertTrue(work.quarantineRows().stream().anyMatch(r -> r.equals(
                "horeca-april.csv | 4 | Waargenomen | onmogelijke datum '40-4-2026'")), work.quarantineRows().toString());
        assertTrue(work.quarantineCount().matches("Afgewezen records in quarantaine: \\d+"), work.quarantineCount());
        int before = Integer.parseInt(work.quarantineCount().replaceAll("\\D", ""));
        assertEquals("Afgewezen records in quarantaine: " + (before - 1), work.quarantineCountAfterFix());
    }

    @Test
    void theFormRefusesWhatTheIntakeRefusesAndRemovesNames() {
        SignalWork work = seen().work();
        assertEquals("Niet opgenomen: Gemeld door: onbekende partner 'Stichting Onbekend'", work.formRejection(),
                "the reason in the workbench's language");
        assertEquals("gelezen 1, geaccepteerd 1, afgewezen 0, dubbel 0, persoonsgegevens verwijderd 1", work.formSummary());
    }

    @Test
    void aSignalIsRetractedWithItsReason() {
        SignalWork work = seen().work();
        assertEquals("RETRACTED", work.retractedStatus());
        assertEquals("Dubbel gemeld: ook via de politie binnengekomen", work.retractedReason());
    }

    @Test
    void theClustersViewFlags3MmcAndDrawsItsTrend() {
        SignalWork work = seen().work();
        assertTrue(work.clusterRows().get(0).startsWith("ja | 3-MMC"), work.clusterRows().toString());
        assertTrue(work.clusterCount().matches("[1-9]\\d* zorgwekkend van \\d+ clusters met recente signalen"),
                work.clusterCount());
        assertEquals(3, work.chartSeries(), "baseline bars, window bars, expected line");
        assertTrue(work.chartTitle().startsWith("Signalen per week: 3-MMC"), work.chartTitle());
    }

    @Test
    void theInboxFiltersByPeriodAndSaysWhenADateIsWrong() {
        SignalWork work = seen().work();
        assertEquals("2026-04-01..2026-04-30", work.inboxQueries().get(0));
        assertEquals("31-2-2026 is geen datum (gebruik 3-2-2026 of 2026-02-03)", work.inboxQueries().get(1));
    }

    @Test
    void theHeatmapShowsTheSeedsCoverageAndWhatIsMissing() {
        Heatmap heatmap = seen().heatmap();
        // Gemeente X: demand reduction in all three domains, supply reduction in safety, harm reduction in health
        assertTrue(heatmap.counts().get(0).endsWith(": 1 2 2"), heatmap.counts().toString());
        assertTrue(heatmap.counts().get(1).endsWith(": 0 0 1"), heatmap.counts().toString());
        assertTrue(heatmap.counts().get(2).endsWith(": 0 1 0"), heatmap.counts().toString());
        assertEquals(1, heatmap.gap().size());
        assertTrue(heatmap.gap().get(0).startsWith("Geen actie in Aanbodbeperking / Sociaal domein")
                || heatmap.gap().get(0).startsWith("Geen actie in "), heatmap.gap().toString());
        assertTrue(heatmap.gap().get(0).endsWith("hier ontbreekt een maatregel."), heatmap.gap().toString());
        assertEquals(3, heatmap.cell().size(), "a heading and the two nightlife actions: " + heatmap.cell());
        assertTrue(heatmap.cell().stream().anyMatch(line -> line.contains("(eigenaar Horecaondernemers uitgaansgebied)")),
                heatmap.cell().toString());
        // the seed plan answers its clusters and has no errors; what police, youth care and youth work said at the
        // round table that they lack is not answered by it yet
        assertEquals("De samenhangcontrole vindt 3 punt(en):", heatmap.findings().get(0), heatmap.findings().toString());
        assertTrue(heatmap.findings().stream().skip(1).allMatch(f -> f.startsWith("- ") && f.contains(" gaf aan bij 'Om tafel over 3-MMC': Mist kennis: ")),
                heatmap.findings().toString());
    }

    @Test
    void theCatalogueListsRegiesInterventionsWithTheirRecognitionAndFilters() {
        Heatmap seen = seen().heatmap();
        // Regie's seven and the four Gemeente X's workspace holds (named in the seed)
        assertEquals(11, seen.catalogue().size(), seen.catalogue().toString());
        assertTrue(seen.catalogue().contains("Help, mijn kind kan niet zonder | Goed onderbouwd | Regie"),
                seen.catalogue().toString());
        assertEquals(List.of("Huisregels en afspraken over dealen in het uitgaansgebied"), seen.supplyOnly(),
                "the supply-reduction filter");
        assertTrue(seen.advisedAgainst().contains("Afgeraden: Eenmalige voorlichtingslessen"), seen.advisedAgainst());
    }

    @Test
    void anOrganisationsCatalogueFileIsImportedIntoTheWorkspaceAndABrokenOneIsNamed() {
        Heatmap seen = seen().heatmap();
        assertEquals(List.of("Monitorgesprek GGD (voorbeeld) | ggd-catalogus.xmi"), seen.importedRows());
        assertTrue(seen.importMessage().startsWith("ggd-catalogus.xmi: 1 interventie(s) toegevoegd aan de werkruimte, 0 had"),
                seen.importMessage());
        assertTrue(seen.brokenMessage().contains("kapot.xmi"), seen.brokenMessage());
    }

    @Test
    void thePlanBoardBuildsGemeenteXsFiveTrackPlanFromTheFlagged3MmcCluster() {
        Planning planning = seen().planning();
        assertTrue(planning.planTitle().startsWith("Plan voor 3-MMC"), planning.planTitle());
        assertEquals(5, planning.tracks().size(), planning.tracks().toString());
        assertTrue(planning.tracks().stream().noneMatch(t -> t.endsWith("| -")), "every track has a lead: " + planning.tracks());
        // six actions from the recommendations and one expertise action from the round table
        assertEquals(7, planning.cards().size(), planning.cards().toString());
        assertTrue(planning.cards().stream().noneMatch(c -> c.endsWith("| -")), "every action has an owner");
        assertTrue(planning.cards().contains("Verslavingspreventie-aanbod bekender maken | Vraagbeperking | "
                + "Deskundigheidsbevordering over 3-MMC voor Wijkpolitie, Jeugdzorg, Jongerenwerk | " + IVZ), planning.cards().toString());
        assertTrue(planning.parentsRecommendations().get(0).startsWith("Help, mijn kind kan niet zonder | "),
                planning.parentsRecommendations().toString());
        assertTrue(planning.parentsRecommendations().get(0).contains("uitgevoerd in de setting Thuis"),
                planning.parentsRecommendations().get(0));
        assertTrue(planning.concernsAfterFlow().stream().skip(1).filter(c -> !c.contains("Zorg: "))
                .noneMatch(c -> c.endsWith("nog niet beantwoord")), planning.concernsAfterFlow().toString());
        assertTrue(planning.summary().startsWith("5 spo(o)r(en); acties \u20ac") && planning.summary().endsWith(
                "samenhang: 0 fout(en), 0 waarschuwing(en)"), planning.summary());
    }

    @Test
    void theHeatmapOfTheBuiltPlanShowsTheCoverageTheSeedDescribes() {
        Planning planning = seen().planning();
        assertEquals(covered(seen().heatmap().counts()), covered(planning.heatmapCounts()),
                "the same pillar x domain cells covered as in the seed's plan: " + planning.heatmapCounts());
        assertEquals(List.of("De samenhangcontrole vindt niets op te merken."), planning.findings());
    }

    /** A heatmap's rows as covered (+) and empty (0) cells. */
    private static List<String> covered(List<String> counts) {
        return counts.stream().map(c -> c.substring(c.indexOf(':')).replaceAll("[1-9][0-9]*", "+")).toList();
    }

    @Test
    void removingAnOwnerInTheActionEditorFailsTheCheckWithItsMessageAndUndoMendsIt() {
        Planning planning = seen().planning();
        assertTrue(planning.findingsWithoutOwner().contains(
                "! Actie 'Helder op School' heeft geen eigenaar: noem de partij die de actie trekt."),
                planning.findingsWithoutOwner().toString());
        assertEquals("(geen)", planning.editorWithoutOwner().get(1));
        assertTrue(planning.cardsWithoutOwner().stream().anyMatch(c -> c.startsWith(
                "Helder op School in het voortgezet onderwijs | Vraagbeperking | Helder op School | -")));
        assertEquals(List.of("De samenhangcontrole vindt niets op te merken."), planning.findingsAfterUndo());
        assertTrue(planning.editorAfterMilestone().contains("\u25cb Plan voor het eerste schooljaar klaar \u00b7 2026-09-01"),
                planning.editorAfterMilestone().toString());
        assertEquals("12500", planning.editorAfterMilestone().get(2), "12.500 typed the Dutch way");
        assertTrue(planning.editorAfterMilestone().contains("refused fidelity: Programmatrouw (%): 150 is geen percentage van 0 tot 100"),
                planning.editorAfterMilestone().toString());
        assertTrue(planning.editorAfterMilestone().contains("fidelity: 85"), planning.editorAfterMilestone().toString());
        assertTrue(planning.editorAfterMilestone().contains("english amount: 12500.50"), "12,500.50 typed the English way: "
                + planning.editorAfterMilestone());
        // the school programme was added from the goal it serves: the editor shows the chain signal, goal, indicator
        assertTrue(planning.editorAfterMilestone().stream().anyMatch(l -> l.contains("Doelen: ") && l.contains("Indicatoren: ")
                && !l.contains("Doelen: -")), planning.editorAfterMilestone().toString());
    }

    @Test
    void aRoundTableIsRecordedOnTheBoardWithItsConcernAndAgreement() {
        Planning planning = seen().planning();
        assertEquals("0", planning.recordedTableSeverity(), "the recorded round table passes the model's rules");
        assertEquals(List.of("Vervolgoverleg scholen op 2026-09-15, 2 partij(en) aan tafel; voedt: (geen)",
                "Scholen voortgezet onderwijs \u00b7 Mist kennis: Mentoren weten te weinig van 3-MMC. \u2192 nog niet beantwoord",
                "Afspraak: Signalen van school via de GGD (GGD, Scholen voortgezet onderwijs)"), planning.recordedTable());
    }

    @Test
    void aPlanVersionIsSetDownAndComparedWithTheChangedPlanInWords() {
        Planning planning = seen().planning();
        assertTrue(planning.versionNote().startsWith("Planversie vastgelegd: Plan voor 3-MMC"), planning.versionNote());
        assertTrue(planning.comparison().stream().anyMatch(l -> l.startsWith("Gewijzigd: Helder op School: ")
                && l.contains("GGD")), planning.comparison().toString());
        assertTrue(planning.comparison().stream().anyMatch(l -> l.startsWith("Budget van alle acties: ")
                && l.contains("2.500")), planning.comparison().toString());
    }

    @Test
    void theEvaluationDashboardShowsProgressAfterAMeasurementAndWritesTheCouncilLetterAsAJob() {
        Evaluated seen = seen().evaluated();
        assertEquals(5, seen.progressBefore().size(), seen.progressBefore().toString());
        assertTrue(seen.progressBefore().get(0).contains("Ouders bereikt met de oudercursus: geen nulmeting of streefwaarde")
                || seen.progressBefore().get(0).contains("Ouders bereikt met de oudercursus: nog geen meting"),
                seen.progressBefore().get(0));
        assertTrue(seen.progressAfter().get(0).contains("Ouders bereikt met de oudercursus: op koers"),
                "24 of 40 from 0: " + seen.progressAfter().get(0));
        assertEquals("2026-11-15 | 24.0 | ", seen.measurements().get(0));
        assertTrue(seen.measurements().get(1).startsWith("import: metingen.csv: 1 meting(en) opgenomen, 1 niet"),
                seen.measurements().toString());
        assertEquals(List.of("Bereik (Reach): 65.0 \u00b7 aandeel ouders van de groep dat de cursus volgt \u00b7 registratie verslavingszorg",
                "Twee bijeenkomsten online \u2014 Ouders werken overdag"), seen.implementation(), "a second score replaces the first");
        assertTrue(seen.scorecard().get(0).startsWith("Meersporenplan 3-MMC | 1/7 | 65"), seen.scorecard().toString());
        assertEquals(5, seen.chartSeries(), "a series per RE-AIM dimension");
        assertTrue(seen.reportWritten(), seen.reportResult());
        assertTrue(seen.reportStart().contains("<h1>Raadsinformatiebrief drugspreventie Gemeente X</h1>"), seen.reportStart());
        assertTrue(seen.letterIndicators(), "the computed indicators of the services are in the workbench's report too");
        assertEquals(String.valueOf(org.eclipse.core.runtime.IStatus.CANCEL), seen.cancelledResult());
    }

    @Test
    void theDashboardComparesTheSignalsBeforeAndAfterEachTracksStartWithAChartAndItsMethod() {
        Evaluated seen = seen().evaluated();
        assertEquals(5, seen.trends().size(), seen.trends().toString());
        // the seed's 3-MMC signals (February, March) fall before the first track's start on 1 June; none after it
        assertTrue(seen.trends().get(0).startsWith("Opvoedondersteuning voor ouders | 2026-06-01 | "), seen.trends().toString());
        assertTrue(seen.trendMethod().contains("geen maat voor gebruik") && seen.trendMethod().contains("niet op significantie"),
                seen.trendMethod());
        assertEquals(2, seen.trendSeries(), "before and after");
        // over 26 weeks each side (the default, as in the council letter) the seed's 3-MMC signals of February and March
        // and the partner's April file fall before the start
        double before = Double.parseDouble(seen.trends().get(0).split(" \\| ")[2].replace(',', '.'));
        assertTrue(before > 0, seen.trends().get(0));
    }

    @Test
    void theIndicatorsTabShowsRegiesComputedIndicatorsFromTheServices() {
        Evaluated seen = seen().evaluated();
        assertTrue(seen.computed().stream().anyMatch(r -> r.startsWith("Acties in uitvoering |  | ")), seen.computed().toString());
        assertTrue(seen.computed().stream().anyMatch(r -> r.startsWith("Acties met een erkende interventie |  | ")),
                seen.computed().toString());
        assertTrue(seen.computed().stream().anyMatch(r -> r.startsWith("Signalen in de clusters van het spoor | Opvoedondersteuning")),
                seen.computed().toString());
    }

    @Test
    void aPolicyReviewIsAnsweredWithTheEvidenceCheckedAndKeptInTheModel() {
        Evaluated seen = seen().evaluated();
        assertTrue(seen.reviewAnswers().get(2).startsWith("Ja: partners kennen 3-MMC en de risico's nog onvoldoende. | 3-MMC | "),
                seen.reviewAnswers().toString());
        assertTrue(seen.reviewAnswers().get(0).startsWith(" |  | "), "the first question not answered yet: " + seen.reviewAnswers());
        assertEquals(List.of("gemx-middel-3mmc"), seen.reviewEvidence());
        assertTrue(seen.reviewState().startsWith("1 van 4 vragen beantwoord"), seen.reviewState());
    }

    @Test
    void theReportWizardWritesThePolicyPlanAsAPdfWithItsTablesInAJobAndOpensIt() {
        Evaluated seen = seen().evaluated();
        assertEquals("De bestandsnaam moet voor dit formaat eindigen op .pdf.", seen.wizardWarning(),
                "an .html name for a PDF is refused");
        assertTrue(seen.wizardFile().endsWith("beleidsplan-wizard.pdf"), "the extension follows the format: " + seen.wizardFile());
        assertEquals("%PDF-", seen.wizardStart(), seen.wizardResult());
        assertTrue(seen.wizardXlsx(), "the tables next to it");
        assertEquals(seen.wizardFile(), seen.opened(), "opened when written");
        assertFalse(seen.finishOnFirstPage(), "the user sees where the report goes before finishing");
    }

    @Test
    void theProgressLineShowsARunningJobWithItsStepAndShareAndItsButtonCancelsIt() {
        Progressed seen = seen().progressed();
        assertEquals("", seen.idle(), "nothing shown while nothing runs");
        assertEquals("Signalen tellen: week 4", seen.during());
        assertEquals(40, seen.percent(), "4 of 10 steps");
        assertTrue(seen.cancelOffered());
        assertEquals(String.valueOf(org.eclipse.core.runtime.IStatus.CANCEL), seen.result(), "cancelled, not run to its end");
        assertEquals("", seen.after());
    }

    @Test
    void screenshotIsSavedAndNotBlank() throws IOException {
        Seen seen = seen();
        assertTrue(Files.size(seen.screenshot()) > 10_000, seen.screenshot() + " is written");
        assertTrue(seen.screenshotWidth() >= 800 && seen.screenshotHeight() >= 500,
                seen.screenshotWidth() + "x" + seen.screenshotHeight());
        assertTrue(seen.distinctColours() > 8, "the picture shows more than a blank window: " + seen.distinctColours());
    }

    /** The least an {@link IApplicationContext} must give {@code E4Application} outside a product launch. */
    private record TestApplicationContext(Bundle brandingBundle, String... args) implements IApplicationContext {
        @Override
        public Map<?, ?> getArguments() {
            return Map.of(IApplicationContext.APPLICATION_ARGS, args);
        }

        @Override
        public void applicationRunning() {
            // no splash screen to take down
        }

        @Override
        public String getBrandingApplication() {
            return null;
        }

        @Override
        public String getBrandingName() {
            return "Regie";
        }

        @Override
        public String getBrandingDescription() {
            return null;
        }

        @Override
        public String getBrandingId() {
            return "nl.regie.app.product";
        }

        @Override
        public String getBrandingProperty(String key) {
            return null;
        }

        @Override
        public Bundle getBrandingBundle() {
            return brandingBundle;
        }

        @Override
        public void setResult(Object result, org.eclipse.equinox.app.IApplication application) {
            // not an application run
        }
    }
}
