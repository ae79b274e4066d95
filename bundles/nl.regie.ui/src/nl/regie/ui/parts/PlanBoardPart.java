// SPDX-License-Identifier: EPL-2.0
package nl.regie.ui.parts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import nl.regie.catalog.InterventionCatalogue;
import nl.regie.model.Action;
import nl.regie.model.ActionPlan;
import nl.regie.model.Concern;
import nl.regie.model.ConcernKind;
import nl.regie.model.Intervention;
import nl.regie.model.Municipality;
import nl.regie.model.NamedElement;
import nl.regie.model.Partner;
import nl.regie.model.Pillar;
import nl.regie.model.Policy;
import nl.regie.model.RegieObject;
import nl.regie.model.RegiePackage;
import nl.regie.model.RoundTable;
import nl.regie.model.Setting;
import nl.regie.model.TargetGroup;
import nl.regie.model.Track;
import nl.regie.model.edit.RegieLabels;
import nl.regie.planning.Coherence;
import nl.regie.planning.PlanEditing;
import nl.regie.planning.PlanEditing.Created;
import nl.regie.planning.Recommender;
import nl.regie.planning.Recommender.Need;
import nl.regie.planning.Recommender.Recommendation;
import nl.regie.signals.clusters.ClusterDetector;
import nl.regie.signals.clusters.ClusterDetector.Cluster;
import nl.regie.store.SignalStore;
import nl.regie.ui.internal.Forms;
import nl.regie.ui.internal.Messages;
import nl.regie.ui.session.SessionLink;
import nl.regie.ui.session.WorkspaceSession;

/**
 * Planbord (plan board): the chosen plan as tracks by pillars, each action a card with its owner and status (a card
 * without an owner shows red); a click on a card selects the action for the action editor and the properties. Under
 * the board the analyst builds the plan: recommendations for a worrying cluster or a need, added to a track with an
 * owner; a new track with its lead; a round table flowing into the plan; a plan version set down. Every change is an
 * EMF command on the workspace's stack, so Edit > Undo and Redo work on all of it.
 */
public class PlanBoardPart {

    /** The id of this part in the application model. */
    public static final String ID = "nl.regie.ui.part.planBoard";

    private static final RegiePackage P = RegiePackage.eINSTANCE;

    /** Cards drawn per cell; more are counted (the action editor and the Policy Explorer reach every action). */
    static final int MAX_CARDS = 12;

    @Inject
    private UISynchronize ui;
    @Inject
    @Optional
    private ESelectionService selectionService;
    @Inject
    @Optional
    private SignalStore signals;

    private WorkspaceSession session;
    private final SessionLink link = new SessionLink(changed -> refresh());

    private Combo plans;
    private CTabFolder tabs;
    private Label summary;
    private Composite board;
    private Combo clusterCombo;
    private Combo groupCombo;
    private Combo goalCombo;
    private Combo settingCombo;
    private Combo pillarCombo;
    private Table recommendations;
    private Combo trackCombo;
    private Combo ownerCombo;
    private Text trackName;
    private Combo leadCombo;
    private Combo tableCombo;
    private Text newTableTitle;
    private Text newTableDate;
    private org.eclipse.swt.widgets.List participants;
    private Text picture;
    private Combo concernPartner;
    private Combo concernKind;
    private Text concernText;
    private Text agreementTitle;
    private org.eclipse.swt.widgets.List concerns;
    private Combo flowTrackCombo;
    private Text versionNote;
    private Label message;

    private final List<ActionPlan> planChoices = new ArrayList<>();
    private final List<Cluster> flagged = new ArrayList<>();
    private List<Recommendation> ranked = List.of();
    private Action selected;

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Composite top = new Composite(parent, SWT.NONE);
        top.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        top.setLayout(new GridLayout(3, false));
        new Label(top, SWT.NONE).setText(Messages.PlanBoard_plan);
        plans = new Combo(top, SWT.READ_ONLY);
        plans.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        plans.addListener(SWT.Selection, e -> {
            if (session != null && plans.getSelectionIndex() >= 0) {
                session.showPlan(planChoices.get(plans.getSelectionIndex()));
            }
        });
        Button newPlan = new Button(top, SWT.PUSH);
        newPlan.setText(Messages.PlanBoard_newPlan);
        newPlan.addListener(SWT.Selection, e -> newPlan());
        summary = new Label(parent, SWT.WRAP);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        ScrolledComposite scroll = new ScrolledComposite(sash, SWT.V_SCROLL | SWT.H_SCROLL);
        board = new Composite(scroll, SWT.NONE);
        scroll.setContent(board);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        scroll.addListener(SWT.Resize, e -> fit());

