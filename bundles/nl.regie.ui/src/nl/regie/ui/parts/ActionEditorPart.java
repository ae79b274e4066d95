// SPDX-License-Identifier: EPL-2.0
package nl.regie.ui.parts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import nl.regie.model.Action;
import nl.regie.model.ActionStatus;
import nl.regie.model.Domain;
import nl.regie.model.Goal;
import nl.regie.model.Intervention;
import nl.regie.model.Involvement;
import nl.regie.model.Milestone;
import nl.regie.model.Municipality;
import nl.regie.model.Partner;
import nl.regie.model.PartnerRole;
import nl.regie.model.Pillar;
import nl.regie.model.RegieFactory;
import nl.regie.model.RegiePackage;
import nl.regie.model.Setting;
import nl.regie.model.TargetGroup;
import nl.regie.model.edit.RegieLabels;
import nl.regie.signals.SignalIntake;
import nl.regie.ui.internal.Messages;
import nl.regie.ui.session.SessionLink;
import nl.regie.ui.session.WorkspaceSession;

/**
 * Actie (action editor): the selected action as a form: what, who owns it and who else takes part in which role, the
 * pillar and domain, group and setting, intervention, period, budget, status and milestones, and what it answers
 * (signals, goals and their indicators). A field takes effect when it loses focus or on Enter, a choice at once; each
 * as an EMF command, so Edit > Undo and Redo work, and the form follows an undo.
 */
public class ActionEditorPart {

    /** The id of this part in the application model. */
    public static final String ID = "nl.regie.ui.part.actionEditor";

    private static final RegiePackage P = RegiePackage.eINSTANCE;

    private WorkspaceSession session;
    private final SessionLink link = new SessionLink(changed -> show());

    private Label heading;
    private Composite form;
    private Text title;
    private Text description;
    private Combo owner;
    private Combo pillar;
    private Combo domain;
    private Combo group;
    private Combo setting;
    private Combo intervention;
    private Combo status;
    private Text budget;
    private Text start;
    private Text end;
    private Text fidelity;
    private org.eclipse.swt.widgets.List involvements;
    private Combo newPartner;
    private Combo newRole;
    private org.eclipse.swt.widgets.List milestones;
    private Text milestoneTitle;
    private Text milestoneDate;
    private org.eclipse.swt.widgets.List scores;
    private Combo dimension;
    private Text scoreValue;
    private Text scoreMeasure;
    private Text scoreSource;
    private org.eclipse.swt.widgets.List adaptations;
    private Text adaptationChange;
    private Text adaptationReason;
    private Label trace;
    private Label problem;
    private Action action;
    private Action shownAction;
    private boolean same;
    private boolean showing;

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        heading = new Label(parent, SWT.WRAP);
        heading.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        ScrolledComposite scroll = new ScrolledComposite(parent, SWT.V_SCROLL);
        scroll.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        form = new Composite(scroll, SWT.NONE);
        form.setLayout(new GridLayout(2, false));
        scroll.setContent(form);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        scroll.addListener(SWT.Resize, e -> scroll.setMinSize(form.computeSize(scroll.getClientArea().width, SWT.DEFAULT)));

        title = text(Messages.ActionEditor_title, SWT.SINGLE, P.getAction_Title(), s -> s.isBlank() ? null : s.strip());
        description = text(Messages.ActionEditor_description, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL,
                P.getAction_Description(), s -> s.isBlank() ? null : s);
        owner = combo(Messages.ActionEditor_owner, P.getAction_Owner());
        pillar = combo(Messages.ActionEditor_pillar, P.getAction_Pillar());
        domain = combo(Messages.ActionEditor_domain, P.getAction_Domain());
        group = combo(Messages.ActionEditor_group, P.getAction_TargetGroup());
        setting = combo(Messages.ActionEditor_setting, P.getAction_Setting());
        intervention = combo(Messages.ActionEditor_intervention, P.getAction_Intervention());
        status = combo(Messages.ActionEditor_status, P.getAction_Status());
        budget = text(Messages.ActionEditor_budget, SWT.SINGLE, P.getAction_Budget(), ActionEditorPart::amount);
        start = text(Messages.ActionEditor_start, SWT.SINGLE, P.getAction_StartDate(), ActionEditorPart::date);
        end = text(Messages.ActionEditor_end, SWT.SINGLE, P.getAction_EndDate(), ActionEditorPart::date);
        fidelity = text(Messages.ActionEditor_fidelity, SWT.SINGLE, P.getAction_Fidelity(), ActionEditorPart::percentage);

