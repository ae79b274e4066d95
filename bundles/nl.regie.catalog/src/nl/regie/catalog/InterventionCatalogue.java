// SPDX-License-Identifier: EPL-2.0
package nl.regie.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.regie.model.Intervention;

/**
 * All catalogue entries from all contributions, in the order the contributions were given, each entry tagged with
 * the catalogue it came from ({@link Intervention#getCatalogue()}). An entry whose id an earlier catalogue already
 * gave is left out and reported as a finding, never silently dropped.
 */
public final class InterventionCatalogue {

    private final List<Intervention> entries = new ArrayList<>();
    private final List<CatalogueFinding> duplicates = new ArrayList<>();

    public InterventionCatalogue(List<? extends CatalogueContribution> contributions) {
        Set<String> ids = new HashSet<>();
        for (CatalogueContribution contribution : contributions) {
            for (Intervention intervention : contribution.interventions()) {
                if (intervention.getCatalogue() == null) {
                    intervention.setCatalogue(contribution.name());
                }
                if (ids.add(intervention.getId())) {
                    entries.add(intervention);
                } else {
                    duplicates.add(new CatalogueFinding(intervention.getId(), intervention.getName(),
                            CatalogueFinding.Kind.DUPLICATE_ID, "catalogue '" + contribution.name() + "' gives id "
                                    + intervention.getId() + " again; the entry of an earlier catalogue is used"));
                }
            }
        }
    }

    /** Every entry (the caller may read them; copies are made with {@code EcoreUtil.copy} when it needs its own). */
    public List<Intervention> entries() {
        return List.copyOf(entries);
    }

    public Optional<Intervention> find(String id) {
        return entries.stream().filter(entry -> entry.getId().equals(id)).findFirst();
    }

    /** True when the entry's recognition held until a day before {@code today}. */
    public static boolean lapsed(Intervention intervention, LocalDate today) {
        return intervention.getRecognitionValidUntil() != null && intervention.getRecognitionValidUntil().isBefore(today);
    }

    /** What a planner must know on {@code today}: entries advised against, lapsed recognitions, duplicate ids. */
    public List<CatalogueFinding> findings(LocalDate today) {
        List<CatalogueFinding> findings = new ArrayList<>();
        for (Intervention entry : entries) {
            if (entry.isNotRecommended()) {
                findings.add(new CatalogueFinding(entry.getId(), entry.getName(), CatalogueFinding.Kind.NOT_RECOMMENDED,
                        entry.getNotRecommendedReason() == null ? "advised against" : entry.getNotRecommendedReason()));
            }
            if (lapsed(entry, today)) {
                findings.add(new CatalogueFinding(entry.getId(), entry.getName(), CatalogueFinding.Kind.RECOGNITION_LAPSED,
                        "recognition (" + entry.getEvidenceLevel().getLiteral() + ") held until "
                                + entry.getRecognitionValidUntil() + (entry.getRecognitionSource() == null ? ""
                                        : "; " + entry.getRecognitionSource())));
            }
        }
        findings.addAll(duplicates);
        return findings;
    }
}
