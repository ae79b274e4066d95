// SPDX-License-Identifier: EPL-2.0
package nl.regie.signals;

import java.util.List;
import java.util.Map;

import nl.regie.signals.privacy.PrivacyScreen;

/**
 * What an intake did with a file. Every record read is accepted, rejected or a duplicate:
 * {@code read == accepted + rejected + duplicates}, always.
 *
 * @param rejections the first {@link SignalIntake#LISTED_REJECTIONS} rejected records (all of them are in the rejects
 *            report and the quarantine)
 */
public record IntakeReport(String file, int read, int accepted, int rejected, List<Rejection> rejections,
        int duplicates, Map<PrivacyScreen.Kind, Integer> personalDataRemoved) {

    public IntakeReport {
        rejections = List.copyOf(rejections);
        personalDataRemoved = Map.copyOf(personalDataRemoved);
        if (read != accepted + rejected + duplicates || rejections.size() > rejected) {
            throw new IllegalStateException("records lost: read " + read + " != accepted " + accepted + " + rejected "
                    + rejected + " + duplicates " + duplicates);
        }
    }

    /** How many items of personal data were removed. */
    public int personalDataRemovedTotal() {
        return personalDataRemoved.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The one summary line: {@code read N, accepted A, rejected R, duplicates D, personal data removed P}. */
    public String summaryLine() {
        return "read " + read + ", accepted " + accepted + ", rejected " + rejected + ", duplicates " + duplicates
                + ", personal data removed " + personalDataRemovedTotal();
    }
}