        new Label(form, SWT.NONE).setText(Messages.ActionEditor_involvements);
        involvements = new org.eclipse.swt.widgets.List(form, SWT.BORDER | SWT.V_SCROLL);
        GridData listData = new GridData(SWT.FILL, SWT.FILL, true, false);
        listData.heightHint = 60;
        involvements.setLayoutData(listData);
        new Label(form, SWT.NONE);
        Composite addPartner = row(4);
        newPartner = new Combo(addPartner, SWT.READ_ONLY);
        newPartner.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        newRole = new Combo(addPartner, SWT.READ_ONLY);
        for (PartnerRole role : PartnerRole.VALUES) {
            newRole.add(label(role));
        }
        newRole.select(0);
        button(addPartner, Messages.ActionEditor_addPartner, this::addInvolvement);
        button(addPartner, Messages.ActionEditor_remove, this::removeInvolvement);

        new Label(form, SWT.NONE).setText(Messages.ActionEditor_milestones);
        milestones = new org.eclipse.swt.widgets.List(form, SWT.BORDER | SWT.V_SCROLL);
        GridData milestoneData = new GridData(SWT.FILL, SWT.FILL, true, false);
        milestoneData.heightHint = 60;
        milestones.setLayoutData(milestoneData);
        new Label(form, SWT.NONE);
        Composite addMilestone = row(5);
        milestoneTitle = new Text(addMilestone, SWT.BORDER);
        milestoneTitle.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        milestoneTitle.setMessage(Messages.ActionEditor_milestoneTitle);
        milestoneDate = new Text(addMilestone, SWT.BORDER);
        milestoneDate.setMessage(Messages.ActionEditor_milestoneDate);
        button(addMilestone, Messages.ActionEditor_addMilestone, this::addMilestone);
        button(addMilestone, Messages.ActionEditor_reached, this::toggleMilestone);
        button(addMilestone, Messages.ActionEditor_remove, this::removeMilestone);

        new Label(form, SWT.NONE).setText(Messages.ActionEditor_reAim);
        scores = new org.eclipse.swt.widgets.List(form, SWT.BORDER | SWT.V_SCROLL);
        GridData scoreData = new GridData(SWT.FILL, SWT.FILL, true, false);
        scoreData.heightHint = 60;
        scores.setLayoutData(scoreData);
        new Label(form, SWT.NONE);
        Composite scoreRow = row(5);
        dimension = new Combo(scoreRow, SWT.READ_ONLY);
        for (nl.regie.model.ReAimDimension d : nl.regie.model.ReAimDimension.VALUES) {
            dimension.add(label(d));
        }
        dimension.select(0);
        scoreValue = new Text(scoreRow, SWT.BORDER);
        scoreValue.setMessage(Messages.ActionEditor_score);
        scoreMeasure = new Text(scoreRow, SWT.BORDER);
        scoreMeasure.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        scoreMeasure.setMessage(Messages.ActionEditor_measure);
        scoreSource = new Text(scoreRow, SWT.BORDER);
        scoreSource.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        scoreSource.setMessage(Messages.ActionEditor_source);
        button(scoreRow, Messages.ActionEditor_setScore, this::setScore);

