package app.deload.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Checks each coming event's projected form against the fresh band (+5 to +25 % of fitness) and proposes a taper
 * reduction that lands it: t is tried from 0.41 to 0.60 in steps of 0.01 with the rest of the plan unchanged, and the
 * smallest t whose projection puts the event day in the fresh band is proposed (the least volume cut that works).
 */
public final class TaperAdvisor {
    private static final int MIN_T_HUNDREDTHS = 41;
    private static final int MAX_T_HUNDREDTHS = 60;

    private TaperAdvisor() {
    }

    /** One advice per event after today, in date order. */
    public static List<TaperAdvice> forEvents(double ctlToday, double atlToday, LocalDate today, PlanParameters p,
                                              List<PlanEvent> events, List<EarlyDeload> early,
                                              List<PlannedSessionLoad> planned) {
        List<PlanEvent> coming = new ArrayList<>();
        for (PlanEvent e : events) {
            if (e.date().isAfter(today)) {
                coming.add(e);
            }
        }
        coming.sort(Comparator.comparing(PlanEvent::date));
        List<TaperAdvice> advice = new ArrayList<>();
        for (PlanEvent event : coming) {
            Double percent = formPercentOn(event, ctlToday, atlToday, today, p, events, early, planned);
            if (percent == null) {
                advice.add(new TaperAdvice(event, Double.NaN, null, false, null, "Projected form on " + event.name()
                        + " (" + Words.day(event.date()) + ") cannot be given: there is no fitness to compare it with."));
                continue;
            }
            FormBand band = FormBand.of(percent);
            String projected = "Projected form on " + event.name() + " (" + Words.day(event.date()) + "): "
                    + Words.signed(percent, 1) + " % of fitness, " + band.label();
            if (band == FormBand.FRESH) {
                advice.add(new TaperAdvice(event, percent, band, true, null, projected + ": the taper (−"
                        + Words.percent(p.taperReduction()) + " %) lands it fresh."));
                continue;
            }
            Double proposed = null;
            for (int h = MIN_T_HUNDREDTHS; h <= MAX_T_HUNDREDTHS && proposed == null; h++) {
                double t = h / 100.0;
                Double tried = formPercentOn(event, ctlToday, atlToday, today, p.withTaperReduction(t), events,
                        early, planned);
                if (tried != null && FormBand.of(tried) == FormBand.FRESH) {
                    proposed = t;
                }
            }
            String summary = proposed != null
                    ? projected + ", not fresh (+5 to +25 %). A taper of −" + Words.percent(proposed)
                    + " % would land it fresh."
                    : projected + ", not fresh (+5 to +25 %), and no taper reduction from −41 % to −60 % lands it fresh.";
            advice.add(new TaperAdvice(event, percent, band, false, proposed, summary));
        }
        return List.copyOf(advice);
    }

    private static Double formPercentOn(PlanEvent event, double ctlToday, double atlToday, LocalDate today,
                                        PlanParameters p, List<PlanEvent> events, List<EarlyDeload> early,
                                        List<PlannedSessionLoad> planned) {
        PlanLayout layout = PlanLayout.of(p, events, early);
        List<ProjectedDay> days = Projection.project(ctlToday, atlToday, today, event.date(), layout, planned);
        return days.get(days.size() - 1).formPercent();
    }
}
