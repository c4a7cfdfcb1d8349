package app.deload.dashboard;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Maps days and values onto an SVG plot area. Pure arithmetic: each day owns one slot of equal width and is
 * drawn at the slot's centre; values map linearly from [yMin, yMax] to the plot's bottom and top.
 */
public final class ChartGeometry {

    public static final double WIDTH = 720;
    public static final double HEIGHT = 220;
    public static final double LEFT = 52;
    public static final double RIGHT = 14;
    public static final double TOP = 22;
    public static final double BOTTOM = 30;
    /** Axis labels are ISO dates; more than this many would overlap at the chart's width. */
    static final int MAX_DATE_TICKS = 7;

    public record Tick(double position, String label) {
    }

    private final LocalDate from;
    private final int days;
    private final double yMin;
    private final double yMax;
    private final double step;

    public ChartGeometry(LocalDate from, LocalDate to, double yMin, double yMax) {
        this(from, to, yMin, yMax, niceStep((yMax - yMin) / 4));
    }

    private ChartGeometry(LocalDate from, LocalDate to, double yMin, double yMax, double step) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the range ends before it starts: " + from + " to " + to);
        }
        if (!(yMax > yMin)) {
            throw new IllegalArgumentException("the value range is empty: " + yMin + " to " + yMax);
        }
        this.from = from;
        this.days = (int) ChronoUnit.DAYS.between(from, to) + 1;
        this.yMin = yMin;
        this.yMax = yMax;
        this.step = step;
    }

    /** A value axis from nice round ticks that contain every given value (and zero when {@code fromZero}). */
    public static ChartGeometry fitting(LocalDate from, LocalDate to, List<Double> values, boolean fromZero) {
        double low = fromZero ? 0 : Double.POSITIVE_INFINITY;
        double high = fromZero ? 0 : Double.NEGATIVE_INFINITY;
        for (Double v : values) {
            if (v != null && Double.isFinite(v)) {
                low = Math.min(low, v);
                high = Math.max(high, v);
            }
        }
        if (low == Double.POSITIVE_INFINITY) {
            low = 0;
            high = 1;
        }
        if (high - low < 1e-9) {
            double pad = Math.max(Math.abs(high) * 0.1, 1);
            low = fromZero && low >= 0 ? 0 : low - pad;
            high = high + pad;
        }
        double step = niceStep((high - low) / 4);
        double niceLow = Math.floor(low / step + 1e-9) * step;
        double niceHigh = Math.ceil(high / step - 1e-9) * step;
        if (niceHigh <= niceLow) {
            niceHigh = niceLow + step;
        }
        return new ChartGeometry(from, to, niceLow, niceHigh, step);
    }

    /** 1, 2, 2.5 or 5 times a power of ten, at least {@code raw}. */
    static double niceStep(double raw) {
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] { 1, 2, 2.5, 5, 10 }) {
            if (m * power >= raw - 1e-12) {
                return m * power;
            }
        }
        return 10 * power;
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
        return from.plusDays(days - 1);
    }

    public int days() {
        return days;
    }

    public double yMin() {
        return yMin;
    }

    public double yMax() {
        return yMax;
    }

    public double plotWidth() {
        return WIDTH - LEFT - RIGHT;
    }

    public double plotHeight() {
        return HEIGHT - TOP - BOTTOM;
    }

    public double plotBottom() {
        return HEIGHT - BOTTOM;
    }

    public double plotRight() {
        return WIDTH - RIGHT;
    }

    public double slotWidth() {
        return plotWidth() / days;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to());
    }

    /** The centre of the day's slot. */
    public double x(LocalDate day) {
        return LEFT + (ChronoUnit.DAYS.between(from, day) + 0.5) * slotWidth();
    }

    /** The vertical position of a value, clamped to the plot so an outlier stays visible at its edge. */
    public double y(double value) {
        double clamped = Math.max(yMin, Math.min(yMax, value));
        return TOP + (yMax - clamped) / (yMax - yMin) * plotHeight();
    }

    /** The value at a vertical position: the inverse of {@link #y} inside the plot. */
    public double valueAt(double y) {
        return yMax - (y - TOP) / plotHeight() * (yMax - yMin);
    }

    /** The distance between value ticks: 1, 2, 2.5 or 5 times a power of ten. */
    public double step() {
        return step;
    }

    /** The decimals that show every tick exactly: 0 for a step of 50, 1 for 0.5, 3 for 0.025. */
    public int tickDecimals() {
        for (int d = 0; d < 6; d++) {
            double scaled = step * Math.pow(10, d);
            if (Math.abs(scaled - Math.rint(scaled)) < 1e-6) {
                return d;
            }
        }
        return 6;
    }

    /** Round values from yMin to yMax, one per step. */
    public List<Tick> valueTicks() {
        List<Tick> ticks = new ArrayList<>();
        for (double v = yMin; v <= yMax + step * 1e-6; v += step) {
            double rounded = Math.abs(v) < step * 1e-6 ? 0 : v;
            ticks.add(new Tick(y(rounded), number(rounded, tickDecimals())));
        }
        return ticks;
    }

    /**
     * Date ticks on Mondays every 1, 2 or 4 weeks, or on the first of every 1, 2, 3 or 6 months, whichever is the
     * finest with at most {@value #MAX_DATE_TICKS} ticks.
     */
    public List<Tick> dateTicks() {
        for (int weeks : new int[] { 1, 2, 4 }) {
            List<LocalDate> mondays = new ArrayList<>();
            LocalDate d = from;
            while (d.getDayOfWeek() != DayOfWeek.MONDAY) {
                d = d.plusDays(1);
            }
            for (; !d.isAfter(to()); d = d.plusWeeks(weeks)) {
                mondays.add(d);
            }
            if (mondays.size() <= MAX_DATE_TICKS) {
                return mondays.stream().map(m -> new Tick(x(m), m.toString())).toList();
            }
        }
        for (int months : new int[] { 1, 2, 3, 6, 12 }) {
            List<LocalDate> firsts = new ArrayList<>();
            LocalDate d = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
            for (; !d.isAfter(to()); d = d.plusMonths(months)) {
                firsts.add(d);
            }
            if (firsts.size() <= MAX_DATE_TICKS) {
                return firsts.stream().map(m -> new Tick(x(m), m.toString())).toList();
            }
        }
        return List.of();
    }

    /** A coordinate for an SVG attribute: one decimal, never a locale's comma. */
    public static String coordinate(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** A value as the chart's labels and tooltips show it. */
    public static String number(double v, int decimals) {
        String s = String.format(Locale.ROOT, "%." + decimals + "f", v);
        return s.startsWith("-") && Double.parseDouble(s) == 0 ? s.substring(1) : s.replace('-', '−');
    }
}
