// SPDX-License-Identifier: EPL-2.0
package nl.regie.evaluation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Component;

import nl.regie.evaluation.EvaluationIndicator;
import nl.regie.evaluation.SignalTrends;
import nl.regie.model.Action;
import nl.regie.model.ActionStatus;
import nl.regie.model.EvidenceLevel;
import nl.regie.model.Track;
import nl.regie.store.StoreException;

/**
 * Regie's own computed indicators: the share of the plan's actions under way or done, the share resting on an
 * intervention recognised at least as well founded (Erkenningstraject level I or higher), and per track the signals
 * per week in the clusters it addresses since its start (26 weeks before and after, from {@link SignalTrends}; not
 * shown when fewer than 5 signals fall before or after the start, since a mean over few weeks gives the count away).
 */
@Component(service = EvaluationIndicator.class)
public final class RegieIndicators implements EvaluationIndicator {

    /** Weeks before and after a track's start compared by the trend indicator: half a year, as in the council letter. */
    static final int WEEKS = 26;

    /** Totals below this are not shown (the small-count rule of every export). */
    private static final int SMALL = 5;

    @Override
    public String name(Locale locale) {
        return Texts.text(locale, "indicator.regie");
    }

    @Override
    public List<Value> measure(Context context) throws StoreException {
        Locale locale = context.locale();
        List<Value> values = new ArrayList<>();
        if (context.plan() == null) {
            return values;
        }
        int actions = 0;
        int underway = 0;
        int recognised = 0;
        for (Track track : context.plan().getTracks()) {
            for (Action action : track.getActions()) {
                actions++;
                if (action.getStatus() == ActionStatus.IN_PROGRESS || action.getStatus() == ActionStatus.COMPLETED) {
                    underway++;
                }
                if (action.getIntervention() != null
                        && action.getIntervention().getEvidenceLevel().getValue() >= EvidenceLevel.WELL_FOUNDED_VALUE) {
                    recognised++;
                }
            }
        }
        if (actions > 0) {
            values.add(new Value(Texts.text(locale, "indicator.underway"), "%", 100.0 * underway / actions, "",
                    Texts.text(locale, "indicator.underway.method", underway, actions), false));
            values.add(new Value(Texts.text(locale, "indicator.recognised"), "%", 100.0 * recognised / actions, "",
                    Texts.text(locale, "indicator.recognised.method", recognised, actions), false));
        }
        if (context.signals() != null) {
            for (SignalTrends.TrackTrend trend : SignalTrends.of(context.plan(), context.signals(), context.today(), WEEKS,
                    locale)) {
                if (trend.after().length == 0) {
                    continue;
                }
                String indicator = Texts.text(locale, "indicator.trend");
                String unit = Texts.text(locale, "indicator.trend.unit");
                if (trend.totalBefore() < SMALL || trend.totalAfter() < SMALL) {
                    // a mean over few weeks gives the count away: fewer than 5 signals are not shown, before or after
                    values.add(new Value(indicator, unit, null, trend.track().getName(),
                            Texts.text(locale, "indicator.trend.small", WEEKS, trend.start()), false));
                    continue;
                }
                values.add(new Value(indicator, unit, (double) trend.totalAfter() / trend.after().length,
                        trend.track().getName(), Texts.text(locale, "indicator.trend.method", trend.after().length,
                                String.format(locale, "%.2f", (double) trend.totalBefore() / trend.before().length),
                                trend.start(), WEEKS), false));
            }
        }
        return values;
    }
}
