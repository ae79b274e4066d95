// SPDX-License-Identifier: EPL-2.0
package nl.regie.ui.parts;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
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

import nl.regie.model.Area;
import nl.regie.model.Municipality;
import nl.regie.model.NamedElement;
import nl.regie.model.Partner;
import nl.regie.model.RegieObject;
import nl.regie.model.Substance;
import nl.regie.model.edit.RegieLabels;
import nl.regie.store.SignalQuery;
import nl.regie.store.SignalRecord;
import nl.regie.store.SignalStore;
import nl.regie.store.StoreException;
import nl.regie.ui.signals.ImportSignalsJob;
import nl.regie.ui.internal.Messages;

/**
 * The Signal Inbox (Signalen): every signal in the store, newest first, in a virtual table that asks the store for
 * one page at a time (in a job) for the rows that are on screen, so a million signals never sit in memory. Filters
 * by substance, partner and area narrow the query in the store.
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

    private final Map<String, String> names = new HashMap<>();
    private final List<String> substanceIds = new ArrayList<>();
    private final List<String> sourceIds = new ArrayList<>();
    private final List<String> areaIds = new ArrayList<>();
    private final Map<Integer, List<SignalRecord>> pages = new ConcurrentHashMap<>();
    private final Set<Integer> loading = new HashSet<>();
    private SignalQuery query = SignalQuery.ALL;
    private int generation;

    private Combo substances;
    private Combo sources;
    private Combo areas;
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
        areas = filter(bar, Messages.Inbox_area);
        Button refresh = new Button(bar, SWT.PUSH);
        refresh.setText(Messages.Inbox_refresh);
        refresh.addListener(SWT.Selection, event -> reload());
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
        fillChoices();
        reload();
    }

    private void fillChoices() {
        choices(substances, substanceIds);
        choices(sources, sourceIds);
        choices(areas, areaIds);
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

    /** An import stored signals: read the table again. */
    @Inject
    @Optional
    public void signalsChanged(@UIEventTopic(ImportSignalsJob.SIGNALS_CHANGED) Object report) {
        reload();
    }

    /** The workspace gives the names of partners, substances and areas, and the filter choices. */
    @Inject
    public void setMunicipality(@Optional Municipality municipality) {
        names.clear();
        substanceIds.clear();
        sourceIds.clear();
        areaIds.clear();
        if (municipality != null) {
            for (TreeIterator<EObject> it = municipality.eAllContents(); it.hasNext();) {
                EObject object = it.next();
                if (object instanceof NamedElement named && object instanceof RegieObject regie && regie.getId() != null) {
                    names.put(regie.getId(), named.getName());
                    if (object instanceof Substance) {
                        substanceIds.add(regie.getId());
                    } else if (object instanceof Partner) {
                        sourceIds.add(regie.getId());
                    } else if (object instanceof Area) {
                        areaIds.add(regie.getId());
                    }
                }
            }
        }
        if (table != null && !table.isDisposed()) {
            fillChoices();
            reload();
        }
    }

    private void choices(Combo combo, List<String> ids) {
        List<String> items = new ArrayList<>();
        items.add(Messages.Inbox_all);
        ids.forEach(id -> items.add(names.getOrDefault(id, id)));
        combo.setItems(items.toArray(String[]::new));
        combo.select(0);
    }

    private void applyFilters() {
        SignalQuery narrowed = SignalQuery.ALL;
        if (substances.getSelectionIndex() > 0) {
            narrowed = narrowed.substances(substanceIds.get(substances.getSelectionIndex() - 1));
        }
        if (sources.getSelectionIndex() > 0) {
            narrowed = narrowed.sources(sourceIds.get(sources.getSelectionIndex() - 1));
        }
        if (areas.getSelectionIndex() > 0) {
            narrowed = narrowed.areas(areaIds.get(areas.getSelectionIndex() - 1));
        }
        query = narrowed;
        reload();
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
        return id == null ? "" : names.getOrDefault(id, id);
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
