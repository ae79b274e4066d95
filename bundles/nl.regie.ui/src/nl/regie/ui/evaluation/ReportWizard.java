// SPDX-License-Identifier: EPL-2.0
package nl.regie.ui.evaluation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import nl.regie.reports.Reports;
import nl.regie.ui.internal.Messages;

/**
 * Evaluatie > Rapport maken: which document (council letter or policy plan) in which format (PDF or HTML), then where
 * it goes, whether its tables also go to a spreadsheet, and whether to open it when it is written. Finishing starts a
 * cancellable {@link ReportJob} (progress in the Progress view and the status line); the wizard does not wait for it.
 */
public final class ReportWizard extends Wizard {

    /** What the wizard asks for; the dashboard turns it into a job. */
    public record Choice(Reports.Kind kind, Reports.Format format, Path file, boolean tables) {
    }

    /** Starts the job for a choice (the dashboard's {@code writeReport}); null when there is nothing to report on. */
    public interface Writer {
        ReportJob write(Choice choice);
    }

    private final Writer writer;
    private final Consumer<Path> opener;
    private final Path folder;
    private final KindPage kindPage = new KindPage();
    private final FilePage filePage = new FilePage();
    private ReportJob job;

    /**
     * @param folder where the file goes unless the user chooses another
     * @param opener opens the written file (the desktop's program for it)
     */
    public ReportWizard(Writer writer, Path folder, Consumer<Path> opener) {
        this.writer = writer;
        this.folder = folder;
        this.opener = opener;
        setWindowTitle(Messages.ReportWizard_title);
    }

    @Override
    public void addPages() {
        addPage(kindPage);
        addPage(filePage);
    }

    public KindPage getKindPage() {
        return kindPage;
    }

    public FilePage getFilePage() {
        return filePage;
    }

    /** The job the wizard started (null before finishing). */
    public ReportJob getJob() {
        return job;
    }

    /** Finishing from the second page only: the user sees where the report goes (and what it replaces) first. */
    @Override
    public boolean canFinish() {
        return getContainer() != null && getContainer().getCurrentPage() == filePage && filePage.problem() == null;
    }

    @Override
    public boolean performFinish() {
        Choice choice = new Choice(kindPage.kind(), kindPage.format(), filePage.file(), filePage.tables.getSelection());
        boolean open = filePage.open.getSelection();
        job = writer.write(choice);
        if (job == null) {
            filePage.setErrorMessage(Messages.ReportWizard_nothing);
            return false;
        }
        if (open) {
            org.eclipse.swt.widgets.Display display = getShell().getDisplay();
            job.addJobChangeListener(new JobChangeAdapter() {
                @Override
                public void done(IJobChangeEvent event) {
                    // the job ends on a worker thread; the desktop's program is started from the UI thread
                    if (event.getResult().isOK() && !display.isDisposed()) {
                        display.asyncExec(() -> opener.accept(choice.file()));
                    }
                }
            });
        }
        return true;
    }

    /** Page one: the document and its format, with what it holds. */
    public final class KindPage extends WizardPage {

        private Button letter;
        private Button plan;
        private Button pdf;
        private Button html;
        private Label contents;

        KindPage() {
            super("kind");
            setTitle(Messages.ReportWizard_kindTitle);
            setDescription(Messages.ReportWizard_kindDescription);
        }

