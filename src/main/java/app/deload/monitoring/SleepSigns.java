package app.deload.monitoring;

import java.time.LocalDate;

/**
 * Sleep over the last 7 nights (the 7 entries dated up to today; a night belongs to the morning's date).
 * Under 6 h is a restriction (Van Dongen et al. 2003), under 7 h short (Walsh et al. 2021). Unrecorded nights
 * are not counted as either, so the count is a lower bound and the sign never fires on absent data.
 *
 * @param hoursToday         last night's sleep, null without an entry
 * @param restrictedNights   nights under the restriction threshold in the last 7
 * @param shortNights        nights under the short-sleep threshold in the last 7 (includes restricted nights)
 * @param window             the 7 nights; daysWithData = nights recorded
 * @param restrictionSign    restrictedNights at or above the threshold (3)
 */
public record SleepSigns(Double hoursToday, int restrictedNights, int shortNights, Window window,
                         boolean restrictionSign, String reason) {

    public static SleepSigns at(WellnessLog log, LocalDate day, Thresholds t) {
        long today = day.toEpochDay();
        int recorded = 0;
        int restricted = 0;
        int shortNights = 0;
        for (long d = today - WeeklyLoad.DAYS + 1; d <= today; d++) {
            WellnessInput e = log.at(d);
            if (e != null) {
                recorded++;
                if (e.sleepHours() < t.sleepRestrictionHours()) {
                    restricted++;
                }
                if (e.sleepHours() < t.shortSleepHours()) {
                    shortNights++;
                }
            }
        }
        WellnessInput entry = log.at(today);
        Window w = new Window(day.minusDays(WeeklyLoad.DAYS - 1), day, recorded);
        String reason = restricted + " of the last 7 nights under " + Fmt.trim(t.sleepRestrictionHours()) + " h, "
                + shortNights + " under " + Fmt.trim(t.shortSleepHours()) + " h (" + recorded + " nights recorded"
                + (entry == null ? "" : "; last night " + Fmt.trim(entry.sleepHours()) + " h") + ")";
        return new SleepSigns(entry == null ? null : entry.sleepHours(), restricted, shortNights, w,
                restricted >= t.restrictedNightsOf7(), reason);
    }
}
