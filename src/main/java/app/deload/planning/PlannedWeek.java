package app.deload.planning;

import java.time.LocalDate;

/**
 * One week of a laid-out plan.
 *
 * @param index         0-based week of the plan
 * @param start         its Monday
 * @param plannedLoad   the week's planned load in AU
 * @param mesocycle     0-based mesocycle number (a new one after each deload, event week or brought-forward deload)
 * @param note          plain words, e.g. "taper before Cup final (−50 %)"
 * @param deloadFrom    null unless a brought-forward deload starts inside this week (on this day)
 * @param deloadDayLoad the planned load of each day from {@code deloadFrom} on (the deload week's daily rate);
 *                      for other weeks the even daily share, plannedLoad / 7
 */
public record PlannedWeek(int index, LocalDate start, WeekKind kind, double plannedLoad, int mesocycle, String note,
                          LocalDate deloadFrom, double deloadDayLoad) {

    public PlannedWeek(int index, LocalDate start, WeekKind kind, double plannedLoad, int mesocycle, String note,
                       LocalDate deloadFrom) {
        this(index, start, kind, plannedLoad, mesocycle, note, deloadFrom, plannedLoad / 7);
    }

    /** Its Sunday. */
    public LocalDate end() {
        return start.plusDays(6);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end());
    }

    /** Days of this week before a brought-forward deload starts (0 when none starts inside it). */
    public int daysBeforeDeload() {
        return deloadFrom == null ? 0 : (int) java.time.temporal.ChronoUnit.DAYS.between(start, deloadFrom);
    }

    /**
     * The day's planned load when the week is spread evenly; in a week where a deload is brought forward, the days
     * before it keep the loading rate and the days from it run at the deload rate. 0 outside the week.
     */
    public double plannedLoadOn(LocalDate day) {
        if (!contains(day)) {
            return 0;
        }
        int before = daysBeforeDeload();
        if (before == 0) {
            return deloadFrom == null ? plannedLoad / 7 : deloadDayLoad;
        }
        if (day.isBefore(deloadFrom)) {
            return (plannedLoad - (7 - before) * deloadDayLoad) / before;
        }
        return deloadDayLoad;
    }
}