        @Override
        public void createControl(Composite parent) {
            Composite page = new Composite(parent, SWT.NONE);
            page.setLayout(new GridLayout(2, true));
            Group kinds = new Group(page, SWT.NONE);
            kinds.setText(Messages.ReportWizard_kind);
            kinds.setLayout(new GridLayout(1, false));
            kinds.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false));
            letter = radio(kinds, Messages.ReportWizard_councilLetter, true);
            plan = radio(kinds, Messages.ReportWizard_policyPlan, false);
            Group formats = new Group(page, SWT.NONE);
            formats.setText(Messages.ReportWizard_format);
            formats.setLayout(new GridLayout(1, false));
            formats.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false));
            pdf = radio(formats, Messages.ReportWizard_pdf, true);
            html = radio(formats, Messages.ReportWizard_html, false);
            contents = new Label(page, SWT.WRAP);
            GridData data = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
            data.widthHint = 480;
            contents.setLayoutData(data);
            setControl(page);
            changed();
        }

        private Button radio(Composite parent, String text, boolean selected) {
            Button button = new Button(parent, SWT.RADIO);
            button.setText(text);
            button.setSelection(selected);
            button.addListener(SWT.Selection, e -> changed());
            return button;
        }

        private void changed() {
            if (getContainer() != null && getContainer().getCurrentPage() != null) {
                getContainer().updateButtons();
            }
            contents.setText(kind() == Reports.Kind.COUNCIL_LETTER ? Messages.ReportWizard_councilLetterHolds
                    : Messages.ReportWizard_policyPlanHolds);
            filePage.follow();
        }

        public Reports.Kind kind() {
            return plan != null && plan.getSelection() ? Reports.Kind.POLICY_PLAN : Reports.Kind.COUNCIL_LETTER;
        }

        public Reports.Format format() {
            return html != null && html.getSelection() ? Reports.Format.HTML : Reports.Format.PDF;
        }

        /** Chooses as a user would. */
        public void choose(Reports.Kind kind, Reports.Format format) {
            letter.setSelection(kind == Reports.Kind.COUNCIL_LETTER);
            plan.setSelection(kind == Reports.Kind.POLICY_PLAN);
            pdf.setSelection(format == Reports.Format.PDF);
            html.setSelection(format == Reports.Format.HTML);
            changed();
        }
    }

    /** Page two: the file, the spreadsheet of tables, and opening it afterwards. */
    public final class FilePage extends WizardPage {

        private Text file;
        private Button tables;
        private Button open;
        private boolean typed;

        FilePage() {
            super("file");
            setTitle(Messages.ReportWizard_fileTitle);
            setDescription(Messages.ReportWizard_fileDescription);
        }

        @Override
        public void createControl(Composite parent) {
            Composite page = new Composite(parent, SWT.NONE);
            page.setLayout(new GridLayout(3, false));
            new Label(page, SWT.NONE).setText(Messages.ReportWizard_file);
            file = new Text(page, SWT.BORDER);
            file.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            Button browse = new Button(page, SWT.PUSH);
            browse.setText(Messages.ReportWizard_browse);
            browse.addListener(SWT.Selection, e -> browse());
            tables = new Button(page, SWT.CHECK);
            tables.setText(Messages.ReportWizard_tables);
            tables.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
            open = new Button(page, SWT.CHECK);
            open.setText(Messages.ReportWizard_open);
            open.setSelection(true);
            open.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
            Label note = new Label(page, SWT.WRAP);
            GridData data = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
            data.widthHint = 480;
            note.setLayoutData(data);
            note.setText(Messages.ReportWizard_fileNote);
            setControl(page);
            follow();
            file.addListener(SWT.Modify, e -> {
                if (!file.getText().equals(file.getData())) {
                    typed = true;
                }
                check();
            });
        }

        /** Suggests a file name for the document and format chosen, until the user types one. */
        void follow() {
            if (file == null || file.isDisposed()) {
                return;
            }
            String name = (kindPage.kind() == Reports.Kind.COUNCIL_LETTER ? "raadsinformatiebrief" : "beleidsplan")
                    + (kindPage.format() == Reports.Format.PDF ? ".pdf" : ".html");
            if (!typed) {
                String suggested = folder.resolve(name).toString();
                file.setData(suggested);
                file.setText(suggested);
            } else {
                // keep the user's folder and name, with the extension of the format; a default name follows the document
                String text = file.getText().strip();
                String bare = text.replaceFirst("(?i)\\.(pdf|html?)$", "");
                String other = kindPage.kind() == Reports.Kind.COUNCIL_LETTER ? "beleidsplan" : "raadsinformatiebrief";
                if (bare.equals(other) || bare.endsWith(java.io.File.separator + other)) {
                    bare = bare.substring(0, bare.length() - other.length()) + name.replaceFirst("\\.[a-z]+$", "");
                }
                file.setText(bare + (kindPage.format() == Reports.Format.PDF ? ".pdf" : ".html"));
            }
            check();
        }

        private void browse() {
            FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
            dialog.setFilterExtensions(new String[] {kindPage.format() == Reports.Format.PDF ? "*.pdf" : "*.html"});
            Path now = file();
            if (now != null) {
                dialog.setFilterPath(now.getParent() == null ? null : now.getParent().toString());
                dialog.setFileName(now.getFileName().toString());
            }
            String chosen = dialog.open();
            if (chosen != null) {
                setFile(chosen);
            }
        }

        Path file() {
            String text = file == null ? "" : file.getText().strip();
            try {
                return text.isEmpty() ? null : Path.of(text).toAbsolutePath();
            } catch (java.nio.file.InvalidPathException e) {
                return null;
            }
        }

        /** What stops finishing, or null. */
        String problem() {
            Path chosen = file();
            if (chosen == null) {
                return Messages.ReportWizard_noFile;
            }
            if (chosen.getParent() == null || !Files.isDirectory(chosen.getParent())) {
                return NLS.bind(Messages.ReportWizard_noFolder, chosen.getParent());
            }
            if (Files.isDirectory(chosen)) {
                return NLS.bind(Messages.ReportWizard_isFolder, chosen);
            }
            String name = chosen.getFileName().toString().toLowerCase(Locale.ROOT);
            boolean pdfName = name.endsWith(".pdf");
            if (pdfName != (kindPage.format() == Reports.Format.PDF)) {
                return NLS.bind(Messages.ReportWizard_extension, kindPage.format() == Reports.Format.PDF ? ".pdf" : ".html");
            }
            return null;
        }

        private void check() {
            String problem = problem();
            setErrorMessage(problem);
            Path chosen = file();
            setMessage(problem == null && chosen != null && Files.exists(chosen)
                    ? NLS.bind(Messages.ReportWizard_overwrite, chosen.getFileName()) : null, WARNING);
            setPageComplete(problem == null);
        }

        /** Types a file name, as a user would; {@code tables} and {@code openAfter} set the check boxes. */
        public void setFile(String name) {
            typed = true;
            file.setText(name);
        }

        public void setTables(boolean on) {
            tables.setSelection(on);
        }

        public void setOpenAfter(boolean on) {
            open.setSelection(on);
        }

        public String getFileText() {
            return file.getText();
        }
    }
}
