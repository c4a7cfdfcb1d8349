package app.deload.planning.microcycle;

import app.deload.planning.PlannedWeek;

/** Why a plan week looks the way it does, in plain words for the athlete. */
public final class WeekReason {
    static final String LESS_VOLUME = "same intensity, less volume";

    private WeekReason() {
    }

    public static String of(PlannedWeek week) {
        if (week.deloadFrom() != null) {
            return "deload brought forward from " + week.deloadFrom().getDayOfWeek().getDisplayName(
                    java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + ": " + LESS_VOLUME;
        }
        return switch (week.kind()) {
            case LOADING -> "loading week: training builds up week by week";
            case DELOAD -> "deload week: " + LESS_VOLUME;
            case TAPER -> week.note() + ": " + LESS_VOLUME;
            case EVENT -> week.note() + ": fresh for the day";
        };
    }
}
