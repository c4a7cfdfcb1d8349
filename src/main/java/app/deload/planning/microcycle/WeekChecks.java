package app.deload.planning.microcycle;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The checks of a week (a template or a generated week): no two hard days (a session at RPE 7 or more) in a row
 * unless the coach confirms them, at least one full rest day, active recovery the day after a match, and the week's
 * planned minutes × RPE within 5 % of the plan's week load. A template repeats, so its Sunday is followed by its
 * Monday.
 */
public final class WeekChecks {
    public static final int HARD_RPE = 7;
    public static final double LOAD_TOLERANCE = 0.05;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE", Locale.ENGLISH);

    private WeekChecks() {
    }

    /** A generated week against its plan load (null: no load check). */
    public static List<WeekCheck> week(List<PlannedDay> days, Double plannedLoad, boolean hardDaysConfirmed) {
        List<WeekCheck> checks = new ArrayList<>(structure(days, hardDaysConfirmed, false, DAY));
        if (plannedLoad != null) {
            checks.add(load(days, plannedLoad));
        }
        return checks;
    }

    public static List<WeekCheck> week(PlannedMicrocycle week, boolean hardDaysConfirmed) {
        return week(week.days(), week.week().plannedLoad(), hardDaysConfirmed);
    }

    /** A template as written, repeating week after week. */
    public static List<WeekCheck> template(WeekTemplate template, boolean hardDaysConfirmed) {
        return structure(template.nominalDays(LocalDate.of(2024, 1, 1)), hardDaysConfirmed, true, WEEKDAY);
    }

    public static boolean allOk(List<WeekCheck> checks) {
        return checks.stream().allMatch(WeekCheck::ok);
    }

    private static List<WeekCheck> structure(List<PlannedDay> days, boolean confirmed, boolean cyclic,
                                             DateTimeFormatter names) {
        List<WeekCheck> checks = new ArrayList<>();
        int n = days.size();
        int pairs = cyclic ? n : n - 1;
        List<String> hardRuns = new ArrayList<>();
        List<String> missingRecovery = new ArrayList<>();
        for (int i = 0; i < pairs; i++) {
            PlannedDay day = days.get(i);
            PlannedDay next = days.get((i + 1) % n);
            if (day.maxRpe() >= HARD_RPE && next.maxRpe() >= HARD_RPE) {
                hardRuns.add(names.format(day.date()) + " and " + names.format(next.date()));
            }
            if (day.hasMatch() && !next.recoveryOnly()) {
                missingRecovery.add(names.format(next.date()) + " after the match on " + names.format(day.date()));
            }
        }
        if (hardRuns.isEmpty()) {
            checks.add(new WeekCheck(WeekCheck.Kind.HARD_DAYS, true, "no two hard days (RPE 7 or more) in a row"));
        } else if (confirmed) {
            checks.add(new WeekCheck(WeekCheck.Kind.HARD_DAYS, true, "hard days in a row on "
                    + String.join("; ", hardRuns) + ", confirmed by the coach"));
        } else {
            checks.add(new WeekCheck(WeekCheck.Kind.HARD_DAYS, false, "hard days (RPE 7 or more) in a row on "
                    + String.join("; ", hardRuns) + ": confirm them or ease one"));
        }
        List<String> rest = new ArrayList<>();
        for (PlannedDay d : days) {
            if (d.rest()) {
                rest.add(names.format(d.date()));
            }
        }
        checks.add(rest.isEmpty()
                ? new WeekCheck(WeekCheck.Kind.REST_DAY, false, "no full rest day this week")
                : new WeekCheck(WeekCheck.Kind.REST_DAY, true, "rest day: " + String.join(", ", rest)));
        boolean anyMatch = days.stream().anyMatch(PlannedDay::hasMatch);
        if (!missingRecovery.isEmpty()) {
            checks.add(new WeekCheck(WeekCheck.Kind.RECOVERY_AFTER_MATCH, false, "no active recovery on "
                    + String.join("; ", missingRecovery)));
        } else {
            checks.add(new WeekCheck(WeekCheck.Kind.RECOVERY_AFTER_MATCH, true, anyMatch
                    ? "active recovery the day after each match" : "no match this week"));
        }
        return checks;
    }

    private static WeekCheck load(List<PlannedDay> days, double plannedLoad) {
        int total = days.stream().mapToInt(PlannedDay::load).sum();
        if (plannedLoad <= 0) {
            return new WeekCheck(WeekCheck.Kind.WEEK_LOAD, total == 0, "sessions plan " + total + " AU; the plan "
                    + "has no load this week");
        }
        double diff = (total - plannedLoad) / plannedLoad;
        boolean ok = Math.abs(diff) <= LOAD_TOLERANCE + 1e-12;
        return new WeekCheck(WeekCheck.Kind.WEEK_LOAD, ok, "sessions plan " + total + " AU against "
                + Math.round(plannedLoad) + " AU in the plan (" + signedPercent(diff) + " %), "
                + (ok ? "within" : "more than") + " 5 %");
    }

    private static String signedPercent(double fraction) {
        String s = java.math.BigDecimal.valueOf(fraction * 100).setScale(1, java.math.RoundingMode.HALF_UP)
                .toPlainString();
        return fraction >= 0 ? "+" + s : "−" + s.substring(1);
    }
}
