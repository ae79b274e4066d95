// SPDX-License-Identifier: EPL-2.0
package nl.regie.ui.signals;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import nl.regie.model.Municipality;
import nl.regie.signals.ColumnMapping;
import nl.regie.signals.Fields;
import nl.regie.signals.IntakeReport;
import nl.regie.signals.Rejection;
import nl.regie.signals.SignalIntake;
import nl.regie.signals.SignalSource;
import nl.regie.signals.SourcePreview;
import nl.regie.store.SignalStore;
import nl.regie.ui.internal.Messages;

/**
 * File > Import signals: the file and its format, the columns (with a saved mapping or one made here, over a
 * preview of the first rows), a check of the whole file that stores nothing (counts and the first rejected records),
 * and then the import itself as a cancellable {@link ImportSignalsJob} with progress.
 */
public final class ImportSignalsWizard extends Wizard {

    /** Rows shown in the preview. */
    public static final int PREVIEW_ROWS = 20;

    private final Municipality municipality;
    private final SignalStore store;
    private final IEventBroker events;
    private final Path mappings;
    private final FilePage filePage = new FilePage();
    private final MappingPage mappingPage = new MappingPage();
    private final CheckPage checkPage = new CheckPage();
    private ImportSignalsJob job;

    /** @param mappings the folder where column mappings are saved */
    public ImportSignalsWizard(Municipality municipality, SignalStore store, IEventBroker events, Path mappings) {
        this.municipality = municipality;
        this.store = store;
        this.events = events;
        this.mappings = mappings;
        setWindowTitle(Messages.Wizard_title);
        setNeedsProgressMonitor(true);
    }

    @Override
    public void addPages() {
        addPage(filePage);
        addPage(mappingPage);
        addPage(checkPage);
    }

    @Override
    public boolean performFinish() {
        ColumnMapping mapping = mappingPage.mapping();
        if (!mapping.name().isEmpty()) {
            try {
                mapping.save(mappings);
            } catch (IOException e) {
                mappingPage.setErrorMessage(e.getLocalizedMessage());
                return false;
            }
        }
        job = new ImportSignalsJob(filePage.file(), filePage.format(), mapping, municipality, store, events);
        job.setDedup(filePage.dedup());
        job.setUser(true);
        return true;
    }

    /** The import job started by Finish (not yet scheduled: the caller adds its listener first); null before. */
    public ImportSignalsJob getJob() {
        return job;
    }

    /** The first page, for tests. */
    public FilePage getFilePage() {
        return filePage;
    }

    /** The column page, for tests. */
    public MappingPage getMappingPage() {
        return mappingPage;
    }

    /** The check page, for tests. */
    public CheckPage getCheckPage() {
        return checkPage;
    }

    private static String label(String field) {
        return Vocabulary.fieldLabel(field);
    }

    /** File, format and a saved mapping. */
    public final class FilePage extends WizardPage {
        private Text path;
        private Combo format;
        private Combo saved;
        private Spinner days;
        private Spinner similarity;
        private final List<String> formats = new ArrayList<>();

        FilePage() {
            super("file", Messages.Wizard_filePage, null);
            setDescription(Messages.Wizard_fileDescription);
            setPageComplete(false);
        }

