// SPDX-License-Identifier: EPL-2.0
package nl.regie.ui.parts;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
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

import nl.regie.model.Municipality;
import nl.regie.model.Partner;
import nl.regie.model.edit.RegieLabels;
import nl.regie.model.ConcernLevel;
import nl.regie.model.SignalStatus;
import nl.regie.signals.IntakeReport;
import nl.regie.signals.SignalIntake;
import nl.regie.store.SignalQuery;
import nl.regie.store.SignalRecord;
import nl.regie.store.SignalStore;
import nl.regie.store.StoreException;
import nl.regie.ui.signals.ImportSignalsJob;
import nl.regie.ui.signals.SignalDetailsDialog;
import nl.regie.ui.signals.SignalFormDialog;
import nl.regie.ui.signals.Vocabulary;
import nl.regie.ui.internal.Messages;

/**
 * The Signal Inbox (Signalen): every signal in the store, newest first, in a virtual table that asks the store for
 * one page at a time (in a job) for the rows that are on screen, so a million signals never sit in memory. Filters
 * on every dimension (substance, partner, target group, setting, area, concern, status) and the period narrow the
 * query in the store. A double click shows a signal's details (where it can be retracted); "New signal" opens the
 * form for a signal typed in by hand.
 */
public class SignalInboxPart {

    /** The id of this part in the application model. */
    public static final String ID = "nl.regie.ui.part.signalInbox";

    private static final int PAGE = 200;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d-M-yyyy");

    @Inject
    @Optional
    private SignalStore store;

    @Inject
    private UISynchronize ui;

    @Inject
    @Optional
    private IEventBroker events;

    private Vocabulary vocabulary = new Vocabulary(null);
    private Municipality municipality;
    private final Map<Integer, List<SignalRecord>> pages = new ConcurrentHashMap<>();
    private final Set<Integer> loading = new HashSet<>();
    private SignalQuery query = SignalQuery.ALL;
    private int generation;

    private Combo substances;
    private Combo sources;
    private Combo areas;
    private Combo groups;
    private Combo settings;
    private Combo concerns;
    private Combo statuses;
    private Text from;
    private Text to;
    private Label count;
    private Table table;

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        // The filters wrap onto a second line when the part is narrow, so none falls out of view.
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        RowLayout rows = new RowLayout(SWT.HORIZONTAL);
        rows.wrap = true;
        rows.center = true;
        rows.marginLeft = rows.marginTop = rows.marginRight = rows.marginBottom = 0;
        bar.setLayout(rows);
        substances = filter(bar, Messages.Inbox_substance);
        sources = filter(bar, Messages.Inbox_source);
        groups = filter(bar, Messages.Inbox_group);
        settings = filter(bar, Messages.Inbox_setting);
        areas = filter(bar, Messages.Inbox_area);
        concerns = filter(bar, Messages.Inbox_concernFilter);
        statuses = filter(bar, Messages.Inbox_status);
        from = dateFilter(bar, Messages.Inbox_from);
        to = dateFilter(bar, Messages.Inbox_to);
        Button refresh = new Button(bar, SWT.PUSH);
        refresh.setText(Messages.Inbox_refresh);
        refresh.addListener(SWT.Selection, event -> applyFilters());
        Button details = new Button(bar, SWT.PUSH);
        details.setText(Messages.Inbox_details);
        details.addListener(SWT.Selection, event -> openDetails());
        Button add = new Button(bar, SWT.PUSH);
        add.setText(Messages.Inbox_newSignal);
        add.addListener(SWT.Selection, event -> newSignal());
        count = new Label(bar, SWT.NONE);

        table = new Table(parent, SWT.VIRTUAL | SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        String[] headings = {Messages.Inbox_date, Messages.Inbox_source, Messages.Inbox_substance,
                Messages.Inbox_area, Messages.Inbox_concern, Messages.Inbox_description};
        int[] widths = {90, 170, 120, 130, 80, 420};
        for (int i = 0; i < headings.length; i++) {
            TableColumn column = new TableColumn(table, SWT.NONE);
            column.setText(headings[i]);
            column.setWidth(widths[i]);
        }
        table.addListener(SWT.SetData, event -> fill((TableItem) event.item, event.index));
        table.addListener(SWT.DefaultSelection, event -> openDetails());
        fillChoices();
        reload();
    }

