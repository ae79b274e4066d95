// SPDX-License-Identifier: EPL-2.0
package nl.regie.ui.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import nl.regie.evaluation.PolicyReviews;
import nl.regie.model.ActionPlan;
import nl.regie.model.Policy;
import nl.regie.model.PolicyReview;
import nl.regie.model.RegieObject;
import nl.regie.model.ReviewAnswer;
import nl.regie.model.ReviewQuestion;
import nl.regie.model.provider.RegieEditPlugin;
import nl.regie.ui.internal.Forms;
import nl.regie.ui.internal.Messages;
import nl.regie.ui.session.WorkspaceSession;
import nl.regie.ui.viewers.ItemProviderLabelProvider;

/**
 * The dashboard's policy review (*beleidstoets*) page: the reviews of the policy whose plan is on the board, a new one
 * with the seed's four questions, and per question the answer and the evidence it rests on: what the workspace
 * suggests (from {@link PolicyReviews#evidence}) and what is linked already, each with a check box. "Vastleggen"
 * records the answer and exactly the evidence checked as one undoable command.
 */
public final class PolicyReviewPage {

    private final Supplier<WorkspaceSession> session;
    private final Composite page;
    private final Combo reviews;
    private final Label state;
    private final List<Group> groups = new ArrayList<>();
    private final List<Text> answers = new ArrayList<>();
    private final List<Table> evidence = new ArrayList<>();
    private final List<String> shownAnswers = new ArrayList<>();
    /** Check boxes changed and not yet recorded, per question: kept when the page is filled again after an edit. */
    private final java.util.Map<Integer, Set<RegieObject>> ticked = new java.util.HashMap<>();
    private final ScrolledComposite scroller;
    private final Composite questions;
    private List<PolicyReview> listed = List.of();
    private PolicyReview shownReview;

    public PolicyReviewPage(Composite parent, Supplier<WorkspaceSession> session) {
        this.session = session;
        page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(3, false));
        reviews = Forms.combo(page, Messages.Review_review);
        reviews.addListener(SWT.Selection, e -> refresh());
        Forms.button(page, Messages.Review_new, 1, this::newReview);
        state = new Label(page, SWT.WRAP);
        state.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        scroller = new ScrolledComposite(page, SWT.V_SCROLL);
        scroller.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        questions = new Composite(scroller, SWT.NONE);
        questions.setLayout(new GridLayout(1, true));
        scroller.setContent(questions);
        scroller.addListener(SWT.Resize, e -> scroller.setMinHeight(
                questions.computeSize(Math.max(200, scroller.getClientArea().width), SWT.DEFAULT).y));
        for (ReviewQuestion question : ReviewQuestion.VALUES) {
            Group group = new Group(questions, SWT.NONE);
            group.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
            group.setLayout(new GridLayout(1, false));
            groups.add(group);
            group.setText(NLS.bind(Messages.Review_question, question.getValue() + 1));
            Label asked = new Label(group, SWT.WRAP);
            GridData askedData = new GridData(SWT.FILL, SWT.TOP, true, false);
            askedData.widthHint = 200;
            asked.setLayoutData(askedData);
            asked.setText(PolicyReviews.question(question, Locale.getDefault()));
            Text answer = new Text(group, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
            GridData answerData = new GridData(SWT.FILL, SWT.FILL, true, false);
            answerData.heightHint = 48;
            answerData.widthHint = 300;
            answer.setLayoutData(answerData);
            answer.setMessage(Messages.Review_answerHint);
            answers.add(answer);
            shownAnswers.add("");
            Table table = new Table(group, SWT.BORDER | SWT.CHECK | SWT.FULL_SELECTION | SWT.V_SCROLL);
            table.setHeaderVisible(true);
            GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
            tableData.heightHint = 90;
            table.setLayoutData(tableData);
            TableColumn what = new TableColumn(table, SWT.NONE);
            what.setText(Messages.Review_evidence);
            what.setWidth(420);
            TableColumn kind = new TableColumn(table, SWT.NONE);
            kind.setText(Messages.Review_kind);
            kind.setWidth(110);
            evidence.add(table);
            int index = question.getValue();
            table.addListener(SWT.Selection, e -> {
                if (e.detail == SWT.CHECK) {
                    ticked.put(index, checked(table));
                }
            });
            Forms.button(group, Messages.Review_record, 1, () -> record(index));
        }
        page.setData(this);
        refresh();
    }

    /** The page's top control, for a tab. */
    public Composite control() {
        return page;
    }

    private Policy policy() {
        WorkspaceSession current = session.get();
        ActionPlan plan = current == null ? null : current.plan();
        return plan == null ? null : (Policy) plan.eContainer();
    }

    private PolicyReview review() {
        int index = reviews.getSelectionIndex();
        return index < 0 || index >= listed.size() ? null : listed.get(index);
    }