        @Override
        public void createControl(Composite parent) {
            Composite page = new Composite(parent, SWT.NONE);
            page.setLayout(new GridLayout(3, false));
            new Label(page, SWT.NONE).setText(Messages.Wizard_file);
            path = new Text(page, SWT.BORDER);
            path.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            path.addListener(SWT.Modify, event -> validate());
            Button browse = new Button(page, SWT.PUSH);
            browse.setText(Messages.Wizard_browse);
            browse.addListener(SWT.Selection, event -> {
                FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
                dialog.setFilterExtensions(new String[] {"*.csv;*.tsv;*.txt;*.xlsx;*.json", "*.*"});
                String chosen = dialog.open();
                if (chosen != null) {
                    path.setText(chosen);
                }
            });
            new Label(page, SWT.NONE).setText(Messages.Wizard_format);
            format = new Combo(page, SWT.READ_ONLY);
            formats.add(null);
            List<String> items = new ArrayList<>(List.of(Messages.Wizard_formatAuto));
            SignalIntake.sources().forEach(source -> {
                formats.add(source.format());
                items.add(source.format());
            });
            format.setItems(items.toArray(String[]::new));
            format.select(0);
            format.addListener(SWT.Selection, event -> validate());
            new Label(page, SWT.NONE);
            new Label(page, SWT.NONE).setText(Messages.Wizard_mapping);
            saved = new Combo(page, SWT.READ_ONLY);
            List<String> names = new ArrayList<>(List.of(Messages.Wizard_mappingAuto));
            try {
                names.addAll(ColumnMapping.saved(mappings));
            } catch (IOException e) {
                setErrorMessage(e.getLocalizedMessage());
            }
            saved.setItems(names.toArray(String[]::new));
            saved.select(0);
            new Label(page, SWT.NONE);
            new Label(page, SWT.NONE).setText(Messages.Wizard_dedup);
            Composite dedup = new Composite(page, SWT.NONE);
            GridLayout row = new GridLayout(4, false);
            row.marginWidth = 0;
            dedup.setLayout(row);
            new Label(dedup, SWT.NONE).setText(Messages.Wizard_dedupDays);
            days = new Spinner(dedup, SWT.BORDER);
            days.setValues(SignalIntake.DedupRule.DEFAULT.days(), 0, 366, 0, 1, 7);
            new Label(dedup, SWT.NONE).setText(Messages.Wizard_dedupSimilarity);
            similarity = new Spinner(dedup, SWT.BORDER);
            similarity.setValues((int) Math.round(SignalIntake.DedupRule.DEFAULT.similarity() * 100), 1, 100, 0, 5, 10);
            days.addListener(SWT.Modify, event -> checkPage.checked = null);
            similarity.addListener(SWT.Modify, event -> checkPage.checked = null);
            new Label(page, SWT.NONE);
            setControl(page);
        }

        /** Sets the file, as a user would type it. */
        public void setFile(String file) {
            path.setText(file);
        }

        Path file() {
            return Path.of(path.getText().strip());
        }

        SignalIntake.DedupRule dedup() {
            return new SignalIntake.DedupRule(days.getSelection(), similarity.getSelection() / 100.0);
        }

        String format() {
            return formats.get(Math.max(0, format.getSelectionIndex()));
        }

        SignalSource source() {
            try {
                return SignalIntake.sourceFor(file(), format());
            } catch (IOException e) {
                return null;
            }
        }

        ColumnMapping savedMapping() {
            if (saved.getSelectionIndex() <= 0) {
                return ColumnMapping.NONE;
            }
            try {
                return ColumnMapping.load(mappings, saved.getItem(saved.getSelectionIndex()));
            } catch (IOException e) {
                setErrorMessage(e.getLocalizedMessage());
                return ColumnMapping.NONE;
            }
        }

        private void validate() {
            String text = path.getText().strip();
            if (text.isEmpty() || !Files.isRegularFile(Path.of(text))) {
                setErrorMessage(text.isEmpty() ? null : Messages.Wizard_noFile);
                setPageComplete(false);
            } else if (source() == null) {
                setErrorMessage(Messages.Wizard_unknownFormat);
                setPageComplete(false);
            } else {
                setErrorMessage(null);
                setPageComplete(true);
            }
        }
    }

    /** Which field each column holds, over the first rows. */
    public final class MappingPage extends WizardPage {
        private Composite page;
        private Composite columns;
        private Table preview;
        private Text name;
        private final List<String> headings = new ArrayList<>();
        private final List<Combo> choices = new ArrayList<>();
        private final List<String> fields = new ArrayList<>(Fields.all());
        private Path shownFile;

        MappingPage() {
            super("mapping", Messages.Wizard_mappingPage, null);
            setDescription(Messages.Wizard_mappingDescription);
        }

        @Override
        public void createControl(Composite parent) {
            page = new Composite(parent, SWT.NONE);
            page.setLayout(new GridLayout(1, false));
            ScrolledComposite scroll = new ScrolledComposite(page, SWT.V_SCROLL | SWT.BORDER);
            GridData scrollData = new GridData(SWT.FILL, SWT.FILL, true, false);
            scrollData.heightHint = 150;
            scroll.setLayoutData(scrollData);
            columns = new Composite(scroll, SWT.NONE);
            columns.setLayout(new GridLayout(4, false));
            scroll.setContent(columns);
            scroll.setExpandHorizontal(true);
            scroll.setExpandVertical(true);
            preview = new Table(page, SWT.BORDER | SWT.H_SCROLL | SWT.V_SCROLL);
            GridData table = new GridData(SWT.FILL, SWT.FILL, true, true);
            table.heightHint = 180;
            preview.setLayoutData(table);
            preview.setHeaderVisible(true);
            preview.setLinesVisible(true);
            Composite save = new Composite(page, SWT.NONE);
            save.setLayout(new GridLayout(2, false));
            save.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            new Label(save, SWT.NONE).setText(Messages.Wizard_saveAs);
            name = new Text(save, SWT.BORDER);
            name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            name.addListener(SWT.Modify, event -> validate());
            setControl(page);
        }

