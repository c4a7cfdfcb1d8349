package app.deload.wellness;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One morning's answers, valid by construction (science.md §6): five items 1–5, sleep 0–16 h in quarter hours,
 * resting heart rate 25–150 bpm and RMSSD 3–300 ms (one decimal) when given, a comment of at most 500 characters.
 * The form, the JSON API and imports all build one of these before anything is stored.
 */
public record WellnessValues(int fatigue, int sleepQuality, int soreness, int stress, int mood, double sleepHours,
        Integer restingHr, Double rmssd, Set<SoreArea> soreAreas, String comment) {

    public static final double MAX_SLEEP_HOURS = 16;
    public static final int MIN_RESTING_HR = 25;
    public static final int MAX_RESTING_HR = 150;
    public static final double MIN_RMSSD = 3;
    public static final double MAX_RMSSD = 300;
    public static final int MAX_COMMENT = 500;

    public WellnessValues {
        item(WellnessItem.FATIGUE, fatigue);
        item(WellnessItem.SLEEP_QUALITY, sleepQuality);
        item(WellnessItem.SORENESS, soreness);
        item(WellnessItem.STRESS, stress);
        item(WellnessItem.MOOD, mood);
        if (!isQuarterHours(sleepHours)) {
            throw new IllegalArgumentException("sleep must be 0–16 hours in quarter hours but was " + sleepHours);
        }
        if (restingHr != null && (restingHr < MIN_RESTING_HR || restingHr > MAX_RESTING_HR)) {
            throw new IllegalArgumentException("resting heart rate must be 25–150 bpm but was " + restingHr);
        }
        if (rmssd != null && !isRmssd(rmssd)) {
            throw new IllegalArgumentException("RMSSD must be 3–300 ms with at most one decimal but was " + rmssd);
        }
        soreAreas = soreAreas == null || soreAreas.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(soreAreas));
        comment = comment == null || comment.isBlank() ? null : comment.strip();
        if (comment != null && comment.length() > MAX_COMMENT) {
            throw new IllegalArgumentException("comment must be at most 500 characters but had " + comment.length());
        }
    }

    /** Sum of the five items, 5–25. */
    public int total() {
        return fatigue + sleepQuality + soreness + stress + mood;
    }

    public int item(WellnessItem item) {
        return switch (item) {
            case FATIGUE -> fatigue;
            case SLEEP_QUALITY -> sleepQuality;
            case SORENESS -> soreness;
            case STRESS -> stress;
            case MOOD -> mood;
        };
    }

    /** The sore areas as stored: codes in body order, comma-separated, or null for none. */
    public String soreAreaCodes() {
        return soreAreas.isEmpty() ? null : soreAreas.stream().map(SoreArea::code).collect(Collectors.joining(","));
    }

    /** Reads stored codes back; an unknown code means the column was written by something else and is an error. */
    public static Set<SoreArea> soreAreasOf(String codes) {
        if (codes == null || codes.isBlank()) {
            return Set.of();
        }
        Set<SoreArea> areas = EnumSet.noneOf(SoreArea.class);
        for (String code : codes.split(",")) {
            areas.add(SoreArea.fromCode(code.strip())
                    .orElseThrow(() -> new IllegalArgumentException("unknown sore area code " + code)));
        }
        return areas;
    }

    public static boolean isQuarterHours(double hours) {
        return hours >= 0 && hours <= MAX_SLEEP_HOURS && hours * 4 == Math.rint(hours * 4);
    }

    public static boolean isRmssd(double ms) {
        return ms >= MIN_RMSSD && ms <= MAX_RMSSD && Math.abs(ms * 10 - Math.rint(ms * 10)) < 1e-6;
    }

    private static void item(WellnessItem item, int value) {
        if (value < WellnessItem.MIN || value > WellnessItem.MAX) {
            throw new IllegalArgumentException(item.field() + " must be 1–5 but was " + value);
        }
    }
}
