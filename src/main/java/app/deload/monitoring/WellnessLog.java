package app.deload.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One athlete's wellness entries indexed by date; at most one entry per date (a resubmission replaces it).
 * Keeps prefix counts and sums of the questionnaire scores so a 28-day baseline costs O(1) per day; the
 * scores are small integers, so the sums are exact.
 */
public final class WellnessLog {
    /** Score series: 0 total, 1 fatigue, 2 sleep quality, 3 soreness, 4 stress, 5 mood. */
    static final int SERIES = 6;

    private final long firstEpochDay;
    private final WellnessInput[] entries;
    private final double[] lnRmssd;
    private final int[] entriesBefore;
    private final long[][] sumBefore;
    private final long[][] squaresBefore;

    private WellnessLog(long firstEpochDay, WellnessInput[] entries) {
        this.firstEpochDay = firstEpochDay;
        this.entries = entries;
        int n = entries.length;
        this.lnRmssd = new double[n];
        this.entriesBefore = new int[n + 1];
        this.sumBefore = new long[SERIES][n + 1];
        this.squaresBefore = new long[SERIES][n + 1];
        for (int i = 0; i < n; i++) {
            WellnessInput e = entries[i];
            lnRmssd[i] = e == null || e.rmssd() == null ? Double.NaN : Math.log(e.rmssd());
            entriesBefore[i + 1] = entriesBefore[i] + (e == null ? 0 : 1);
            for (int k = 0; k < SERIES; k++) {
                long score = e == null ? 0 : score(e, k);
                sumBefore[k][i + 1] = sumBefore[k][i] + score;
                squaresBefore[k][i + 1] = squaresBefore[k][i] + score * score;
            }
        }
    }

    static int score(WellnessInput e, int series) {
        return switch (series) {
            case 0 -> e.total();
            case 1 -> e.fatigue();
            case 2 -> e.sleepQuality();
            case 3 -> e.soreness();
            case 4 -> e.stress();
            default -> e.mood();
        };
    }

    /** Number of entries in the inclusive epoch-day range. */
    int count(long from, long to) {
        return (int) prefix(entriesBefore, from, to);
    }

    /** Sum of a score series over the entries in the inclusive epoch-day range. */
    long sum(int series, long from, long to) {
        return prefix(sumBefore[series], from, to);
    }

    long sumOfSquares(int series, long from, long to) {
        return prefix(squaresBefore[series], from, to);
    }

    private long prefix(int[] before, long from, long to) {
        return before[clamp(to + 1)] - before[clamp(from)];
    }

    private long prefix(long[] before, long from, long to) {
        return before[clamp(to + 1)] - before[clamp(from)];
    }

    private int clamp(long epochDay) {
        return (int) Math.max(0, Math.min(entries.length, epochDay - firstEpochDay));
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
