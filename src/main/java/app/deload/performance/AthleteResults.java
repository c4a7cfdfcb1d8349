package app.deload.performance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.deload.monitoring.Thresholds;

/** One athlete's results, grouped by test, newest first, each against their previous 3 results. */
public record AthleteResults(long athleteId, String athleteName, long teamId, String teamName, boolean self,
        List<Section> tests) {

    public record Section(String name, String unit, String direction, String swc, List<Line> results) {
    }

    public record Line(LocalDate date, String value, String change, boolean decrement, String explanation) {
    }

    /** @param results the athlete's results, oldest first, tests loaded */
    static AthleteResults of(long athleteId, String athleteName, long teamId, String teamName, boolean self,
            List<PerformanceResult> results, Thresholds thresholds) {
        Map<Long, Comparisons.Comparison> compared = Comparisons.of(results, thresholds);
        Map<Long, List<PerformanceResult>> byTest = new LinkedHashMap<>();
        results.stream().sorted((a, b) -> a.test.name.compareToIgnoreCase(b.test.name))
                .forEach(r -> byTest.computeIfAbsent(r.test.id, k -> new ArrayList<>()).add(r));
        List<Section> sections = new ArrayList<>();
        for (List<PerformanceResult> ofTest : byTest.values()) {
            PerformanceTest test = ofTest.get(0).test;
            List<Line> lines = new ArrayList<>();
            for (int i = ofTest.size() - 1; i >= 0; i--) {
                PerformanceResult r = ofTest.get(i);
                Comparisons.Comparison c = compared.get(r.id);
                lines.add(new Line(r.resultDate, Measurement.plain(r.measured) + " " + test.unit, c.change(),
                        c.decrement(), c.explanation()));
            }
            sections.add(new Section(test.name, test.unit, TestRow.direction(test),
                    TestRow.swc(test, thresholds.defaultSwcPercent()), lines));
        }
        return new AthleteResults(athleteId, athleteName, teamId, teamName, self, sections);
    }
}
