package app.deload.monitoring;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything known about one athlete, as the calculation core needs it.
 *
 * @param historyStart  first day of monitoring (e.g. when the athlete joined), or null; the effective start
 *                      is the earliest of this, the first attended session and the first wellness entry
 * @param lastDeloadEnd last day of the most recent deload, or null
 */
public record AthleteHistory(LocalDate historyStart, List<SessionInput> sessions, List<WellnessInput> wellness,
                             List<PerformanceInput> performance, LocalDate lastDeloadEnd) {

    public AthleteHistory {
        sessions = sessions == null ? List.of() : List.copyOf(sessions);
        wellness = wellness == null ? List.of() : List.copyOf(wellness);
        performance = performance == null ? List.of() : List.copyOf(performance);
        Set<LocalDate> dates = new HashSet<>();
        for (WellnessInput w : wellness) {
            if (!dates.add(w.date())) {
                throw new IllegalArgumentException("two wellness entries on " + w.date() + ": pass one per date");
            }
        }
    }

    /** The athlete's first day: the EWMA seed day and day 1 of "building history". */
    public Optional<LocalDate> firstDay() {
        LocalDate first = historyStart;
        for (SessionInput s : sessions) {
            if (s.attended() && (first == null || s.date().isBefore(first))) {
                first = s.date();
            }
        }
        for (WellnessInput w : wellness) {
            if (first == null || w.date().isBefore(first)) {
                first = w.date();
            }
        }
        return Optional.ofNullable(first);
    }
}