        tabs = new CTabFolder(sash, SWT.BORDER | SWT.FLAT);
        recommendTab(tab(tabs, Messages.PlanBoard_tabRecommend));
        trackTab(tab(tabs, Messages.PlanBoard_tabTrack));
        roundTableTab(tab(tabs, Messages.PlanBoard_tabRoundTable));
        versionTab(tab(tabs, Messages.PlanBoard_tabVersion));
        tabs.setSelection(0);
        sash.setWeights(50, 50);
        message = new Label(parent, SWT.WRAP);
        message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        refresh();
        findClusters();
    }

    private static Composite row(Composite parent, int columns) {
        Composite row = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(columns, false);
        layout.marginWidth = layout.marginHeight = 0;
        row.setLayout(layout);
        row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return row;
    }

    private static Composite tab(CTabFolder tabs, String title) {
        CTabItem item = new CTabItem(tabs, SWT.NONE);
        item.setText(title);
        Composite page = new Composite(tabs, SWT.NONE);
        item.setControl(page);
        return page;
    }

    private void recommendTab(Composite page) {
        page.setLayout(new GridLayout(7, false));
        clusterCombo = Forms.combo(page, Messages.PlanBoard_cluster);
        ((GridData) clusterCombo.getLayoutData()).horizontalSpan = 6;
        clusterCombo.addListener(SWT.Selection, e -> clusterChosen());
        goalCombo = Forms.combo(page, Messages.PlanBoard_goal);
        ((GridData) goalCombo.getLayoutData()).horizontalSpan = 6;
        goalCombo.addListener(SWT.Selection, e -> goalChosen());
        groupCombo = Forms.combo(page, Messages.PlanBoard_group);
        settingCombo = Forms.combo(page, Messages.PlanBoard_setting);
        new Label(page, SWT.NONE).setText(Messages.PlanBoard_pillar);
        pillarCombo = new Combo(page, SWT.READ_ONLY);
        for (Pillar pillar : Pillar.VALUES) {
            pillarCombo.add(label(pillar));
        }
        pillarCombo.select(0);
        Button recommend = new Button(page, SWT.PUSH);
        recommend.setText(Messages.PlanBoard_recommend);
        recommend.addListener(SWT.Selection, e -> recommend());
        recommendations = new Table(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        recommendations.setHeaderVisible(true);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true, 7, 1);
        tableData.heightHint = 110;
        recommendations.setLayoutData(tableData);
        for (String[] column : new String[][] {{Messages.PlanBoard_intervention, "260"}, {Messages.PlanBoard_points, "55"},
                {Messages.PlanBoard_why, "700"}}) {
            TableColumn c = new TableColumn(recommendations, SWT.NONE);
            c.setText(column[0]);
            c.setWidth(Integer.parseInt(column[1]));
        }
        trackCombo = Forms.combo(page, Messages.PlanBoard_track);
        ownerCombo = Forms.combo(page, Messages.PlanBoard_owner);
        Forms.button(page, Messages.PlanBoard_addAction, 3, this::addRecommended);
    }

    private void trackTab(Composite page) {
        page.setLayout(new GridLayout(2, false));
        trackName = Forms.text(page, Messages.PlanBoard_trackName);
        leadCombo = Forms.combo(page, Messages.PlanBoard_lead);
        Forms.button(page, Messages.PlanBoard_addTrack, 2, this::addTrack);
    }

    private void roundTableTab(Composite page) {
        page.setLayout(new GridLayout(2, true));
        // left: record a round table, its concerns and agreements; right: a table's lines and the flow into the plan
        Composite record = new Composite(page, SWT.NONE);
        record.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        record.setLayout(new GridLayout(2, false));
        new Label(record, SWT.NONE).setText(Messages.PlanBoard_tableTitle);
        Composite titleRow = row(record, 3);
        newTableTitle = new Text(titleRow, SWT.BORDER);
        newTableTitle.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(titleRow, SWT.NONE).setText(Messages.PlanBoard_tableDate);
        newTableDate = new Text(titleRow, SWT.BORDER);
        GridData dateData = new GridData(SWT.FILL, SWT.CENTER, false, false);
        dateData.widthHint = 90;
        newTableDate.setLayoutData(dateData);
        new Label(record, SWT.NONE).setText(Messages.PlanBoard_participants);
        participants = new org.eclipse.swt.widgets.List(record, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
        GridData partData = new GridData(SWT.FILL, SWT.FILL, true, true);
        partData.heightHint = 60;
        partData.widthHint = 150;
        participants.setLayoutData(partData);
        new Label(record, SWT.NONE).setText(Messages.PlanBoard_picture);
        picture = new Text(record, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridData pictureData = new GridData(SWT.FILL, SWT.FILL, true, false);
        pictureData.heightHint = 36;
        pictureData.widthHint = 150;
        picture.setLayoutData(pictureData);
        Forms.button(record, Messages.PlanBoard_recordTable, 2, this::recordTable);
        new Label(record, SWT.NONE).setText(Messages.PlanBoard_concern);
        Composite concernRow = row(record, 4);
        concernPartner = new Combo(concernRow, SWT.READ_ONLY);
        GridData partnerData = new GridData(SWT.FILL, SWT.CENTER, false, false);
        partnerData.widthHint = 110;
        concernPartner.setLayoutData(partnerData);
        concernKind = new Combo(concernRow, SWT.READ_ONLY);
        for (ConcernKind kind : ConcernKind.VALUES) {
            concernKind.add(label(kind));
        }
        concernKind.select(0);
        concernText = new Text(concernRow, SWT.BORDER);
        GridData textData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        textData.widthHint = 80;
        concernText.setLayoutData(textData);
        concernText.setMessage(Messages.PlanBoard_concernText);
        Button addConcern = new Button(concernRow, SWT.PUSH);
        addConcern.setText(Messages.PlanBoard_addConcern);
        addConcern.addListener(SWT.Selection, e -> addConcern());
        new Label(record, SWT.NONE).setText(Messages.PlanBoard_agreement);
        Composite agreementRow = row(record, 2);
        agreementTitle = new Text(agreementRow, SWT.BORDER);
        GridData agreementData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        agreementData.widthHint = 80;
        agreementTitle.setLayoutData(agreementData);
        agreementTitle.setMessage(Messages.PlanBoard_agreementHint);
        Button addAgreement = new Button(agreementRow, SWT.PUSH);
        addAgreement.setText(Messages.PlanBoard_addAgreement);
        addAgreement.addListener(SWT.Selection, e -> addAgreement());

        Composite flowSide = new Composite(page, SWT.NONE);
        flowSide.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        flowSide.setLayout(new GridLayout(2, false));
        tableCombo = Forms.combo(flowSide, Messages.PlanBoard_roundTable);
        tableCombo.addListener(SWT.Selection, e -> showConcerns());
        concerns = new org.eclipse.swt.widgets.List(flowSide, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        GridData listData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        listData.heightHint = 90;
        concerns.setLayoutData(listData);
        flowTrackCombo = Forms.combo(flowSide, Messages.PlanBoard_flowTrack);
        Forms.button(flowSide, Messages.PlanBoard_flow, 2, this::flow);
    }

    /**
     * Records a round table from the fields: title, date, the partners chosen as present, the shared picture and the
     * cluster chosen under Recommend (if any). Returns it, or null with what is missing.
     */
    public RoundTable recordTable() {
        Municipality municipality = municipality();
        if (municipality == null) {
            return null;
        }
        LocalDate date;
        try {
            date = newTableDate.getText().isBlank() ? null : nl.regie.signals.SignalIntake.parseDate(newTableDate.getText());
        } catch (IllegalArgumentException e) {
            message.setText(e.getMessage());
            return null;
        }
        List<Partner> present = new ArrayList<>();
        for (int index : participants.getSelectionIndices()) {
            present.add(partners().get(index));
        }
        if (newTableTitle.getText().isBlank() || date == null || present.isEmpty()) {
            message.setText(Messages.PlanBoard_tableIncomplete);
            return null;
        }
        int cluster = clusterCombo.getSelectionIndex() - 1;
        List<String> keys = cluster >= 0 && cluster < flagged.size() ? List.of(PlanEditing.key(flagged.get(cluster)))
                : List.of();
        Created<RoundTable> created = editing().newRoundTable(municipality, newTableTitle.getText().strip(), date, present,
                picture.getText().isBlank() ? null : picture.getText().strip(), keys);
        execute(created.command());
        refresh();
        tableCombo.select(municipality.getRoundTables().indexOf(created.object()));
        showConcerns();
        message.setText(NLS.bind(Messages.PlanBoard_tableRecorded, created.object().getTitle()));
        return created.object();
    }

    /** Fills in a new round table as a user does: title, date, the names of those present and the picture (for tests). */
    public void setTable(String title, String date, List<String> present, String shared) {
        newTableTitle.setText(title);
        newTableDate.setText(date);
        participants.deselectAll();
        for (String name : present) {
            participants.select(participants.indexOf(name));
        }
        picture.setText(shared);
    }

    /** Adds a concern to the chosen round table from the fields. */
    public void addConcern() {
        RoundTable table = chosen(tableCombo, false);
        Partner partner = chosen(concernPartner, false);
        if (table == null || partner == null || concernText.getText().isBlank()) {
            message.setText(Messages.PlanBoard_concernIncomplete);
            return;
        }
        execute(editing().addConcern(table, partner, ConcernKind.VALUES.get(Math.max(0, concernKind.getSelectionIndex())),
                concernText.getText().strip()).command());
        concernText.setText("");
    }

    /** Types a concern as a user does: the partner's name, the kind and the text (for tests). */
    public void setConcern(String partner, ConcernKind kind, String text) {
        concernPartner.select(concernPartner.indexOf(partner));
        concernKind.select(ConcernKind.VALUES.indexOf(kind));
        concernText.setText(text);
    }

    /** Adds an agreement between the partners chosen as present to the chosen round table. */
    public void addAgreement() {
        RoundTable table = chosen(tableCombo, false);
        List<Partner> between = new ArrayList<>();
        for (int index : participants.getSelectionIndices()) {
            between.add(partners().get(index));
        }
        if (table == null || agreementTitle.getText().isBlank() || between.size() < 2) {
            message.setText(Messages.PlanBoard_agreementIncomplete);
            return;
        }
        execute(editing().addAgreement(table, agreementTitle.getText().strip(), null, between).command());
        agreementTitle.setText("");
    }

    /** Shows a tab under the board: 0 recommend, 1 track, 2 round table, 3 version (for tests and screenshots). */
    public void showTab(int index) {
        tabs.setSelection(index);
    }

    /** Types an agreement's title (for tests); its partners are those chosen as present. */
    public void setAgreement(String title) {
        agreementTitle.setText(title);
    }

    private void versionTab(Composite page) {
        page.setLayout(new GridLayout(2, false));
        Label explain = new Label(page, SWT.WRAP);
        explain.setText(Messages.PlanBoard_versionExplain);
        explain.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        versionNote = Forms.text(page, Messages.PlanBoard_versionNote);
        Forms.button(page, Messages.PlanBoard_freeze, 2, this::freeze);
    }

    /** Follows the session the lifecycle puts into the context. */
    @Inject
    public void setSession(@Optional WorkspaceSession newSession) {
        session = link.follow(newSession);
        refresh();
        findClusters();
    }

    /** Signals were imported or retracted: look for flagged clusters again. */
    @Inject
    @Optional
    public void signalsChanged(@org.eclipse.e4.ui.di.UIEventTopic(nl.regie.ui.signals.ImportSignalsJob.SIGNALS_CHANGED)
            Object change) {
        findClusters();
    }

    @PreDestroy
    public void dispose() {
        link.close();
    }

    private Municipality municipality() {
        return session == null ? null : session.municipality();
    }

    /** The plan on the board, or null. */
    public ActionPlan getPlan() {
        return session == null ? null : session.plan();
    }

    /** Redraws everything from the workspace in memory. */
    public void refresh() {
        if (board == null || board.isDisposed()) {
            return;
        }
        Municipality municipality = municipality();
        ActionPlan plan = getPlan();
        planChoices.clear();
        plans.removeAll();
        if (municipality != null) {
            for (Policy policy : municipality.getPolicies()) {
                for (ActionPlan p : policy.getActionPlans()) {
                    planChoices.add(p);
                    plans.add(p.getTitle() == null ? p.getId() : p.getTitle());
                }
            }
        }
        plans.select(planChoices.indexOf(plan));
        List<nl.regie.model.Goal> goals = new ArrayList<>();
        if (municipality != null) {
            municipality.getPolicies().forEach(p -> goals.addAll(p.getGoals()));
        }
        fill(goalCombo, goals, nl.regie.model.Goal::getStatement, true);
        fill(groupCombo, municipality == null ? List.of() : municipality.getTargetGroups(), TargetGroup::getName, true);
        fill(settingCombo, municipality == null ? List.of() : municipality.getSettings(), Setting::getName, true);
        fill(ownerCombo, partners(), Partner::getName, false);
        fill(leadCombo, partners(), Partner::getName, false);
        fill(concernPartner, partners(), Partner::getName, false);
        int[] present = participants.getSelectionIndices();
        participants.removeAll();
        partners().forEach(p -> participants.add(p.getName() == null ? "?" : p.getName()));
        participants.select(present);
        fill(trackCombo, plan == null ? List.of() : plan.getTracks(), Track::getName, false);
        fill(flowTrackCombo, plan == null ? List.of() : plan.getTracks(), Track::getName, true);
        fill(tableCombo, municipality == null ? List.of() : municipality.getRoundTables(), RoundTable::getTitle, false);
        if (tableCombo.getSelectionIndex() < 0 && tableCombo.getItemCount() > 0) {
            tableCombo.select(0);
        }
        showConcerns();
        drawBoard(plan);
    }

    private List<Partner> partners() {
        Municipality municipality = municipality();
        return municipality == null ? List.of() : municipality.getPartners();
    }

    /** Fills a combo and keeps its choice (the same object) where it can; an optional first entry stands for none. */
    private static <T> void fill(Combo combo, List<T> items, Function<T, String> name, boolean none) {
        Object chosen = chosen(combo, none);
        combo.removeAll();
        if (none) {
            combo.add(Messages.PlanBoard_none);
        }
        for (T item : items) {
            String text = name.apply(item);
            combo.add(text == null ? "?" : text);
        }
        int index = chosen == null ? -1 : items.indexOf(chosen);
        combo.select(index >= 0 ? index + (none ? 1 : 0) : none ? 0 : -1);
        combo.setData(List.copyOf(items));
    }

    @SuppressWarnings("unchecked")
    private static <T> T chosen(Combo combo, boolean none) {
        int index = combo.getSelectionIndex() - (none ? 1 : 0);
        List<T> items = (List<T>) combo.getData();
        return items == null || index < 0 || index >= items.size() ? null : items.get(index);
    }

    private void drawBoard(ActionPlan plan) {
        for (Control child : board.getChildren()) {
            child.dispose();
        }
        Municipality municipality = municipality();
        if (selected != null && (municipality == null
                || !org.eclipse.emf.ecore.util.EcoreUtil.isAncestor(municipality, selected))) {
            // undone or removed: nothing stays selected that is no longer in the workspace
            selected = null;
            if (selectionService != null) {
                selectionService.setSelection(null);
            }
        }
        if (plan == null) {
            summary.setText(Messages.PlanBoard_noPlan);
            board.setLayout(new GridLayout(1, false));
            board.layout(true, true);
            return;
        }
        Diagnostic check = new Coherence(java.util.Locale.getDefault(), nl.regie.ui.internal.Services.all(nl.regie.planning.CoherenceCheck.class)).check(plan, flagged, this::name);
        long errors = check.getChildren().stream().filter(d -> d.getSeverity() == Diagnostic.ERROR).count();
        long warnings = check.getChildren().size() - errors;
        Locale locale = Locale.getDefault();
        String budget = plan.getBudget() == null ? NLS.bind(Messages.PlanBoard_budgetNone,
                PlanEditing.euros(PlanEditing.total(plan), locale))
                : NLS.bind(Messages.PlanBoard_budget, PlanEditing.euros(PlanEditing.total(plan), locale),
                        PlanEditing.euros(plan.getBudget(), locale));
        summary.setText(NLS.bind(Messages.PlanBoard_summary, new Object[] {plan.getTracks().size(), budget, errors,
                warnings}));

        GridLayout layout = new GridLayout(Pillar.VALUES.size() + 1, true);
        layout.horizontalSpacing = layout.verticalSpacing = 3;
        board.setLayout(layout);
        heading(Messages.PlanBoard_trackHeading);
        for (Pillar pillar : Pillar.VALUES) {
            heading(label(pillar));
        }
        for (Track track : plan.getTracks()) {
            Label name = new Label(board, SWT.WRAP);
            name.setText(track.getName() + "\n" + (track.getOwner() == null ? Messages.PlanBoard_noLead
                    : NLS.bind(Messages.PlanBoard_leadIs, track.getOwner().getName())));
            name.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false));
            if (track.getOwner() == null) {
                name.setForeground(new Color(170, 30, 30));
            }
            for (Pillar pillar : Pillar.VALUES) {
                Composite cell = new Composite(board, SWT.BORDER);
                cell.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
                GridLayout cellLayout = new GridLayout(1, false);
                cellLayout.marginWidth = cellLayout.marginHeight = 2;
                cell.setLayout(cellLayout);
                int inCell = 0;
                for (Action action : track.getActions()) {
                    if (action.isSetPillar() && action.getPillar() == pillar && inCell++ < MAX_CARDS) {
                        card(cell, action);
                    }
                }
                if (inCell > MAX_CARDS) {
                    // a board of thousands of actions stays quick: the rest of a cell is counted, not drawn
                    new Label(cell, SWT.NONE).setText(NLS.bind(Messages.PlanBoard_more, inCell - MAX_CARDS));
                }
            }
        }
        board.layout(true, true);
        fit();
    }

    private void heading(String text) {
        Label heading = new Label(board, SWT.WRAP | SWT.CENTER);
        heading.setText(text);
        heading.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false));
    }

    private void card(Composite cell, Action action) {
        Label card = new Label(cell, SWT.WRAP | SWT.BORDER);
        card.setText(action.getTitle() + "\n" + (action.getOwner() == null ? Messages.PlanBoard_noOwner
                : action.getOwner().getName()) + " \u00b7 " + (action.getStatus() == null ? "" : label(action.getStatus())));
        card.setBackground(action.getOwner() == null ? new Color(244, 199, 195)
                : action == selected ? new Color(205, 225, 250) : new Color(250, 250, 245));
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = 120;
        card.setLayoutData(data);
        card.setData(action);
        // redraw after the click is handled: the board disposes this card when it draws again
        card.addListener(SWT.MouseUp, e -> ui.asyncExec(() -> select(action)));
    }

    private void fit() {
        ScrolledComposite scroll = (ScrolledComposite) board.getParent();
        int width = scroll.getClientArea().width;
        if (width > 0) {
            scroll.setMinSize(board.computeSize(width, SWT.DEFAULT));
        }
    }

    /** Selects an action as a click on its card does: the action editor and the properties follow. */
    public void select(Action action) {
        if (board.isDisposed()) {
            return;
        }
        selected = action;
        if (selectionService != null) {
            selectionService.setSelection(action);
        }
        drawBoard(getPlan());
    }

    private String name(String id) {
        return nameOf(municipality(), id);
    }

    /** The name of a named workspace object by its id (as cluster keys hold them), else the id. */
    static String nameOf(Municipality municipality, String id) {
        if (municipality != null) {
            for (var it = municipality.eAllContents(); it.hasNext();) {
                if (it.next() instanceof NamedElement named && named instanceof RegieObject object
                        && id.equals(object.getId())) {
                    return named.getName();
                }
            }
        }
        return id;
    }

    /** Finds the flagged clusters in the signal store, in a job. */
    private void findClusters() {
        if (clusterCombo != null) {
            findFlagged(signals, ui, this::showClusters);
        }
    }

    /**
     * Finds the flagged clusters of the signal store as of its newest signal (or today, if that is earlier) in a
     * (system) job and hands them to the UI thread.
     */
    static Job findFlagged(SignalStore store, UISynchronize ui, java.util.function.Consumer<List<Cluster>> found) {
        if (store == null) {
            return null;
        }
        Job job = new Job(Messages.PlanBoard_findingClusters) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    // as of the newest signal: a municipality looks at its latest picture, also when it is older
                    LocalDate asOf = LocalDate.now();
                    var newest = store.query(nl.regie.store.SignalQuery.ALL, 0, 1);
                    if (!newest.isEmpty() && newest.get(0).observedOn() != null
                            && newest.get(0).observedOn().isBefore(asOf)) {
                        asOf = newest.get(0).observedOn();
                    }
                    List<Cluster> flagged = new ClusterDetector().clusters(store, asOf).stream()
                            .filter(Cluster::flagged).toList();
                    ui.asyncExec(() -> found.accept(flagged));
                    return Status.OK_STATUS;
                } catch (Exception e) {
                    return Status.warning(e.getMessage(), e);
                }
            }
        };
        job.setSystem(true);
        job.schedule();
        return job;
    }

    private void showClusters(List<Cluster> found) {
        if (clusterCombo.isDisposed()) {
            return;
        }
        flagged.clear();
        flagged.addAll(found);
        clusterCombo.removeAll();
        clusterCombo.add(Messages.PlanBoard_none);
        for (Cluster cluster : flagged) {
            clusterCombo.add(String.join(", ", ClusterDetector.describe(cluster, this::name, d -> "-")) + " ("
                    + cluster.recent() + ")");
        }
        clusterCombo.select(0);
        drawBoard(getPlan());
    }

    /** The flagged clusters the board knows (for tests and the combo). */
    public List<Cluster> getFlagged() {
        return List.copyOf(flagged);
    }

    /** Chooses a flagged cluster: its group and setting fill the need. */
    public void chooseCluster(int index) {
        clusterCombo.select(index + 1);
        clusterChosen();
    }

    private void clusterChosen() {
        int index = clusterCombo.getSelectionIndex() - 1;
        if (index < 0 || index >= flagged.size()) {
            return;
        }
        Map<nl.regie.store.SignalDimension, String> key = flagged.get(index).key();
        selectById(groupCombo, key.get(nl.regie.store.SignalDimension.TARGET_GROUP));
        selectById(settingCombo, key.get(nl.regie.store.SignalDimension.SETTING));
    }

    private static void selectById(Combo combo, String id) {
        @SuppressWarnings("unchecked")
        List<RegieObject> items = (List<RegieObject>) combo.getData();
        combo.select(0);
        if (id != null && items != null) {
            for (int i = 0; i < items.size(); i++) {
                if (id.equals(items.get(i).getId())) {
                    combo.select(i + 1);
                }
            }
        }
    }

    /** Chooses a goal: its target group and first pillar fill the need; an action added then serves the goal. */
    private void goalChosen() {
        nl.regie.model.Goal goal = chosen(goalCombo, true);
        if (goal == null) {
            return;
        }
        selectById(groupCombo, goal.getTargetGroup() == null ? null : goal.getTargetGroup().getId());
        if (!goal.getPillars().isEmpty()) {
            pillarCombo.select(Pillar.VALUES.indexOf(goal.getPillars().get(0)));
        }
    }

    /** Chooses a goal by its statement, as a user does (for tests). */
    public void chooseGoal(String statement) {
        goalCombo.select(Math.max(0, goalCombo.indexOf(statement)));
        goalChosen();
    }

    /** Sets the need as a user does with the combos: a target group and setting by name (null for none) and a pillar. */
    public void setNeed(String group, String setting, Pillar pillar) {
        groupCombo.select(group == null ? 0 : Math.max(0, groupCombo.indexOf(group)));
        settingCombo.select(setting == null ? 0 : Math.max(0, settingCombo.indexOf(setting)));
        pillarCombo.select(Pillar.VALUES.indexOf(pillar));
    }

    private Need need() {
        return new Need(chosen(groupCombo, true), chosen(settingCombo, true),
                EnumSet.of(Pillar.VALUES.get(Math.max(0, pillarCombo.getSelectionIndex()))));
    }

    /** Ranks the catalogue for the need and shows each entry with its points and why. */
    public void recommend() {
        recommendations.removeAll();
        // the workspace's own entries first: a catalogue entry of the same name or id is the same intervention
        Municipality municipality = municipality();
        List<Intervention> entries = new ArrayList<>(municipality == null ? List.of() : municipality.getInterventions());
        for (Intervention entry : new InterventionCatalogue(CataloguePart.contributions()).entries()) {
            if (entries.stream().noneMatch(e -> java.util.Objects.equals(e.getName(), entry.getName())
                    || java.util.Objects.equals(e.getId(), entry.getId()))) {
                entries.add(entry);
            }
        }
        ranked = new Recommender().recommend(need(), entries, getPlan(), LocalDate.now());
        for (Recommendation recommendation : ranked) {
            TableItem item = new TableItem(recommendations, SWT.NONE);
            item.setText(new String[] {recommendation.intervention().getName(), String.valueOf(recommendation.score()),
                    String.join("; ", recommendation.reasons())});
            if (recommendation.advisedAgainst()) {
                item.setForeground(new Color(170, 30, 30));
            }
        }
        if (!ranked.isEmpty()) {
            recommendations.select(0);
        }
    }

    /** The recommendations as shown: name, points and reasons (for tests). */
    public List<String> getRecommendations() {
        List<String> rows = new ArrayList<>();
        for (TableItem item : recommendations.getItems()) {
            rows.add(item.getText(0) + " | " + item.getText(1) + " | " + item.getText(2));
        }
        return rows;
    }

    /** Picks a recommendation by the intervention's name, the track and the owner, as a user does (for tests). */
    public void choose(String intervention, String track, String owner) {
        for (int i = 0; i < ranked.size(); i++) {
            if (ranked.get(i).intervention().getName().equals(intervention)) {
                recommendations.select(i);
            }
        }
        trackCombo.select(trackCombo.indexOf(track));
        ownerCombo.select(ownerCombo.indexOf(owner));
    }

    /**
     * Adds the chosen recommendation to the chosen track with the chosen owner, linking the signals of the chosen
     * cluster. Returns the new action, or null with the reason shown.
     */
    public Action addRecommended() {
        int index = recommendations.getSelectionIndex();
        Track track = chosen(trackCombo, false);
        if (index < 0 || index >= ranked.size() || track == null || session == null) {
            message.setText(Messages.PlanBoard_chooseFirst);
            return null;
        }
        int cluster = clusterCombo.getSelectionIndex() - 1;
        Created<Action> created = editing().addAction(track, ranked.get(index).intervention(), need(),
                chosen(ownerCombo, false), List.of(), cluster >= 0 && cluster < flagged.size() ? flagged.get(cluster) : null);
        nl.regie.model.Goal goal = chosen(goalCombo, true);
        if (goal != null) {
            // the action is not in the workspace until the command runs: linking it to the goal is part of adding it
            created.object().getGoals().add(goal);
        }
        execute(created.command());
        message.setText(NLS.bind(Messages.PlanBoard_added, created.object().getTitle(), track.getName()));
        select(created.object());
        return created.object();
    }

    /** Adds a track with the name and lead typed and chosen. */
    public Track addTrack() {
        ActionPlan plan = getPlan();
        if (plan == null || trackName.getText().isBlank()) {
            message.setText(Messages.PlanBoard_trackNameFirst);
            return null;
        }
        Created<Track> created = editing().addTrack(plan, trackName.getText().strip(), chosen(leadCombo, false));
        execute(created.command());
        trackName.setText("");
        message.setText(NLS.bind(Messages.PlanBoard_trackAdded, created.object().getName()));
        return created.object();
    }

    /** Types a track name and picks its lead, as a user does (for tests). */
    public void setTrack(String name, String lead) {
        trackName.setText(name);
        leadCombo.select(leadCombo.indexOf(lead));
    }

    /** Starts a new, empty plan in the first policy and shows it. */
    public ActionPlan newPlan() {
        Municipality municipality = municipality();
        if (municipality == null || municipality.getPolicies().isEmpty()) {
            message.setText(Messages.PlanBoard_noPolicy);
            return null;
        }
        Policy policy = municipality.getPolicies().get(0);
        int cluster = clusterCombo.getSelectionIndex() - 1;
        String about = cluster >= 0 && cluster < flagged.size()
                ? String.join(", ", ClusterDetector.describe(flagged.get(cluster), this::name, d -> "-"))
                : policy.getTitle();
        Created<ActionPlan> created = editing().newPlan(policy, NLS.bind(Messages.PlanBoard_newPlanTitle, about), null,
                null, null);
        execute(created.command());
        session.showPlan(created.object());
        return created.object();
    }

    private void showConcerns() {
        concerns.removeAll();
        RoundTable table = chosen(tableCombo, false);
        if (table == null) {
            return;
        }
        concerns.add(NLS.bind(Messages.PlanBoard_tableHeading, new Object[] {table.getTitle(), table.getDate(),
                table.getParticipants().size(), table.getPlan() == null ? Messages.PlanBoard_none : table.getPlan().getTitle()}));
        for (Concern concern : table.getConcerns()) {
            concerns.add((concern.getPartner() == null ? "?" : concern.getPartner().getName()) + " \u00b7 "
                    + label(concern.getKind()) + ": " + concern.getText() + " \u2192 "
                    + (concern.getAnsweredBy() == null ? Messages.PlanBoard_unanswered : concern.getAnsweredBy().getTitle()));
        }
        for (nl.regie.model.Agreement agreement : table.getAgreements()) {
            concerns.add(NLS.bind(Messages.PlanBoard_agreementLine, agreement.getTitle(), agreement.getPartners().stream()
                    .map(Partner::getName).collect(java.util.stream.Collectors.joining(", "))));
        }
    }

    /** The round table's lines as shown (for tests). */
    public List<String> getConcerns() {
        return List.of(concerns.getItems());
    }

    /** Picks the track a round table flows into, by name (null: a new expertise track), as a user does (for tests). */
    public void setFlowTrack(String track) {
        flowTrackCombo.select(track == null ? 0 : flowTrackCombo.indexOf(track));
    }

    /** Lets the chosen round table flow into the plan on the board. */
    public void flow() {
        RoundTable table = chosen(tableCombo, false);
        ActionPlan plan = getPlan();
        if (table == null || plan == null) {
            message.setText(Messages.PlanBoard_chooseFirst);
            return;
        }
        Command command = editing().flowIntoPlan(table, plan, chosen(flowTrackCombo, true));
        if (command == null) {
            message.setText(Messages.PlanBoard_nothingToFlow);
            return;
        }
        execute(command);
        message.setText(NLS.bind(Messages.PlanBoard_flowed, table.getTitle()));
    }

    /** Sets the plan's budget (an EMF command, like every edit). */
    public void setBudget(java.math.BigDecimal budget) {
        ActionPlan plan = getPlan();
        if (plan != null) {
            execute(SetCommand.create(session.editingDomain(), plan, P.getActionPlan_Budget(), budget));
        }
    }

    /** Sets the plan version down: saves the workspace as a version whose note names the plan version. */
    public Job freeze() {
        ActionPlan plan = getPlan();
        if (plan == null || session == null) {
            return null;
        }
        String note = NLS.bind(Messages.PlanBoard_frozenNote, plan.getTitle(),
                versionNote.getText().isBlank() ? LocalDate.now().toString() : versionNote.getText().strip());
        Job job = session.save(note);
        message.setText(NLS.bind(Messages.PlanBoard_freezing, note));
        return job;
    }

    /** Types the note for the plan version (for tests). */
    public void setVersionNote(String note) {
        versionNote.setText(note);
    }

    /** The summary line above the board (for tests). */
    public String getSummary() {
        return summary.getText();
    }

    /** The message line under the board (for tests). */
    public String getMessage() {
        return message.getText();
    }

    /** The cards on the board, as "track | pillar | title | owner" (for tests). */
    public List<String> getCards() {
        List<String> cards = new ArrayList<>();
        ActionPlan plan = getPlan();
        if (plan == null) {
            return cards;
        }
        for (Track track : plan.getTracks()) {
            for (Action action : track.getActions()) {
                cards.add(track.getName() + " | " + (action.isSetPillar() ? label(action.getPillar()) : "-") + " | "
                        + action.getTitle() + " | " + (action.getOwner() == null ? "-" : action.getOwner().getName()));
            }
        }
        return cards;
    }

    private PlanEditing editing() {
        return new PlanEditing(session.editingDomain(), Locale.getDefault());
    }

    private void execute(Command command) {
        session.editingDomain().getCommandStack().execute(command);
    }

    private static String label(Enum<?> value) {
        String label = RegieLabels.enumerated(value);
        return label == null ? value.name() : label;
    }

    @Focus
    public void setFocus() {
        board.setFocus();
    }
}
