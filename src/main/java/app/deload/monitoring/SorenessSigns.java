package app.deload.monitoring;

import java.time.LocalDate;

/**
 * Soreness item at or below 2 on more than 3 consecutive days (DOMS normally fades in 5–7 days).
 * A day without an entry breaks the run: consecutive means recorded on each day.
 *
 * @param sorenessToday   today's soreness item, null without an entry
 * @param consecutiveDays days in a row, ending today, with soreness at or below the threshold
 */
public record SorenessSigns(Integer sorenessToday, int consecutiveDays, boolean sign, String reason) {

    /**
     * @param soreDaysBefore consecutive sore days immediately before {@code day} (the caller carries it forward)
     */
    public static SorenessSigns at(WellnessLog log, LocalDate day, int soreDaysBefore, Thresholds t) {
        WellnessInput entry = log.at(day.toEpochDay());
        if (entry == null) {
            return new SorenessSigns(null, 0, false, "no wellness entry today");
        }
        boolean sore = entry.soreness() <= t.sorenessItemMax();
        int run = sore ? soreDaysBefore + 1 : 0;
        boolean sign = run > t.sorenessLongerThanDays();
        String reason = "soreness " + entry.soreness() + "/5" + (sore
                ? ", " + t.sorenessItemMax() + " or lower on " + Fmt.plural(run, "day", "consecutive days")
                + (sign ? " (more than " + t.sorenessLongerThanDays() + ")" : "")
                : "");
        return new SorenessSigns(entry.soreness(), run, sign, reason);
    }
}
