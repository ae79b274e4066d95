// SPDX-License-Identifier: EPL-2.0
package nl.regie.ui.parts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PostConstruct;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import nl.regie.catalog.CatalogueContribution;
import nl.regie.catalog.InterventionCatalogue;
import nl.regie.model.EvidenceLevel;
import nl.regie.model.Intervention;
import nl.regie.model.Pillar;
import nl.regie.model.SettingKind;
import nl.regie.model.edit.RegieLabels;
import nl.regie.ui.internal.Messages;
import nl.regie.ui.session.SessionLink;
import nl.regie.ui.session.WorkspaceSession;

/**
 * Catalogus: the interventions of every catalogue contributed as an OSGi service (Regie's own, organisations'), with
 * their recognition, pillars, settings and provider; filters by pillar, setting and recognition; the selected entry's
 * description, source, and what a planner must know (advised against, recognition lapsed).
 */
public class CataloguePart {

    /** The id of this part in the application model. */
    public static final String ID = "nl.regie.ui.part.catalogue";

    private InterventionCatalogue catalogue;
    private WorkspaceSession session;
    private final SessionLink link = new SessionLink(changed -> rebuild());
    private Label message;

    @jakarta.inject.Inject
    private org.eclipse.e4.ui.di.UISynchronize ui;
    private Combo pillars;
    private Combo settings;
    private Button recognisedOnly;
    private Label count;
    private Table table;
    private Text details;

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        RowLayout row = new RowLayout(SWT.HORIZONTAL);
        row.center = true;
        row.wrap = true;
        bar.setLayout(row);
        new Label(bar, SWT.NONE).setText(Messages.Catalogue_pillarFilter + ":");
        pillars = new Combo(bar, SWT.READ_ONLY);
        List<String> pillarItems = new ArrayList<>(List.of(Messages.Inbox_all));
        Pillar.VALUES.forEach(p -> pillarItems.add(label(p)));
        pillars.setItems(pillarItems.toArray(String[]::new));
        pillars.select(0);
        pillars.addListener(SWT.Selection, event -> fill());
        new Label(bar, SWT.NONE).setText(Messages.Catalogue_settingFilter + ":");
        settings = new Combo(bar, SWT.READ_ONLY);
        List<String> settingItems = new ArrayList<>(List.of(Messages.Inbox_all));
        SettingKind.VALUES.forEach(k -> settingItems.add(label(k)));
        settings.setItems(settingItems.toArray(String[]::new));
        settings.select(0);
        settings.addListener(SWT.Selection, event -> fill());
        recognisedOnly = new Button(bar, SWT.CHECK);
        recognisedOnly.setText(Messages.Catalogue_recognisedOnly);
        recognisedOnly.addListener(SWT.Selection, event -> fill());
        count = new Label(bar, SWT.NONE);
        Button importButton = new Button(bar, SWT.PUSH);
        importButton.setText(Messages.Catalogue_import);
        importButton.addListener(SWT.Selection, event -> {
            org.eclipse.swt.widgets.FileDialog dialog = new org.eclipse.swt.widgets.FileDialog(parent.getShell(), SWT.OPEN);
            dialog.setFilterExtensions(new String[] {"*.xmi;*.regie", "*.*"});
            String chosen = dialog.open();
            if (chosen != null) {
                importFrom(java.nio.file.Path.of(chosen));
            }
        });

        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table = new Table(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        String[] headings = {Messages.Catalogue_name, Messages.Catalogue_level, Messages.Catalogue_pillars,
                Messages.Catalogue_settings, Messages.Catalogue_provider, Messages.Catalogue_catalogue};
        int[] widths = {260, 150, 180, 160, 160, 90};
        for (int i = 0; i < headings.length; i++) {
            TableColumn column = new TableColumn(table, SWT.NONE);
            column.setText(headings[i]);
            column.setWidth(widths[i]);
        }
        table.addListener(SWT.Selection, event -> showSelected());
        details = new Text(sash, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
        sash.setWeights(65, 35);
        message = new Label(parent, SWT.WRAP);
        message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        rebuild();
    }

    /** Follows the session: the workspace's own interventions are a catalogue too. */
    @jakarta.inject.Inject
    public void setSession(@org.eclipse.e4.core.di.annotations.Optional WorkspaceSession newSession) {
        session = link.follow(newSession);
        rebuild();
    }

    @jakarta.annotation.PreDestroy
    public void dispose() {
        link.close();
    }

    private void rebuild() {
        if (table == null || table.isDisposed()) {
            return;
        }
        List<CatalogueContribution> all = new ArrayList<>(contributions());
        nl.regie.model.Municipality municipality = session == null ? null : session.municipality();
        if (municipality != null && !municipality.getInterventions().isEmpty()) {
            String name = NLS.bind(Messages.Catalogue_workspace, municipality.getName());
            // copies: the catalogue names its entries, which must not touch the workspace outside a command
            List<Intervention> own = List.copyOf(org.eclipse.emf.ecore.util.EcoreUtil.copyAll(municipality.getInterventions()));
            all.add(new CatalogueContribution() {
                @Override
                public String name() {
                    return name;
                }

                @Override
                public List<Intervention> interventions() {
                    return own;
                }
            });
        }
        catalogue = new InterventionCatalogue(all);
        fill();
    }

    /**
     * Imports an organisation's catalogue file into the workspace: read (as untrusted) in a job, then its entries
     * that the workspace does not have yet (by id) are added with one EMF command, so Edit > Undo takes them out
     * again; saving keeps them. Problems with the file are shown, naming it.
     */
    public org.eclipse.core.runtime.jobs.Job importFrom(java.nio.file.Path file) {
        if (session == null || session.municipality() == null) {
            return null;
        }
        WorkspaceSession current = session;
        org.eclipse.core.runtime.jobs.Job job = new org.eclipse.core.runtime.jobs.Job(
                NLS.bind(Messages.Catalogue_importing, file.getFileName())) {
            @Override
            protected org.eclipse.core.runtime.IStatus run(org.eclipse.core.runtime.IProgressMonitor monitor) {
                try {
                    CatalogueContribution read = nl.regie.catalog.CatalogueFiles.read(file, file.getFileName().toString());
                    List<Intervention> entries = read.interventions();
                    ui.asyncExec(() -> adopt(current, file, entries));
                } catch (java.io.IOException | RuntimeException e) {
                    ui.asyncExec(() -> showMessage(e.getMessage() == null ? file + ": " + e : e.getMessage()));
                }
                return org.eclipse.core.runtime.Status.OK_STATUS;
            }
        };
        job.schedule();
        return job;
    }

    private void adopt(WorkspaceSession current, java.nio.file.Path file, List<Intervention> entries) {
        nl.regie.model.Municipality municipality = current.municipality();
        if (municipality == null || current.editingDomain() == null) {
            return;
        }
        java.util.Set<String> known = new java.util.HashSet<>();
        municipality.getInterventions().forEach(i -> known.add(i.getId()));
        List<Intervention> added = new ArrayList<>();
        for (Intervention entry : entries) {
            if (known.add(entry.getId())) {
                if (entry.getCatalogue() == null || entry.getCatalogue().isBlank()) {
                    entry.setCatalogue(file.getFileName().toString());
                }
                added.add(entry);
            }
        }
        if (!added.isEmpty()) {
            current.editingDomain().getCommandStack().execute(org.eclipse.emf.edit.command.AddCommand.create(
                    current.editingDomain(), municipality, nl.regie.model.RegiePackage.Literals.MUNICIPALITY__INTERVENTIONS,
                    added));
        }
        showMessage(NLS.bind(Messages.Catalogue_imported, new Object[] {file.getFileName(), added.size(),
                entries.size() - added.size()}));
    }

    private void showMessage(String text) {
        if (message != null && !message.isDisposed()) {
            message.setText(text);
            message.getParent().layout(true, true);
        }
    }

    /** The message line (for tests). */
    public String getMessage() {
        return message.getText();
    }

    /** Every catalogue registered as a service, highest ranking first. */
    static List<CatalogueContribution> contributions() {
        return nl.regie.ui.internal.Services.all(CatalogueContribution.class);
    }

    private void fill() {
        table.removeAll();
        details.setText("");
        int shown = 0;
        for (Intervention entry : catalogue.entries()) {
            if (pillars.getSelectionIndex() > 0
                    && !entry.getPillars().contains(Pillar.VALUES.get(pillars.getSelectionIndex() - 1))) {
                continue;
            }
            if (settings.getSelectionIndex() > 0
                    && !entry.getSettings().contains(SettingKind.VALUES.get(settings.getSelectionIndex() - 1))) {
                continue;
            }
            if (recognisedOnly.getSelection() && (entry.getEvidenceLevel() == EvidenceLevel.NOT_ASSESSED
                    || InterventionCatalogue.lapsed(entry, LocalDate.now()))) {
                continue;
            }
            TableItem item = new TableItem(table, SWT.NONE);
            item.setData(entry);
            item.setText(new String[] {entry.getName(), label(entry.getEvidenceLevel()), labels(entry.getPillars()),
                    labels(entry.getSettings()), entry.getProvider() == null ? "" : entry.getProvider(),
                    entry.getCatalogue() == null ? "" : entry.getCatalogue()});
            if (entry.isNotRecommended()) {
                item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            }
            shown++;
        }
        count.setText(NLS.bind(Messages.Catalogue_count, shown, catalogue.entries().size()));
        count.getParent().layout(true, true);
    }

    private void showSelected() {
        if (table.getSelectionCount() != 1) {
            return;
        }
        Intervention entry = (Intervention) table.getSelection()[0].getData();
        StringBuilder text = new StringBuilder(entry.getName()).append("\n\n");
        if (entry.isNotRecommended()) {
            text.append(NLS.bind(Messages.Catalogue_advisedAgainst, entry.getNotRecommendedReason())).append("\n\n");
        }
        if (InterventionCatalogue.lapsed(entry, LocalDate.now())) {
            text.append(NLS.bind(Messages.Catalogue_lapsed, entry.getRecognitionValidUntil())).append("\n\n");
        }
        if (entry.getDescription() != null) {
            text.append(entry.getDescription()).append("\n\n");
        }
        if (!entry.getTargetGroups().isEmpty()) {
            text.append(NLS.bind(Messages.Catalogue_groups, String.join("; ", entry.getTargetGroups()))).append('\n');
        }
        if (entry.getRecognitionDate() != null) {
            text.append(NLS.bind(Messages.Catalogue_recognised, entry.getRecognitionDate(), entry.getRecognitionSource()))
                    .append('\n');
        }
        if (entry.getSourceReference() != null) {
            text.append(NLS.bind(Messages.Catalogue_source, entry.getSourceReference())).append('\n');
        }
        details.setText(text.toString());
    }

    private static String label(Enum<?> value) {
        String label = RegieLabels.enumerated(value);
        return label == null ? value.name() : label;
    }

    private static String labels(List<? extends Enum<?>> values) {
        List<String> labels = new ArrayList<>();
        values.forEach(v -> labels.add(label(v)));
        return String.join(", ", labels);
    }

    /** The table (for tests). */
    public Table getTable() {
        return table;
    }

    /** The pillar filter (for tests). */
    public Combo getPillarFilter() {
        return pillars;
    }

    /** Applies the filters as a change of a choice does (for tests). */
    public void refilter() {
        fill();
    }

    /** Shows the entry in row {@code index}, as a click does (for tests). */
    public String select(int index) {
        table.setSelection(index);
        showSelected();
        return details.getText();
    }

    @Focus
    public void setFocus() {
        table.setFocus();
    }
}