        @Override
        public void setVisible(boolean visible) {
            if (visible && !filePage.file().equals(shownFile)) {
                load();
            }
            super.setVisible(visible);
        }

        /**
         * Reads the first rows off the UI thread, through the container's progress (settling a CSV's encoding reads the
         * whole file; an XLSX is checked for zip bombs first), and can be cancelled.
         */
        private void load() {
            Path file = filePage.file();
            SignalSource source = filePage.source();
            ColumnMapping start = filePage.savedMapping();
            SourcePreview[] read = new SourcePreview[1];
            try {
                getContainer().run(true, true, monitor -> {
                    try {
                        read[0] = source.preview(file, start, PREVIEW_ROWS);
                    } catch (IOException e) {
                        throw new InvocationTargetException(e);
                    }
                });
            } catch (InvocationTargetException e) {
                setErrorMessage(NLS.bind(Messages.Wizard_previewFailed, e.getCause().getLocalizedMessage()));
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            shownFile = file;
            if (!start.name().isEmpty()) {
                name.setText(start.name());
            }
            show(read[0]);
        }

        private void show(SourcePreview read) {
            for (Control child : columns.getChildren()) {
                child.dispose();
            }
            preview.removeAll();
            for (TableColumn column : preview.getColumns()) {
                column.dispose();
            }
            headings.clear();
            choices.clear();
            if (read.headings().isEmpty()) {
                new Label(columns, SWT.NONE).setText(Messages.Wizard_noColumns);
            }
            List<String> items = new ArrayList<>(List.of(Messages.Wizard_ignore));
            fields.forEach(field -> items.add(label(field)));
            for (int i = 0; i < read.headings().size(); i++) {
                headings.add(read.headings().get(i));
                new Label(columns, SWT.NONE).setText(read.headings().get(i).isBlank() ? "#" + (i + 1)
                        : read.headings().get(i));
                Combo choice = new Combo(columns, SWT.READ_ONLY);
                choice.setItems(items.toArray(String[]::new));
                String field = read.fields().get(i);
                choice.select(field == null ? 0 : fields.indexOf(field) + 1);
                choice.addListener(SWT.Selection, event -> validate());
                choices.add(choice);
                TableColumn column = new TableColumn(preview, SWT.NONE);
                column.setText(read.headings().get(i));
                column.setWidth(120);
            }
            for (List<String> row : read.rows()) {
                TableItem item = new TableItem(preview, SWT.NONE);
                for (int i = 0; i < Math.min(row.size(), headings.size()); i++) {
                    item.setText(i, row.get(i).replace('\n', ' '));
                }
            }
            columns.layout(true, true);
            ((ScrolledComposite) columns.getParent()).setMinSize(columns.computeSize(SWT.DEFAULT, SWT.DEFAULT));
            validate();
        }

        /** The mapping as chosen on this page (every column named), with the name to save it under, if any. */
        public ColumnMapping mapping() {
            if (headings.isEmpty()) {
                return ColumnMapping.NONE;
            }
            Map<String, String> chosen = new LinkedHashMap<>();
            for (int i = 0; i < headings.size(); i++) {
                int index = choices.get(i).getSelectionIndex();
                chosen.put(headings.get(i), index <= 0 ? ColumnMapping.IGNORE : fields.get(index - 1));
            }
            String saveAs = name == null ? "" : name.getText().strip();
            return new ColumnMapping(saveAs.matches("[A-Za-z0-9_-]{1,64}") ? saveAs : "", chosen);
        }

        /** Chooses the field of a column, as a user would (for tests). */
        public void choose(String heading, String field) {
            int i = headings.indexOf(heading);
            choices.get(i).select(field == null ? 0 : fields.indexOf(field) + 1);
            validate();
        }

        /** Sets the name to save the mapping under (for tests). */
        public void setSaveAs(String mappingName) {
            name.setText(mappingName);
        }

        /** The preview table (for tests and screenshots). */
        public Table getPreview() {
            return preview;
        }

        private void validate() {
            String saveAs = name.getText().strip();
            if (!saveAs.isEmpty() && !saveAs.matches("[A-Za-z0-9_-]{1,64}")) {
                setErrorMessage(Messages.Wizard_badName);
                setPageComplete(false);
            } else if (!headings.isEmpty() && choices.stream().allMatch(choice -> choice.getSelectionIndex() <= 0)) {
                setErrorMessage(Messages.Wizard_noKnownColumn);
                setPageComplete(false);
            } else {
                setErrorMessage(null);
                setPageComplete(true);
            }
            checkPage.checked = null;
        }
    }

