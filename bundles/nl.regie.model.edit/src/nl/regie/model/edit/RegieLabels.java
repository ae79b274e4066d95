// SPDX-License-Identifier: EPL-2.0
package nl.regie.model.edit;

import java.util.Collection;
import java.util.MissingResourceException;
import java.util.StringJoiner;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EEnum;

import nl.regie.model.Involvement;
import nl.regie.model.Measurement;
import nl.regie.model.RegiePackage;
import nl.regie.model.Signal;
import nl.regie.model.Substance;
import nl.regie.model.provider.RegieEditPlugin;

/** Labels for model objects whose name is made from their content rather than one attribute. */
public final class RegieLabels {

    private static final String SEPARATOR = " \u00b7 ";

    private RegieLabels() {
    }

    /** "2026-03-02 · 3-MMC · Jongerenwerk": when, what and who reported it; null when none is known. */
    public static String signal(Signal signal) {
        StringJoiner label = new StringJoiner(SEPARATOR);
        label.setEmptyValue("");
        if (signal.getObservedOn() != null) {
            label.add(signal.getObservedOn().toString());
        }
        StringJoiner substances = new StringJoiner(", ");
        substances.setEmptyValue("");
        for (Substance substance : signal.getSubstances()) {
            substances.add(substance.getName());
        }
        if (substances.length() > 0) {
            label.add(substances.toString());
        }
        if (signal.getTargetGroup() != null && signal.getTargetGroup().getName() != null) {
            label.add(signal.getTargetGroup().getName());
        }
        if (signal.getSource() != null && signal.getSource().getName() != null) {
            label.add(signal.getSource().getName());
        }
        return label.length() == 0 ? null : label.toString();
    }

    /** "Jeugdzorg (Verwijzer)": the partner and its role. */
    public static String involvement(Involvement involvement) {
        if (involvement.getPartner() == null || involvement.getPartner().getName() == null) {
            return null;
        }
        return involvement.getPartner().getName() + " (" + enumerated(involvement.getRole()) + ")";
    }

    /**
     * The translated name of an enum literal, e.g. "Vraagbeperking" for {@code DEMAND_REDUCTION}, or of each literal
     * in a list; null for any other value (callers then fall back to EMF.Edit's own text).
     */
    public static String enumerated(Object value) {
        if (value instanceof Enumerator literal) {
            // Only Regie's own enums have texts here; others (extensions, dynamic models) get EMF's default.
            if (!(RegiePackage.eINSTANCE.getEClassifier(literal.getClass().getSimpleName()) instanceof EEnum type)
                    || type.getInstanceClass() != literal.getClass()) {
                return null;
            }
            try {
                return RegieEditPlugin.INSTANCE.getString("_UI_" + type.getName() + "_" + literal.getName() + "_literal");
            } catch (MissingResourceException e) {
                return literal.getLiteral();
            }
        }
        if (value instanceof Collection<?> values && !values.isEmpty()
                && values.stream().allMatch(Enumerator.class::isInstance)) {
            StringJoiner joined = new StringJoiner(", ");
            for (Object v : values) {
                String text = enumerated(v);
                if (text == null) {
                    return null;
                }
                joined.add(text);
            }
            return joined.toString();
        }
        return null;
    }

    /**
     * The translated name of a feature of Regie's model, e.g. "Eigenaar" for an action's owner; the feature's own name
     * when there is no text for it.
     */
    public static String feature(org.eclipse.emf.ecore.EStructuralFeature feature) {
        try {
            return RegieEditPlugin.INSTANCE.getString("_UI_" + feature.getEContainingClass().getName() + "_"
                    + feature.getName() + "_feature");
        } catch (MissingResourceException e) {
            return feature.getName();
        }
    }

    /** "2026-12-31: 42.0 (wijk=Centrum)". */
    public static String measurement(Measurement measurement) {
        if (measurement.getMeasuredOn() == null || measurement.getValue() == null) {
            return null;
        }
        String text = measurement.getMeasuredOn() + ": " + measurement.getValue();
        return measurement.getBreakdown() == null || measurement.getBreakdown().isBlank() ? text
                : text + " (" + measurement.getBreakdown() + ")";
    }
}
