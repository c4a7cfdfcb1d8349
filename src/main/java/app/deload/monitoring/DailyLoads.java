package app.deload.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One athlete's daily loads from the history start through a date. Non-attended sessions are ignored.
 * A day with one rated and one unrated session is MISSING: its total is unknown, and a partial sum would
 * read as a lighter day than it was. Days before the history start are unknown (BEFORE_HISTORY) and count
 * against the completeness of fixed windows.
 */
public final class DailyLoads {
    static final String METHOD = "session RPE (CR-10) × minutes, summed per team-local day (Foster 2001)";

    private final LocalDate historyStart;
    private final long startEpochDay;
    private final LocalDate through;
    private final double[] load;
    private final int[] rated;
    private final int[] unrated;

    private DailyLoads(LocalDate historyStart, LocalDate through, double[] load, int[] rated, int[] unrated) {
        this.historyStart = historyStart;
        this.startEpochDay = historyStart == null ? through.toEpochDay() + 1 : historyStart.toEpochDay();
        this.through = through;
        this.load = load;
        this.rated = rated;
        this.unrated = unrated;
    }

    /**
     * @param historyStart first day of the athlete's history, or null; an attended session before it moves the
     *                     start earlier, so no input is ever dropped
     * @param through      last day computed; sessions after it are ignored
     */
    public static DailyLoads of(List<SessionInput> sessions, LocalDate historyStart, LocalDate through) {
        Objects.requireNonNull(sessions, "sessions");
        Objects.requireNonNull(through, "through");
        LocalDate start = historyStart;
        for (SessionInput s : sessions) {
            if (s.attended() && !s.date().isAfter(through) && (start == null || s.date().isBefore(start))) {
                start = s.date();
            }
        }
        int length = start == null || start.isAfter(through)
                ? 0 : (int) (through.toEpochDay() - start.toEpochDay() + 1);
        double[] load = new double[length];
        int[] rated = new int[length];
        int[] unrated = new int[length];
        for (SessionInput s : sessions) {
            if (!s.attended() || s.date().isAfter(through)) {
                continue;
            }
            int i = (int) (s.date().toEpochDay() - start.toEpochDay());
            if (s.isRated()) {
                rated[i]++;
                load[i] += s.load();
            } else {
                unrated[i]++;
            }
        }
        for (int i = 0; i < length; i++) {
            if (unrated[i] > 0) {
                load[i] = Double.NaN;
            }
        }
        return new DailyLoads(start, through, load, rated, unrated);
    }

    public Optional<LocalDate> historyStart() {
        return Optional.ofNullable(historyStart);
    }

    public LocalDate through() {
        return through;
    }

    /** 1 on the history start, counting up; 0 or less before it. */
    public int dayOfHistory(LocalDate day) {
        return index(day) + 1;
    }

    public DayState state(LocalDate day) {
        return stateAt(index(day));
    }

    /** The day's load in AU, or empty when MISSING or BEFORE_HISTORY. */
    public Optional<Double> load(LocalDate day) {
        int i = index(day);
        return known(i) ? Optional.of(load[i]) : Optional.empty();
    }

    /** The day's load with its state in words. */
    public Metric daily(LocalDate day) {
        int i = index(day);
        Window w = new Window(day, day, known(i) ? 1 : 0);
        return switch (stateAt(i)) {
            case TRAINED -> Metric.ok(load[i], Fmt.plural(rated[i], "session", "sessions"), METHOD, w);
            case REST -> Metric.ok(0, "rest day: no session", METHOD, w);
            case MISSING -> Metric.unavailable(Metric.Status.NO_DATA, "missing: "
                    + Fmt.plural(unrated[i], "attended session has", "attended sessions have")
                    + " no RPE yet (load unknown, not zero)", METHOD, w);
            case BEFORE_HISTORY -> beforeHistory(METHOD, w);
        };
    }

    /** The window with the number of its days whose load is known. */
    public Window window(LocalDate from, LocalDate to) {
        int a = index(from);
        int b = index(to);
        int knownDays = 0;
        for (int i = Math.max(a, 0); i <= b; i++) {
            if (!Double.isNaN(load[i])) {
                knownDays++;
            }
        }
        return new Window(from, to, knownDays);
    }

    /** Sum of the known loads in the window. */
    public double sumKnown(LocalDate from, LocalDate to) {
        int b = index(to);
        double sum = 0;
        for (int i = Math.max(index(from), 0); i <= b; i++) {
            if (!Double.isNaN(load[i])) {
                sum += load[i];
            }
        }
        return sum;
    }

    /** Why a fixed window cannot be shown: too little history, else too many missing days. */
    Metric shortfall(Window w, String method) {
        int sinceStart = (int) Math.max(0, Math.min(w.days(), w.to().toEpochDay() - startEpochDay + 1));
        if (sinceStart < w.days()) {
            return Metric.unavailable(Metric.Status.BUILDING,
                    "building history: " + sinceStart + " of " + w.days() + " days", method, w);
        }
        return Metric.unavailable(Metric.Status.INSUFFICIENT,
                "insufficient data: " + w.completenessText(), method, w);
    }

    Metric beforeHistory(String method, Window w) {
        return Metric.unavailable(Metric.Status.BUILDING, historyStart == null
                ? "no history yet" : "before history start (" + historyStart + ")", method, w);
    }

    int index(LocalDate day) {
        if (day.isAfter(through)) {
            throw new IllegalArgumentException(day + " is after the last computed day " + through);
        }
        return (int) (day.toEpochDay() - startEpochDay);
    }

    LocalDate dateAt(int i) {
        return LocalDate.ofEpochDay(startEpochDay + i);
    }

    int length() {
        return load.length;
    }

    boolean known(int i) {
        return i >= 0 && !Double.isNaN(load[i]);
    }

    /** The load at an index, NaN when unknown. */
    double loadAt(int i) {
        return i >= 0 ? load[i] : Double.NaN;
    }

    private DayState stateAt(int i) {
        if (i < 0) {
            return DayState.BEFORE_HISTORY;
        }
        if (unrated[i] > 0) {
            return DayState.MISSING;
        }
        return rated[i] > 0 ? DayState.TRAINED : DayState.REST;
    }
}
