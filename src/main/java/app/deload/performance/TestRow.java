package app.deload.performance;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import app.deload.team.Team;

/** A test as listed for its team, with how many results it has and when it was last run. */
public record TestRow(long id, String name, String unit, String direction, String swc, long results,
        LocalDate lastRun) {

    /** @param teamSwcPercent the team's default smallest worthwhile change, shown where a test has none */
    public static List<TestRow> of(Team team, List<PerformanceTest> tests, double teamSwcPercent) {
        Map<Long, Object[]> stats = PerformanceResult.getEntityManager()
                .createQuery("select r.test.id, count(r), max(r.resultDate) from PerformanceResult r "
                        + "where r.test.team = ?1 group by r.test.id", Object[].class)
                .setParameter(1, team).getResultList().stream().collect(Collectors.toMap(r -> (Long) r[0], r -> r));
        return tests.stream().map(t -> {
            Object[] s = stats.get(t.id);
            return new TestRow(t.id, t.name, t.unit, direction(t), swc(t, teamSwcPercent),
                    s == null ? 0 : (Long) s[1], s == null ? null : (LocalDate) s[2]);
        }).toList();
    }

    static String direction(PerformanceTest test) {
        return test.higherIsBetter ? "higher is better" : "lower is better";
    }

    static String swc(PerformanceTest test, double teamSwcPercent) {
        return test.swcPercent == null ? Measurement.plain(teamSwcPercent) + " % (team default)"
                : Measurement.plain(test.swcPercent) + " %";
    }
}