    /** Shows the reviews of the policy on the board and the chosen one's answers; text being typed is kept. */
    public void refresh() {
        if (page.isDisposed()) {
            return;
        }
        Policy policy = policy();
        PolicyReview chosen = review();
        listed = policy == null ? List.of() : List.copyOf(policy.getReviews());
        reviews.removeAll();
        listed.forEach(r -> reviews.add(r.getTitle() + (r.getDate() == null ? "" : " (" + r.getDate() + ")")));
        int select = chosen == null ? -1 : listed.indexOf(chosen);
        reviews.select(select >= 0 ? select : listed.size() - 1);
        PolicyReview review = review();
        state.setText(policy == null ? Messages.Coherence_noPlan
                : review == null ? NLS.bind(Messages.Review_none, policy.getTitle()) : NLS.bind(Messages.Review_state,
                        review.getAnswers().stream().filter(a -> a.getAnswer() != null).count(), review.getAnswers().size()));
        boolean other = review != shownReview;
        shownReview = review;
        if (other) {
            ticked.clear();
        }
        for (ReviewQuestion question : ReviewQuestion.VALUES) {
            int i = question.getValue();
            ReviewAnswer answer = answer(review, question);
            Text text = answers.get(i);
            text.setEnabled(answer != null);
            String now = answer == null || answer.getAnswer() == null ? "" : answer.getAnswer();
            if (other || text.getText().equals(shownAnswers.get(i))) {
                text.setText(now);
            }
            shownAnswers.set(i, now);
            fillEvidence(evidence.get(i), question, answer, ticked.get(i));
        }
        questions.layout(true, true);
        scroller.setMinHeight(questions.computeSize(Math.max(200, scroller.getClientArea().width), SWT.DEFAULT).y);
    }

    private static ReviewAnswer answer(PolicyReview review, ReviewQuestion question) {
        if (review == null) {
            return null;
        }
        return review.getAnswers().stream().filter(a -> a.getQuestion() == question).findFirst().orElse(null);
    }

    private static Set<RegieObject> checked(Table table) {
        Set<RegieObject> checked = new LinkedHashSet<>();
        for (TableItem item : table.getItems()) {
            if (item.getChecked()) {
                checked.add((RegieObject) item.getData());
            }
        }
        return checked;
    }

    /**
     * The linked evidence, then what the workspace suggests and is not linked yet; checked as linked, or as the user
     * left them ({@code pending}) when the check boxes were changed and not yet recorded.
     */
    private void fillEvidence(Table table, ReviewQuestion question, ReviewAnswer answer, Set<RegieObject> pending) {
        table.removeAll();
        table.setEnabled(answer != null);
        if (answer == null) {
            return;
        }
        WorkspaceSession current = session.get();
        Set<RegieObject> candidates = new LinkedHashSet<>(answer.getEvidence());
        if (pending != null) {
            candidates.addAll(pending);
        }
        candidates.addAll(PolicyReviews.evidence(question, current.municipality(), current.plan()));
        AdapterFactory factory = current.editingDomain() instanceof AdapterFactoryEditingDomain domain
                ? domain.getAdapterFactory() : null;
        ItemProviderLabelProvider labels = factory == null ? null : new ItemProviderLabelProvider(factory);
        try {
            for (RegieObject object : candidates) {
                TableItem item = new TableItem(table, SWT.NONE);
                item.setText(new String[] {labels == null ? object.getId() : labels.getText(object),
                    RegieEditPlugin.INSTANCE.getString("_UI_" + object.eClass().getName() + "_type")});
                item.setChecked(pending != null ? pending.contains(object) : answer.getEvidence().contains(object));
                item.setData(object);
            }
        } finally {
            if (labels != null) {
                labels.dispose();
            }
        }
    }

    /** Starts a new review of the policy on the board, dated today, and shows it. */
    public void newReview() {
        Policy policy = policy();
        if (policy == null) {
            return;
        }
        EditingDomain domain = session.get().editingDomain();
        LocalDate today = LocalDate.now();
        var created = PolicyReviews.newReview(domain, policy, Messages.Review_title, today);
        domain.getCommandStack().execute(created.command());
        refresh();
        reviews.select(listed.indexOf(created.object()));
        refresh();
    }

    /** Records the answer to question {@code index} with exactly the evidence checked. */
    public void record(int index) {
        PolicyReview review = review();
        ReviewAnswer answer = answer(review, ReviewQuestion.get(index));
        if (answer == null) {
            return;
        }
        EditingDomain domain = session.get().editingDomain();
        ticked.remove(index);
        org.eclipse.emf.common.command.Command command = PolicyReviews.revise(domain, answer, answers.get(index).getText(),
                checked(evidence.get(index)));
        if (command.canExecute()) {
            domain.getCommandStack().execute(command);
        }
        refresh();
        scroller.showControl(groups.get(index));
    }

    /** Types an answer and checks the evidence whose labels start with one of {@code labels}, as a user would. */
    public void type(int index, String text, String... labels) {
        answers.get(index).setText(text);
        for (TableItem item : evidence.get(index).getItems()) {
            boolean check = false;
            for (String label : labels) {
                check |= item.getText(0).startsWith(label);
            }
            item.setChecked(check);
        }
        ticked.put(index, checked(evidence.get(index)));
    }

    /** For tests: per question "answer | linked evidence labels | suggestions not linked". */
    public List<String> getAnswers() {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            List<String> linked = new ArrayList<>();
            int open = 0;
            for (TableItem item : evidence.get(i).getItems()) {
                if (item.getChecked()) {
                    linked.add(item.getText(0));
                } else {
                    open++;
                }
            }
            rows.add(answers.get(i).getText() + " | " + String.join(", ", linked) + " | " + open);
        }
        return rows;
    }

    public String getState() {
        return state.getText();
    }

    public String getReviewTitle() {
        return reviews.getText();
    }
}
