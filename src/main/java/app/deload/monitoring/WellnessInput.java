package app.deload.monitoring;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One morning questionnaire (McLean et al. 2010), items 1–5 where higher is better; at most one per date.
 * Resting HR and RMSSD are optional (null).
 */
public record WellnessInput(LocalDate date, int fatigue, int sleepQuality, int soreness, int stress, int mood,
                            double sleepHours, Integer restingHr, Double rmssd) {

    public WellnessInput {
        Objects.requireNonNull(date, "date");
        item("fatigue", fatigue);
        item("sleep quality", sleepQuality);
        item("soreness", soreness);
        item("stress", stress);
        item("mood", mood);
        if (!(sleepHours >= 0 && sleepHours <= 16) || sleepHours * 4 != Math.rint(sleepHours * 4)) {
            throw new IllegalArgumentException("sleep must be 0–16 hours in quarter hours but was " + sleepHours);
        }
        if (restingHr != null && (restingHr < 25 || restingHr > 150)) {
            throw new IllegalArgumentException("resting heart rate must be 25–150 bpm but was " + restingHr);
        }
        if (rmssd != null && !(rmssd >= 3 && rmssd <= 300)) {
            throw new IllegalArgumentException("RMSSD must be 3–300 ms but was " + rmssd);
        }
    }

    /** Sum of the five items, 5–25. */
    public int total() {
        return fatigue + sleepQuality + soreness + stress + mood;
    }

    private static void item(String name, int value) {
        if (value < 1 || value > 5) {
            throw new IllegalArgumentException(name + " must be 1–5 but was " + value);
        }
    }
}
