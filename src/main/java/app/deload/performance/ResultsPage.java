package app.deload.performance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import app.deload.athlete.Athlete;
import app.deload.monitoring.Thresholds;
import app.deload.web.FormErrors;

/** The squad form of one test on one date and the test's recent results with their comparisons. */
public record ResultsPage(long testId, String testName, String unit, String direction, String swc, long teamId,
        String teamName, String date, String dateHint, List<Row> rows, FormErrors errors, List<Recent> recent) {

    static final int RECENT = 60;

    /** One athlete's input; {@code last} is their latest earlier result, for spotting typos. */
    public record Row(String athleteId, String name, String value, String error, String last) {
        public String field() {
            return ResultsForm.field(athleteId);
        }
    }

    /** A stored result with its comparison to the athlete's previous 3. */
    public record Recent(LocalDate date, long athleteId, String athlete, String value, String change,
            boolean decrement, String explanation, String removeAction) {
    }

    /** The page before anything is typed: the squad's active athletes, with any results already on {@code date}. */
    public String action() {
        return "/tests/" + testId + "/results";
    }

    static ResultsPage forDate(PerformanceTest test, LocalDate date, LocalDate tomorrow, List<Athlete> team,
            List<PerformanceResult> results, Thresholds thresholds) {
        Map<Long, PerformanceResult> onDate = new HashMap<>();
        results.stream().filter(r -> r.resultDate.equals(date)).forEach(r -> onDate.put(r.athlete.id, r));
        List<Row> rows = new ArrayList<>();
        for (Athlete a : team) {
            PerformanceResult existing = onDate.get(a.id);
            if (a.active || existing != null) {
                rows.add(new Row(a.id.toString(), a.name, existing == null ? "" : Measurement.plain(existing.measured),
                        null, last(results, a.id, date, test.unit)));
            }
        }
        return of(test, date.toString(), tomorrow, rows, FormErrors.none(), results, thresholds);
    }

    /** The page again after a refused save: the rows as submitted, each with its message. */
    static ResultsPage refused(PerformanceTest test, ResultsForm form, LocalDate tomorrow, List<Athlete> team,
            List<PerformanceResult> results, Thresholds thresholds, FormErrors errors) {
        Map<String, Athlete> byId = new HashMap<>();
        team.forEach(a -> byId.put(a.id.toString(), a));
        LocalDate date = parsedOrNull(form.date());
        List<Row> rows = new ArrayList<>();
        if (form.aligned()) {
            for (int i = 0; i < form.athleteId().size(); i++) {
                String id = form.athleteId().get(i);
                Athlete a = byId.get(id.strip());
                rows.add(new Row(id, a == null ? "Not on this team (id " + id + ")" : a.name, form.measured().get(i),
                        errors.get(ResultsForm.field(id)), a == null ? null : last(results, a.id, date, test.unit)));
            }
        }
        return of(test, form.date(), tomorrow, rows, errors, results, thresholds);
    }

    private static ResultsPage of(PerformanceTest test, String date, LocalDate tomorrow, List<Row> rows,
            FormErrors errors, List<PerformanceResult> results, Thresholds thresholds) {
        Map<Long, Comparisons.Comparison> compared = Comparisons.of(results, thresholds);
        List<Recent> recent = results.stream().sorted(Comparator.comparing((PerformanceResult r) -> r.resultDate)
                .thenComparing(r -> r.id).reversed()).limit(RECENT).map(r -> {
                    Comparisons.Comparison c = compared.get(r.id);
                    return new Recent(r.resultDate, r.athlete.id, r.athlete.name,
                            Measurement.plain(r.measured) + " " + test.unit, c.change(), c.decrement(),
                            c.explanation(), "/tests/" + test.id + "/results/" + r.id + "/delete");
                }).toList();
        return new ResultsPage(test.id, test.name, test.unit, TestRow.direction(test),
                TestRow.swc(test, thresholds.defaultSwcPercent()), test.team.id, test.team.name, date,
                "From " + ResultsForm.EARLIEST + " to tomorrow, " + tomorrow + ". Saving again for a date replaces "
                        + "that date's results of the athletes you fill in.",
                rows, errors, recent);
    }

    /** "last 45.2 cm on 2024-05-01", the athlete's latest result before {@code date}, or null. */
    private static String last(List<PerformanceResult> results, long athleteId, LocalDate date, String unit) {
        PerformanceResult latest = null;
        for (PerformanceResult r : results) {
            if (r.athlete.id == athleteId && (date == null || r.resultDate.isBefore(date))) {
                latest = r;
            }
        }
        return latest == null ? null : "last " + Measurement.plain(latest.measured) + " " + unit + " on "
                + latest.resultDate;
    }

    private static LocalDate parsedOrNull(String date) {
        try {
            return LocalDate.parse(date.strip());
        } catch (RuntimeException e) {
            return null;
        }
    }
}
