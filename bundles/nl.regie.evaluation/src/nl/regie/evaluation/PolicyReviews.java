// SPDX-License-Identifier: EPL-2.0
package nl.regie.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import nl.regie.evaluation.internal.Texts;
import nl.regie.model.Action;
import nl.regie.model.ActionPlan;
import nl.regie.model.ActionStatus;
import nl.regie.model.Concern;
import nl.regie.model.ConcernKind;
import nl.regie.model.Municipality;
import nl.regie.model.Pillar;
import nl.regie.model.Policy;
import nl.regie.model.PolicyReview;
import nl.regie.model.RegieFactory;
import nl.regie.model.RegieObject;
import nl.regie.model.RegiePackage;
import nl.regie.model.ReviewAnswer;
import nl.regie.model.ReviewQuestion;
import nl.regie.model.RoundTable;
import nl.regie.model.Signal;
import nl.regie.model.Substance;
import nl.regie.model.TargetGroup;
import nl.regie.model.Track;
import nl.regie.planning.PlanEditing;

/**
 * The policy review (*beleidstoets*) guided by the seed's four questions: is the current policy implemented well
 * enough; does it only prevent use or also deal with groups where use already happens; is specific knowledge of a new
 * substance needed; does it concern known groups or new ones. A review starts with the four questions unanswered; for
 * each, the workspace suggests its evidence (the actions behind, the harm-reduction measures, the new substances and
 * what partners said they lack, the groups in signals no action is for), and an answer links the evidence it rests on.
 * Every change is an EMF command.
 */
public final class PolicyReviews {

    private static final RegiePackage P = RegiePackage.eINSTANCE;

    private PolicyReviews() {
    }

    /** The question in the user's language. */
    public static String question(ReviewQuestion question, Locale locale) {
        return Texts.text(locale, "review." + question.getName());
    }

    /** A new review of {@code policy} with the four questions, not yet answered: the command and the review. */
    public static PlanEditing.Created<PolicyReview> newReview(EditingDomain domain, Policy policy, String title,
            LocalDate date) {
        PolicyReview review = RegieFactory.eINSTANCE.createPolicyReview();
        review.setId(policy.getId() + "-toets-" + UUID.randomUUID().toString().substring(0, 8));
        review.setTitle(title);
        review.setDate(date);
        for (ReviewQuestion question : ReviewQuestion.VALUES) {
            ReviewAnswer answer = RegieFactory.eINSTANCE.createReviewAnswer();
            answer.setId(review.getId() + "-" + question.getName().toLowerCase(Locale.ROOT));
            answer.setQuestion(question);
            review.getAnswers().add(answer);
        }
        return new PlanEditing.Created<>(AddCommand.create(domain, policy, P.getPolicy_Reviews(), review), review);
    }

    /** Answers a question: the text and the evidence it rests on (added to what is linked already). */
    public static Command answer(EditingDomain domain, ReviewAnswer answer, String text, Collection<? extends RegieObject> evidence) {
        CompoundCommand command = new CompoundCommand();
        command.append(SetCommand.create(domain, answer, P.getReviewAnswer_Answer(), text));
        List<RegieObject> added = new ArrayList<>();
        for (RegieObject object : evidence) {
            if (!answer.getEvidence().contains(object) && !added.contains(object)) {
                added.add(object);
            }
        }
        if (!added.isEmpty()) {
            command.append(AddCommand.create(domain, answer, P.getReviewAnswer_Evidence(), added));
        }
        return command.unwrap();
    }

    /**
     * Revises an answer: the text (none when blank) and exactly the evidence given, linking what is new and unlinking
     * what is left out; one command, undone as one. Only what changes is in it: when nothing changes the command cannot
     * execute (check {@code canExecute()}), so no empty step lands on the undo stack.
     */
    public static Command revise(EditingDomain domain, ReviewAnswer answer, String text,
            Collection<? extends RegieObject> evidence) {
        CompoundCommand command = new CompoundCommand();
        String revised = text == null || text.isBlank() ? null : text.strip();
        if (!java.util.Objects.equals(revised, answer.getAnswer())) {
            command.append(SetCommand.create(domain, answer, P.getReviewAnswer_Answer(), revised));
        }
        Set<RegieObject> wanted = new LinkedHashSet<>(evidence);
        List<RegieObject> removed = answer.getEvidence().stream().filter(o -> !wanted.contains(o)).toList();
        List<RegieObject> added = wanted.stream().filter(o -> !answer.getEvidence().contains(o)).toList();
        if (!removed.isEmpty()) {
            command.append(RemoveCommand.create(domain, answer, P.getReviewAnswer_Evidence(), removed));
        }
        if (!added.isEmpty()) {
            command.append(AddCommand.create(domain, answer, P.getReviewAnswer_Evidence(), added));
        }
        return command.unwrap();
    }

    /** What in the workspace bears on a question, for the analyst to weigh and link. */
    public static List<RegieObject> evidence(ReviewQuestion question, Municipality municipality, ActionPlan plan) {
        Set<RegieObject> found = new LinkedHashSet<>();
        List<Action> actions = new ArrayList<>();
        for (Track track : plan.getTracks()) {
            actions.addAll(track.getActions());
        }
        switch (question) {
            case IMPLEMENTATION -> {
                // actions not under way, or carried out with low fidelity
                for (Action action : actions) {
                    boolean notStarted = action.getStatus() == ActionStatus.PROPOSED || action.getStatus() == ActionStatus.PLANNED
                            || action.getStatus() == ActionStatus.SUSPENDED;
                    if (notStarted || (action.getFidelity() != null && action.getFidelity() < 60)) {
                        found.add(action);
                    }
                }
            }
            case PREVENTION_AND_USE -> {
                // harm reduction and care: the measures for groups where use already happens
                actions.stream().filter(a -> a.isSetPillar() && a.getPillar() == Pillar.HARM_REDUCTION).forEach(found::add);
            }
            case SUBSTANCE_KNOWLEDGE -> {
                municipality.getSubstances().stream().filter(Substance::isNewPsychoactive).forEach(found::add);
                for (RoundTable table : municipality.getRoundTables()) {
                    for (Concern concern : table.getConcerns()) {
                        if (concern.getKind() == ConcernKind.KNOWLEDGE_GAP) {
                            found.add(concern);
                        }
                    }
                }
            }
            case GROUPS -> {
                // groups in the signals that no action of the plan is for
                Set<TargetGroup> served = new LinkedHashSet<>();
                actions.forEach(a -> served.add(a.getTargetGroup()));
                for (Signal signal : municipality.getSignals()) {
                    if (signal.getTargetGroup() != null && !served.contains(signal.getTargetGroup())) {
                        found.add(signal.getTargetGroup());
                    }
                }
            }
            default -> {
                // every question is handled above
            }
        }
        return List.copyOf(found);
    }
}
