package app.deload.signals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.deload.monitoring.AthleteHistory;
import app.deload.monitoring.DayMetrics;
import app.deload.monitoring.MetricsCalculator;
import app.deload.monitoring.SessionInput;
import app.deload.monitoring.Thresholds;

class MetricsCsvTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);

    /** science.md §4 reference: 30 AU for 21 days, then 50 AU for 7 days. */
    private static List<DayMetrics> reference() {
        List<SessionInput> sessions = new ArrayList<>();
        for (int day = 0; day < 28; day++) {
            sessions.add(new SessionInput(START.plusDays(day), day < 21 ? 3 : 5, 10, true));
        }
        AthleteHistory history = new AthleteHistory(START, sessions, List.of(), List.of(), null);
        return new MetricsCalculator(Thresholds.defaults()).days(history, START, START.plusDays(27));
    }

    private static String cell(String csv, int row, String column) {
        String[] lines = csv.split("\n");
        List<String> header = Arrays.asList(lines[0].split(","));
        return lines[row].split(",", -1)[header.indexOf(column)];
    }

    @Test
    void day28CarriesTheReferenceRatioAndEarlierDaysSayWhyTheRatioIsHidden() {
        String csv = MetricsCsv.write(reference());
        assertEquals(29, csv.split("\n").length);
        assertEquals("2026-01-28", cell(csv, 28, "date"));
        assertEquals(1.2497, Double.parseDouble(cell(csv, 28, "ewma_ratio")), 1e-4);
        assertEquals(47.3303, Double.parseDouble(cell(csv, 28, "ewma_acute_au")), 1e-4);
        assertEquals(1.6667, Double.parseDouble(cell(csv, 28, "rolling_uncoupled_ratio")), 1e-4);
        assertEquals("", cell(csv, 27, "ewma_ratio"));
        assertTrue(cell(csv, 27, "ewma_ratio_status").startsWith("BUILDING"), cell(csv, 27, "ewma_ratio_status"));
    }

    @Test
    void cellsAreQuotedAndFormulasDefused() {
        assertEquals("\"a, b\"", MetricsCsv.escape("a, b"));
        assertEquals("\"say \"\"hi\"\"\"", MetricsCsv.escape("say \"hi\""));
        assertEquals("'=HYPERLINK(1)", MetricsCsv.escape("=HYPERLINK(1)"));
        assertEquals("-1.5", MetricsCsv.escape("-1.5"));
    }
}
