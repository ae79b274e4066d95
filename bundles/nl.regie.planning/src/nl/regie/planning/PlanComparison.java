// SPDX-License-Identifier: EPL-2.0
package nl.regie.planning;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import nl.regie.model.Action;
import nl.regie.model.ActionPlan;
import nl.regie.model.Involvement;
import nl.regie.model.NamedElement;
import nl.regie.model.RegieObject;
import nl.regie.model.RegiePackage;
import nl.regie.model.Track;
import nl.regie.model.edit.RegieLabels;
import nl.regie.planning.internal.Texts;

/**
 * Two versions of a plan side by side (a frozen version is a saved workspace version, see
 * {@code WorkspaceStore.history}): the actions added, removed and changed, matched by id, with what changed in each,
 * and the budget of all actions before and after. {@link Difference#describe(Locale)} says it in a policy officer's
 * words.
 */
public final class PlanComparison {

    private PlanComparison() {
    }

    /** An action in both versions and the features in which it differs: name, value before, value after. */
    public record Change(Action before, Action after, List<String[]> features) {
    }

    /** What differs between two versions of a plan. */
    public record Difference(ActionPlan before, ActionPlan after, List<Action> added, List<Action> removed,
            List<Change> changed, BigDecimal budgetBefore, BigDecimal budgetAfter) {

        public BigDecimal budgetDelta() {
            return budgetAfter.subtract(budgetBefore);
        }

        public boolean same() {
            return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
        }

        /** One line per change, then the budget line. */
        public List<String> describe(Locale locale) {
            List<String> lines = new ArrayList<>();
            lines.add(Texts.text(locale, "compare.title", title(after), title(before)));
            for (Action action : added) {
                lines.add(Texts.text(locale, "compare.added", action.getTitle(), name(action.getOwner(), locale),
                        money(action.getBudget(), locale)));
            }
            for (Action action : removed) {
                lines.add(Texts.text(locale, "compare.removed", action.getTitle()));
            }
            for (Change change : changed) {
                String what = change.features().stream()
                        .map(f -> Texts.text(locale, "compare.change", f[0], f[1], f[2])).collect(Collectors.joining("; "));
                lines.add(Texts.text(locale, "compare.changed", change.after().getTitle(), what));
            }
            if (same()) {
                lines.add(Texts.text(locale, "compare.same"));
            }
            BigDecimal delta = budgetDelta();
            lines.add(Texts.text(locale, "compare.budget", money(budgetBefore, locale), money(budgetAfter, locale),
                    (delta.signum() >= 0 ? "+" : "") + money(delta, locale)));
            return lines;
        }

        private static String title(ActionPlan plan) {
            return plan.getTitle() == null ? plan.getId() : plan.getTitle();
        }
    }

    /** Compares two versions of one plan (by the ids of their actions). */
    public static Difference compare(ActionPlan before, ActionPlan after) {
        Map<String, Action> old = actions(before);
        Map<String, Action> now = actions(after);
        List<Action> added = new ArrayList<>();
        List<Change> changed = new ArrayList<>();
        for (Map.Entry<String, Action> entry : now.entrySet()) {
            Action was = old.get(entry.getKey());
            if (was == null) {
                added.add(entry.getValue());
            } else {
                List<String[]> features = differences(was, entry.getValue());
                if (!features.isEmpty()) {
                    changed.add(new Change(was, entry.getValue(), features));
                }
            }
        }
        List<Action> removed = old.entrySet().stream().filter(e -> !now.containsKey(e.getKey())).map(Map.Entry::getValue)
                .toList();
        return new Difference(before, after, added, removed, changed, budget(old), budget(now));
    }

    private static Map<String, Action> actions(ActionPlan plan) {
        Map<String, Action> actions = new LinkedHashMap<>();
        for (Track track : plan.getTracks()) {
            for (Action action : track.getActions()) {
                actions.put(action.getId(), action);
            }
        }
        return actions;
    }

    private static BigDecimal budget(Map<String, Action> actions) {
        return actions.values().stream().map(Action::getBudget).filter(Objects::nonNull).reduce(BigDecimal.ZERO,
                BigDecimal::add);
    }

    /** The features of an action that differ, compared by value, by id for references, and the track it is in. */
    private static List<String[]> differences(Action before, Action after) {
        List<String[]> features = new ArrayList<>();
        for (EStructuralFeature feature : RegiePackage.Literals.ACTION.getEAllStructuralFeatures()) {
            if (feature == RegiePackage.Literals.REGIE_OBJECT__ID) {
                continue;
            }
            String was = text(before.eGet(feature), feature);
            String is = text(after.eGet(feature), feature);
            if (!Objects.equals(was, is)) {
                features.add(new String[] {RegieLabels.feature(feature), was, is});
            }
        }
        String trackBefore = ((Track) before.eContainer()).getName();
        String trackAfter = ((Track) after.eContainer()).getName();
        if (!Objects.equals(trackBefore, trackAfter)) {
            features.add(new String[] {RegieLabels.feature(RegiePackage.Literals.ACTION_PLAN__TRACKS), trackBefore,
                    trackAfter});
        }
        return features;
    }

    private static String text(Object value, EStructuralFeature feature) {
        if (value == null) {
            return "-";
        }
        if (value instanceof List<?> list) {
            TreeSet<String> items = new TreeSet<>();
            list.forEach(item -> items.add(text(item, feature)));
            return items.isEmpty() ? "-" : String.join(", ", items);
        }
        if (value instanceof Involvement involvement) {
            String label = RegieLabels.involvement(involvement);
            return label == null ? String.valueOf(involvement.getRole()) : label;
        }
        if (feature instanceof EReference && value instanceof RegieObject object) {
            return object instanceof NamedElement named ? named.getName() : object.getId();
        }
        if (feature instanceof EAttribute) {
            String label = RegieLabels.enumerated(value);
            if (label != null) {
                return label;
            }
        }
        if (value instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        return String.valueOf(value);
    }

    private static String name(NamedElement element, Locale locale) {
        return element == null ? Texts.text(locale, "compare.none") : element.getName();
    }

    private static String money(BigDecimal amount, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale.getCountry().isEmpty()
                ? Locale.of(locale.getLanguage(), "NL") : locale);
        format.setCurrency(java.util.Currency.getInstance("EUR"));
        return amount == null ? "-" : format.format(amount);
    }
}