    /** The whole file checked without storing anything: the counts and the first rejected records. */
    public final class CheckPage extends WizardPage {
        private Label summary;
        private Table rejects;
        private Label rejectsHeading;
        private IntakeReport checked;

        CheckPage() {
            super("check", Messages.Wizard_checkPage, null);
            setDescription(Messages.Wizard_checkDescription);
        }

        @Override
        public void createControl(Composite parent) {
            Composite page = new Composite(parent, SWT.NONE);
            page.setLayout(new GridLayout(1, false));
            summary = new Label(page, SWT.WRAP);
            summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            rejectsHeading = new Label(page, SWT.WRAP);
            rejectsHeading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            rejects = new Table(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
            rejects.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
            rejects.setHeaderVisible(true);
            rejects.setLinesVisible(true);
            String[] headings = {Messages.Quarantine_line, Messages.Quarantine_field, Messages.Quarantine_reason};
            int[] widths = {60, 110, 420};
            for (int i = 0; i < headings.length; i++) {
                TableColumn column = new TableColumn(rejects, SWT.NONE);
                column.setText(headings[i]);
                column.setWidth(widths[i]);
            }
            setControl(page);
        }

        @Override
        public void setVisible(boolean visible) {
            super.setVisible(visible);
            if (visible && checked == null) {
                check();
            }
        }

        /** Runs the intake without a store, in the container's cancellable progress. */
        private void check() {
            Path file = filePage.file();
            SignalSource source = filePage.source();
            ColumnMapping mapping = mappingPage.mapping();
            SignalIntake.DedupRule dedup = filePage.dedup();
            IntakeReport[] report = new IntakeReport[1];
            try {
                getContainer().run(true, true, monitor -> {
                    SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Wizard_checking,
                            file.getFileName()), 100);
                    try {
                        report[0] = new SignalIntake(municipality, dedup).run(file, source, mapping, null,
                                new SignalIntake.Progress() {
                                    private int reported;

                                    @Override
                                    public void worked(int done, int total) {
                                        int now = total == 0 ? 100 : (int) (100L * done / total);
                                        progress.worked(now - reported);
                                        reported = now;
                                    }

                                    @Override
                                    public boolean cancelled() {
                                        return progress.isCanceled();
                                    }
                                });
                    } catch (CancellationException e) {
                        throw new InterruptedException(e.getMessage());
                    } catch (Exception e) {
                        throw new InvocationTargetException(e);
                    }
                });
            } catch (InvocationTargetException | InterruptedException e) {
                Throwable cause = e instanceof InvocationTargetException ? e.getCause() : e;
                setErrorMessage(NLS.bind(Messages.Wizard_checkFailed, cause.getLocalizedMessage()));
                setPageComplete(e instanceof InterruptedException);
                return;
            }
            checked = report[0];
            setErrorMessage(null);
            setPageComplete(true);
            summary.setText(ImportSignalsJob.summary(checked));
            rejects.removeAll();
            rejectsHeading.setText(checked.rejected() == 0 ? ""
                    : NLS.bind(Messages.Wizard_rejectsHeading, SignalIntake.rejectsReport(file).getFileName()));
            for (Rejection rejection : checked.rejections()) {
                TableItem item = new TableItem(rejects, SWT.NONE);
                item.setText(new String[] {String.valueOf(rejection.line()),
                        Vocabulary.fieldLabel(rejection.field()), rejection.reason()});
            }
            summary.getParent().layout(true, true);
        }

        /** The check's report, for tests; null before it ran. */
        public IntakeReport getChecked() {
            return checked;
        }
    }
}
