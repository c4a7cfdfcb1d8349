package app.deload.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** One athlete's wellness entries indexed by date; at most one entry per date (a resubmission replaces it). */
public final class WellnessLog {
    private final long firstEpochDay;
    private final WellnessInput[] entries;
    private final double[] lnRmssd;

    private WellnessLog(long firstEpochDay, WellnessInput[] entries) {
        this.firstEpochDay = firstEpochDay;
        this.entries = entries;
        this.lnRmssd = new double[entries.length];
        for (int i = 0; i < entries.length; i++) {
            lnRmssd[i] = entries[i] == null || entries[i].rmssd() == null ? Double.NaN : Math.log(entries[i].rmssd());
        }
    }

    /** @throws IllegalArgumentException when two entries share a date */
    public static WellnessLog of(List<WellnessInput> entries) {
        Objects.requireNonNull(entries, "entries");
        if (entries.isEmpty()) {
            return new WellnessLog(0, new WellnessInput[0]);
        }
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (WellnessInput e : entries) {
            first = Math.min(first, e.date().toEpochDay());
            last = Math.max(last, e.date().toEpochDay());
        }
        WellnessInput[] byDay = new WellnessInput[(int) (last - first + 1)];
        for (WellnessInput e : entries) {
            int i = (int) (e.date().toEpochDay() - first);
            if (byDay[i] != null) {
                throw new IllegalArgumentException("two wellness entries on " + e.date() + ": pass one per date");
            }
            byDay[i] = e;
        }
        return new WellnessLog(first, byDay);
    }

    /** The entry on a date, or null. */
    public WellnessInput on(LocalDate day) {
        return at(day.toEpochDay());
    }

    WellnessInput at(long epochDay) {
        long i = epochDay - firstEpochDay;
        return i < 0 || i >= entries.length ? null : entries[(int) i];
    }

    /** ln(RMSSD) on a day, NaN when not recorded. */
    double lnRmssdAt(long epochDay) {
        long i = epochDay - firstEpochDay;
        return i < 0 || i >= entries.length ? Double.NaN : lnRmssd[(int) i];
    }
}