        new Label(form, SWT.NONE).setText(Messages.ActionEditor_adaptations);
        adaptations = new org.eclipse.swt.widgets.List(form, SWT.BORDER | SWT.V_SCROLL);
        GridData adaptationData = new GridData(SWT.FILL, SWT.FILL, true, false);
        adaptationData.heightHint = 45;
        adaptations.setLayoutData(adaptationData);
        new Label(form, SWT.NONE);
        Composite adaptationRow = row(3);
        adaptationChange = new Text(adaptationRow, SWT.BORDER);
        adaptationChange.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        adaptationChange.setMessage(Messages.ActionEditor_change);
        adaptationReason = new Text(adaptationRow, SWT.BORDER);
        adaptationReason.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        adaptationReason.setMessage(Messages.ActionEditor_reason);
        button(adaptationRow, Messages.ActionEditor_addAdaptation, this::addAdaptation);

        new Label(form, SWT.NONE).setText(Messages.ActionEditor_answers);
        trace = new Label(form, SWT.WRAP);
        trace.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        problem = new Label(parent, SWT.WRAP);
        problem.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        show();
    }

    private Composite row(int columns) {
        Composite row = new Composite(form, SWT.NONE);
        GridLayout layout = new GridLayout(columns, false);
        layout.marginWidth = layout.marginHeight = 0;
        row.setLayout(layout);
        row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return row;
    }

    private static void button(Composite parent, String text, Runnable run) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.addListener(SWT.Selection, e -> run.run());
    }

    private Text text(String name, int style, EStructuralFeature feature, Function<String, Object> parse) {
        new Label(form, SWT.NONE).setText(name);
        Text text = new Text(form, SWT.BORDER | style);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        if ((style & SWT.MULTI) != 0) {
            data.heightHint = 48;
        }
        text.setLayoutData(data);
        Runnable apply = () -> {
            if (showing || action == null) {
                return;
            }
            Object value;
            try {
                value = parse.apply(text.getText());
            } catch (IllegalArgumentException e) {
                problem.setText(NLS.bind(Messages.ActionEditor_invalid, name, e.getMessage()));
                return;
            }
            problem.setText("");
            Object current = action.eGet(feature);
            if (value == null ? current != null : !value.equals(current)) {
                set(feature, value);
            }
        };
        text.addListener(SWT.FocusOut, e -> apply.run());
        text.addListener(SWT.DefaultSelection, e -> apply.run());
        return text;
    }

    private Combo combo(String name, EStructuralFeature feature) {
        new Label(form, SWT.NONE).setText(name);
        Combo combo = new Combo(form, SWT.READ_ONLY);
        combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        combo.addListener(SWT.Selection, e -> {
            if (showing || action == null) {
                return;
            }
            List<?> items = (List<?>) combo.getData();
            int index = combo.getSelectionIndex() - (combo == status ? 0 : 1);
            Object value = index < 0 || items == null ? null : items.get(index);
            if (value != action.eGet(feature)) {
                set(feature, value);
            }
        });
        return combo;
    }

    private void set(EStructuralFeature feature, Object value) {
        execute(SetCommand.create(session.editingDomain(), action, feature,
                value == null && feature.isUnsettable() ? SetCommand.UNSET_VALUE : value));
    }

    private void execute(Command command) {
        if (session != null && session.editingDomain() != null && command.canExecute()) {
            session.editingDomain().getCommandStack().execute(command);
        }
    }

    /** Follows the session the lifecycle puts into the context. */
    @Inject
    public void setSession(@Optional WorkspaceSession newSession) {
        session = link.follow(newSession);
        show();
    }

    @PreDestroy
    public void dispose() {
        link.close();
    }

    /** Follows the workbench selection: an action is shown, anything else leaves the form as it is. */
    @Inject
    public void setSelection(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        if (selection instanceof Action selected) {
            action = selected;
            show();
        }
    }

    /** Shows an action (as selecting it does). */
    public void edit(Action selected) {
        action = selected;
        show();
    }

    private void show() {
        if (form == null || form.isDisposed()) {
            return;
        }
        Municipality municipality = session == null ? null : session.municipality();
        if (action != null && (municipality == null || !org.eclipse.emf.ecore.util.EcoreUtil.isAncestor(municipality, action))) {
            action = null;
        }
        form.setEnabled(action != null);
        showing = true;
        try {
            if (action == null) {
                heading.setText(Messages.ActionEditor_nothing);
                return;
            }
            heading.setText(NLS.bind(Messages.ActionEditor_heading, action.getTitle(),
                    action.eContainer() instanceof nl.regie.model.Track track ? track.getName() : "?"));
            // a field the user is typing in keeps its text: an event (a save, an import) must not wipe it
            same = action == shownAction;
            shownAction = action;
            setText(title, nonNull(action.getTitle()));
            setText(description, nonNull(action.getDescription()));
            choices(owner, municipality.getPartners(), Partner::getName, action.getOwner());
            choices(pillar, Pillar.VALUES, ActionEditorPart::label, action.isSetPillar() ? action.getPillar() : null);
            choices(domain, Domain.VALUES, ActionEditorPart::label, action.isSetDomain() ? action.getDomain() : null);
            choices(group, municipality.getTargetGroups(), TargetGroup::getName, action.getTargetGroup());
            choices(setting, municipality.getSettings(), Setting::getName, action.getSetting());
            choices(intervention, municipality.getInterventions(), Intervention::getName, action.getIntervention());
            choices(status, ActionStatus.VALUES, ActionEditorPart::label, action.getStatus());
            status.remove(0); // a status is always set: no "(none)"
            status.select(ActionStatus.VALUES.indexOf(action.getStatus()));
            setText(budget, action.getBudget() == null ? "" : action.getBudget().toPlainString());
            setText(start, action.getStartDate() == null ? "" : action.getStartDate().toString());
            setText(end, action.getEndDate() == null ? "" : action.getEndDate().toString());
            setText(fidelity, action.getFidelity() == null ? "" : action.getFidelity().toString());
            involvements.removeAll();
            for (Involvement involvement : action.getInvolvements()) {
                involvements.add((involvement.getPartner() == null ? "?" : involvement.getPartner().getName()) + " \u00b7 "
                        + (involvement.getRole() == null ? "" : label(involvement.getRole()))
                        + (involvement.getDescription() == null ? "" : " \u00b7 " + involvement.getDescription()));
            }
            List<Partner> partners = municipality.getPartners();
            newPartner.removeAll();
            partners.forEach(p -> newPartner.add(p.getName()));
            newPartner.setData(partners);
            milestones.removeAll();
            for (Milestone milestone : action.getMilestones()) {
                milestones.add((milestone.isReached() ? "\u2713 " : "\u25cb ") + milestone.getTitle() + " \u00b7 "
                        + milestone.getDueDate());
            }
            scores.removeAll();
            for (nl.regie.model.ReAimScore score : action.getReAim()) {
                scores.add(label(score.getDimension()) + ": " + (score.getValue() == null ? "-" : score.getValue())
                        + (score.getMeasure() == null ? "" : " \u00b7 " + score.getMeasure())
                        + (score.getDataSource() == null ? "" : " \u00b7 " + score.getDataSource()));
            }
            adaptations.removeAll();
            for (nl.regie.model.Adaptation adaptation : action.getAdaptations()) {
                adaptations.add(adaptation.getChange() + " \u2014 " + adaptation.getReason());
            }
            List<String> goals = new ArrayList<>();
            List<String> indicators = new ArrayList<>();
            for (Goal goal : action.getGoals()) {
                goals.add(goal.getStatement());
                goal.getIndicators().forEach(i -> indicators.add(i.getName()));
            }
            trace.setText(NLS.bind(Messages.ActionEditor_trace, new Object[] {action.getSignals().size(),
                    action.getSignals().stream().map(s -> s.getDescription() == null ? s.getId() : shorten(s.getDescription()))
                            .collect(Collectors.joining("; ")),
                    goals.isEmpty() ? "-" : String.join("; ", goals), indicators.isEmpty() ? "-" : String.join("; ", indicators)}));
        } finally {
            showing = false;
            form.layout(true, true);
        }
    }

    private void setText(Text field, String text) {
        if (!(same && field.isFocusControl())) {
            field.setText(text);
        }
    }

    private static String shorten(String text) {
        return text.length() > 50 ? text.substring(0, 47) + "..." : text;
    }

    private static <T> void choices(Combo combo, List<T> items, Function<T, String> name, T current) {
        combo.removeAll();
        combo.add(Messages.PlanBoard_none);
        for (T item : items) {
            String text = name.apply(item);
            combo.add(text == null ? "?" : text);
        }
        combo.setData(items);
        combo.select(current == null ? 0 : items.indexOf(current) + 1);
    }

    private void addInvolvement() {
        @SuppressWarnings("unchecked")
        List<Partner> partners = (List<Partner>) newPartner.getData();
        int index = newPartner.getSelectionIndex();
        if (action == null || partners == null || index < 0) {
            problem.setText(Messages.ActionEditor_choosePartner);
            return;
        }
        Involvement involvement = RegieFactory.eINSTANCE.createInvolvement();
        involvement.setId(action.getId() + "-" + java.util.UUID.randomUUID().toString().substring(0, 8));
        involvement.setPartner(partners.get(index));
        involvement.setRole(PartnerRole.VALUES.get(Math.max(0, newRole.getSelectionIndex())));
        execute(AddCommand.create(session.editingDomain(), action, P.getAction_Involvements(), involvement));
    }

    private void removeInvolvement() {
        int index = involvements.getSelectionIndex();
        if (action != null && index >= 0 && index < action.getInvolvements().size()) {
            execute(RemoveCommand.create(session.editingDomain(), action, P.getAction_Involvements(),
                    action.getInvolvements().get(index)));
        }
    }

    private void addMilestone() {
        if (action == null) {
            return;
        }
        LocalDate due;
        try {
            due = (LocalDate) date(milestoneDate.getText());
        } catch (IllegalArgumentException e) {
            problem.setText(NLS.bind(Messages.ActionEditor_invalid, Messages.ActionEditor_milestoneDate, e.getMessage()));
            return;
        }
        if (milestoneTitle.getText().isBlank() || due == null) {
            problem.setText(Messages.ActionEditor_milestoneIncomplete);
            return;
        }
        Milestone milestone = RegieFactory.eINSTANCE.createMilestone();
        milestone.setId(action.getId() + "-mijlpaal-" + java.util.UUID.randomUUID().toString().substring(0, 8));
        milestone.setTitle(milestoneTitle.getText().strip());
        milestone.setDueDate(due);
        execute(AddCommand.create(session.editingDomain(), action, P.getAction_Milestones(), milestone));
        milestoneTitle.setText("");
        milestoneDate.setText("");
        problem.setText("");
    }

    private void toggleMilestone() {
        int index = milestones.getSelectionIndex();
        if (action != null && index >= 0 && index < action.getMilestones().size()) {
            Milestone milestone = action.getMilestones().get(index);
            execute(SetCommand.create(session.editingDomain(), milestone, P.getMilestone_Reached(), !milestone.isReached()));
        }
    }

    private void removeMilestone() {
        int index = milestones.getSelectionIndex();
        if (action != null && index >= 0 && index < action.getMilestones().size()) {
            execute(RemoveCommand.create(session.editingDomain(), action, P.getAction_Milestones(),
                    action.getMilestones().get(index)));
        }
    }

    /** Sets the score of the chosen RE-AIM dimension (replacing one that is there) with its measure and source. */
    private void setScore() {
        if (action == null) {
            return;
        }
        Double value;
        try {
            value = Double.valueOf(scoreValue.getText().strip().replace(',', '.'));
            if (value < 0 || value > 100) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            problem.setText(NLS.bind(Messages.ActionEditor_badScore, scoreValue.getText()));
            return;
        }
        nl.regie.model.ReAimDimension chosen = nl.regie.model.ReAimDimension.VALUES.get(Math.max(0,
                dimension.getSelectionIndex()));
        nl.regie.model.ReAimScore existing = action.getReAim().stream().filter(s -> s.getDimension() == chosen)
                .findFirst().orElse(null);
        String measure = scoreMeasure.getText().isBlank() ? null : scoreMeasure.getText().strip();
        String source = scoreSource.getText().isBlank() ? null : scoreSource.getText().strip();
        if (existing == null) {
            nl.regie.model.ReAimScore score = RegieFactory.eINSTANCE.createReAimScore();
            score.setId(action.getId() + "-" + chosen.getName().toLowerCase(java.util.Locale.ROOT));
            score.setDimension(chosen);
            score.setValue(value);
            score.setMeasure(measure);
            score.setDataSource(source);
            score.setMeasuredOn(LocalDate.now());
            execute(AddCommand.create(session.editingDomain(), action, P.getAction_ReAim(), score));
        } else {
            org.eclipse.emf.common.command.CompoundCommand change = new org.eclipse.emf.common.command.CompoundCommand();
            change.append(SetCommand.create(session.editingDomain(), existing, P.getReAimScore_Value(), value));
            change.append(SetCommand.create(session.editingDomain(), existing, P.getReAimScore_Measure(), measure));
            change.append(SetCommand.create(session.editingDomain(), existing, P.getReAimScore_DataSource(), source));
            change.append(SetCommand.create(session.editingDomain(), existing, P.getReAimScore_MeasuredOn(),
                    LocalDate.now()));
            execute(change);
        }
        scoreValue.setText("");
        problem.setText("");
    }

    /** Records an adaptation of the intervention with its reason. */
    private void addAdaptation() {
        if (action == null || adaptationChange.getText().isBlank() || adaptationReason.getText().isBlank()) {
            problem.setText(Messages.ActionEditor_adaptationIncomplete);
            return;
        }
        nl.regie.model.Adaptation adaptation = RegieFactory.eINSTANCE.createAdaptation();
        adaptation.setId(action.getId() + "-aanpassing-" + java.util.UUID.randomUUID().toString().substring(0, 8));
        adaptation.setDate(LocalDate.now());
        adaptation.setChange(adaptationChange.getText().strip());
        adaptation.setReason(adaptationReason.getText().strip());
        execute(AddCommand.create(session.editingDomain(), action, P.getAction_Adaptations(), adaptation));
        adaptationChange.setText("");
        adaptationReason.setText("");
        problem.setText("");
    }

    /** Scores a RE-AIM dimension as a user does (for tests). */
    public void score(String dimensionLabel, String value, String measure, String source) {
        dimension.select(dimension.indexOf(dimensionLabel));
        scoreValue.setText(value);
        scoreMeasure.setText(measure);
        scoreSource.setText(source);
        setScore();
    }

    /** Records an adaptation as a user does (for tests). */
    public void adapt(String change, String reason) {
        adaptationChange.setText(change);
        adaptationReason.setText(reason);
        addAdaptation();
    }

    /** The scores and adaptations shown (for tests). */
    public List<String> getImplementation() {
        List<String> shown = new ArrayList<>(List.of(scores.getItems()));
        shown.addAll(List.of(adaptations.getItems()));
        return shown;
    }

    /**
     * Euros as people type them, in Dutch or English: 12500, 12.500, 12,500, 12.500,50, 12,500.50, 12500,5 or with a
     * euro sign. Euros have at most two decimals, so the last separator is the decimal sign when one or two digits
     * follow it, and separates thousands when three do; anything else is refused rather than guessed.
     */
    static Object amount(String text) {
        String plain = text.replace("\u20ac", "").replace(" ", "").replace("\u00a0", "").strip();
        if (plain.isEmpty()) {
            return null;
        }
        int last = Math.max(plain.lastIndexOf('.'), plain.lastIndexOf(','));
        if (last >= 0) {
            String whole = plain.substring(0, last);
            String tail = plain.substring(last + 1);
            char sign = plain.charAt(last);
            if (tail.length() == 3 && plain.matches("-?\\d{1,3}([.,]\\d{3})+")
                    && plain.chars().filter(c -> c == '.' || c == ',').distinct().count() == 1) {
                plain = plain.replace(".", "").replace(",", "");
            } else if ((tail.length() == 1 || tail.length() == 2) && tail.chars().allMatch(Character::isDigit)
                    && whole.matches("-?\\d{1,3}(" + (sign == ',' ? "\\." : ",") + "\\d{3})*|-?\\d+")) {
                plain = whole.replace(".", "").replace(",", "") + "." + tail;
            } else {
                throw new IllegalArgumentException(NLS.bind(Messages.ActionEditor_notAnAmount, text));
            }
        }
        try {
            BigDecimal value = new BigDecimal(plain);
            if (value.signum() < 0) {
                throw new IllegalArgumentException(NLS.bind(Messages.ActionEditor_negative, text));
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(NLS.bind(Messages.ActionEditor_notAnAmount, text));
        }
    }

    /** Implementation monitoring: a whole percentage from 0 to 100, or empty while not assessed. */
    static Object percentage(String text) {
        String plain = text.replace("%", "").strip();
        if (plain.isEmpty()) {
            return null;
        }
        try {
            int value = Integer.parseInt(plain);
            if (value < 0 || value > 100) {
                throw new IllegalArgumentException(NLS.bind(Messages.ActionEditor_notAPercentage, text));
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(NLS.bind(Messages.ActionEditor_notAPercentage, text));
        }
    }

    static Object date(String text) {
        if (text.isBlank()) {
            return null;
        }
        return SignalIntake.parseDate(text.strip());
    }

    /** Types into a field and leaves it, as a user does (for tests): "title", "budget", "start" or "end". */
    public void type(String field, String value) {
        Text text = switch (field) {
            case "title" -> title;
            case "budget" -> budget;
            case "start" -> start;
            case "end" -> end;
            case "fidelity" -> fidelity;
            default -> description;
        };
        text.setText(value);
        text.notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
    }

    /** Picks an owner by name ("" for none), as a user does with the combo (for tests). */
    public void chooseOwner(String name) {
        owner.select(name.isEmpty() ? 0 : owner.indexOf(name));
        owner.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
    }

    /** Picks an item of a choice by its text, as a user does: "pillar", "domain", "group", "setting" or "status". */
    public void choose(String field, String item) {
        Combo combo = switch (field) {
            case "pillar" -> pillar;
            case "domain" -> domain;
            case "group" -> group;
            case "setting" -> setting;
            case "intervention" -> intervention;
            default -> status;
        };
        combo.select(combo.indexOf(item));
        combo.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
    }

    /** Adds a milestone as a user does (for tests). */
    public void addMilestone(String name, String due) {
        milestoneTitle.setText(name);
        milestoneDate.setText(due);
        addMilestone();
    }

    /** The heading, the owner shown, the milestones and the problem line (for tests). */
    public List<String> getShown() {
        List<String> shown = new ArrayList<>();
        shown.add(heading.getText());
        shown.add(owner.getSelectionIndex() < 0 ? "" : owner.getItem(owner.getSelectionIndex()));
        shown.add(budget.getText());
        shown.addAll(List.of(milestones.getItems()));
        shown.add(trace.getText());
        shown.add(problem.getText());
        return shown;
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    private static String label(Enum<?> value) {
        String label = RegieLabels.enumerated(value);
        return label == null ? value.name() : label;
    }

    @Focus
    public void setFocus() {
        title.setFocus();
    }
}