    private void fillChoices() {
        choices(substances, vocabulary.substances());
        choices(sources, vocabulary.partners());
        choices(groups, vocabulary.groups());
        choices(settings, vocabulary.settings());
        choices(areas, vocabulary.areas());
        enumChoices(concerns, ConcernLevel.VALUES);
        enumChoices(statuses, SignalStatus.VALUES);
        table.getParent().layout(true, true);
    }

    private Combo filter(Composite bar, String label) {
        // Label and choice stay together when the bar wraps.
        Composite pair = new Composite(bar, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = layout.marginHeight = 0;
        pair.setLayout(layout);
        new Label(pair, SWT.NONE).setText(label + ":");
        Combo combo = new Combo(pair, SWT.READ_ONLY);
        // Partner names are long; a fixed width keeps the filter bar compact.
        GridData width = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        width.widthHint = 140;
        combo.setLayoutData(width);
        combo.addListener(SWT.Selection, event -> applyFilters());
        return combo;
    }

    private Text dateFilter(Composite bar, String label) {
        Composite pair = new Composite(bar, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = layout.marginHeight = 0;
        pair.setLayout(layout);
        new Label(pair, SWT.NONE).setText(label + ":");
        Text date = new Text(pair, SWT.BORDER);
        date.setMessage("d-m-jjjj");
        GridData width = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        width.widthHint = 80;
        date.setLayoutData(width);
        date.addListener(SWT.DefaultSelection, event -> applyFilters());
        date.addListener(SWT.FocusOut, event -> applyFilters());
        return date;
    }

    private void enumChoices(Combo combo, List<? extends org.eclipse.emf.common.util.Enumerator> values) {
        List<String> items = new ArrayList<>();
        items.add(Messages.Inbox_all);
        values.forEach(value -> {
            String label = RegieLabels.enumerated(value);
            items.add(label == null ? value.getName() : label);
        });
        combo.setItems(items.toArray(String[]::new));
        combo.select(0);
    }

    /** The signal under the selection, in a dialog that can also retract it. */
    public SignalDetailsDialog openDetails() {
        if (table.getSelectionCount() != 1 || !(table.getSelection()[0].getData() instanceof SignalRecord record)) {
            return null;
        }
        SignalDetailsDialog dialog = new SignalDetailsDialog(table.getShell(), record, vocabulary,
                store, events);
        dialog.setBlockOnOpen(false);
        dialog.open();
        return dialog;
    }

    /** The form for a signal typed in by hand; it goes through the intake like any record. */
    public SignalFormDialog newSignal() {
        if (municipality == null || store == null) {
            return null;
        }
        SignalIntake intake = new SignalIntake(municipality);
        SignalFormDialog dialog = new SignalFormDialog(table.getShell(), new Vocabulary(municipality), Map.of(),
                Messages.Form_title, fields -> {
                    IntakeReport report = intake.submit(fields, "formulier", store);
                    if (report.accepted() == 1 && events != null) {
                        events.post(ImportSignalsJob.SIGNALS_CHANGED, Map.of(IEventBroker.DATA, report));
                    }
                    return report;
                });
        dialog.setBlockOnOpen(false);
        dialog.open();
        return dialog;
    }

    /** An import stored signals: read the table again. */
    @Inject
    @Optional
    public void signalsChanged(@UIEventTopic(ImportSignalsJob.SIGNALS_CHANGED) Object report) {
        reload();
    }

    /** The workspace gives the names of partners, substances and areas, and the filter choices. */
    @Inject
    public void setMunicipality(@Optional Municipality municipality) {
        this.municipality = municipality;
        vocabulary = new Vocabulary(municipality);
        if (table != null && !table.isDisposed()) {
            fillChoices();
            reload();
        }
    }

    private void choices(Combo combo, List<String> ids) {
        List<String> items = new ArrayList<>();
        items.add(Messages.Inbox_all);
        ids.forEach(id -> items.add(vocabulary.name(id)));
        combo.setItems(items.toArray(String[]::new));
        combo.select(0);
    }

    private void applyFilters() {
        SignalQuery narrowed = SignalQuery.ALL;
        if (substances.getSelectionIndex() > 0) {
            narrowed = narrowed.substances(vocabulary.substances().get(substances.getSelectionIndex() - 1));
        }
        if (sources.getSelectionIndex() > 0) {
            narrowed = narrowed.sources(vocabulary.partners().get(sources.getSelectionIndex() - 1));
        }
        if (areas.getSelectionIndex() > 0) {
            narrowed = narrowed.areas(vocabulary.areas().get(areas.getSelectionIndex() - 1));
        }
        if (groups.getSelectionIndex() > 0) {
            narrowed = narrowed.targetGroups(vocabulary.groups().get(groups.getSelectionIndex() - 1));
        }
        if (settings.getSelectionIndex() > 0) {
            narrowed = narrowed.settings(vocabulary.settings().get(settings.getSelectionIndex() - 1));
        }
        if (concerns.getSelectionIndex() > 0) {
            narrowed = narrowed.concerns(ConcernLevel.VALUES.get(concerns.getSelectionIndex() - 1));
        }
        if (statuses.getSelectionIndex() > 0) {
            narrowed = narrowed.statuses(SignalStatus.VALUES.get(statuses.getSelectionIndex() - 1));
        }
        java.time.LocalDate start;
        java.time.LocalDate end;
        try {
            start = day(from);
            end = day(to);
        } catch (IllegalArgumentException e) {
            count.setText(e.getMessage());
            count.getParent().layout(true, true);
            return;
        }
        if (start != null || end != null) {
            narrowed = narrowed.observed(start, end);
        }
        query = narrowed;
        reload();
    }

    private static java.time.LocalDate day(Text field) {
        String text = field.getText().strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return SignalIntake.parseDate(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(NLS.bind(Messages.Inbox_badDate, text), e);
        }
    }

    /** The query the filters make, for tests. */
    public SignalQuery getQuery() {
        return query;
    }

    /** The period filter, for tests (as a user types dates). */
    public void setPeriod(String fromText, String toText) {
        from.setText(fromText);
        to.setText(toText);
        applyFilters();
    }

    /** Counts the matching signals in a job, then lets the table ask for the rows it shows. */
    public void reload() {
        if (table == null || table.isDisposed() || store == null) {
            return;
        }
        int current = ++generation;
        pages.clear();
        loading.clear();
        SignalQuery selected = query;
        Job job = new Job(Messages.Inbox_loading) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    long total = store.count(selected);
                    ui.asyncExec(() -> {
                        if (current == generation && !table.isDisposed()) {
                            table.clearAll();
                            table.setItemCount((int) Math.min(Integer.MAX_VALUE, total));
                            count.setText(NLS.bind(Messages.Inbox_count, total));
                            table.getParent().layout(true, true);
                        }
                    });
                } catch (StoreException e) {
                    ui.asyncExec(() -> count.setText(e.getLocalizedMessage()));
                }
                return Status.OK_STATUS;
            }
        };
        job.setSystem(true);
        job.schedule();
    }

    private void fill(TableItem item, int index) {
        int page = index / PAGE;
        List<SignalRecord> records = pages.get(page);
        if (records == null) {
            fetch(page);
            item.setText(0, "...");
            return;
        }
        int offset = index % PAGE;
        if (offset >= records.size()) {
            return;
        }
        SignalRecord record = records.get(offset);
        item.setData(record);
        item.setText(new String[] {DATE.format(record.observedOn()), name(record.sourceId()),
                String.join(", ", record.substanceIds().stream().map(this::name).toList()), name(record.areaId()),
                RegieLabels.enumerated(record.concern()) == null ? record.concern().getName()
                        : RegieLabels.enumerated(record.concern()),
                record.description() == null ? "" : record.description().replace('\n', ' ')});
    }

    private String name(String id) {
        return vocabulary.name(id);
    }

    /** Reads one page in a job; the rows it covers are redrawn when it is there. */
    private void fetch(int page) {
        if (!loading.add(page)) {
            return;
        }
        int current = generation;
        SignalQuery selected = query;
        Job job = new Job(Messages.Inbox_loading) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    List<SignalRecord> records = store.query(selected, page * PAGE, PAGE);
                    ui.asyncExec(() -> {
                        if (current != generation || table.isDisposed()) {
                            return;
                        }
                        pages.put(page, records);
                        int from = page * PAGE;
                        int to = Math.min(table.getItemCount() - 1, from + records.size() - 1);
                        if (to >= from) {
                            table.clear(from, to);
                        }
                    });
                } catch (StoreException e) {
                    ui.asyncExec(() -> count.setText(e.getLocalizedMessage()));
                }
                return Status.OK_STATUS;
            }
        };
        job.setSystem(true);
        job.schedule();
    }

    /** The table, for tests. */
    public Table getTable() {
        return table;
    }

    /** What the count label says, for tests. */
    /** The substance filter, for tests and keyboard users alike: its first choice is "all". */
    public Combo getSubstanceFilter() {
        return substances;
    }

    public String getCount() {
        return count.getText();
    }

    @Focus
    public void setFocus() {
        table.setFocus();
    }
}
