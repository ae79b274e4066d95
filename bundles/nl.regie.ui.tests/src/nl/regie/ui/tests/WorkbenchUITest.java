// SPDX-License-Identifier: EPL-2.0
package nl.regie.ui.tests;

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
import nl.regie.ui.parts.HistoryPart;
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
            Inbox inbox, Imported imported) {
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
        display.timerExec(90_000, () -> {
            FAILURE.compareAndSet(null, new AssertionError("the workbench did not finish within 90 s"));
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
            SEEN.set(new Seen(shell.getText(), shell.isVisible(), tree, heading, rows, file, picture.width, picture.height,
                    distinctColours(picture), saving, inbox, imported));
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
