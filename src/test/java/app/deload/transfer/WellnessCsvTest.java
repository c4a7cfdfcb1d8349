package app.deload.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import app.deload.wellness.SoreArea;
import app.deload.wellness.WellnessValues;

class WellnessCsvTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final Roster ROSTER = RowFixtures.roster("AB-1", "CD-2");

    private static Checked<WellnessRow> check(String... lines) {
        return WellnessCsv.check(RowFixtures.lines(lines), ROSTER, TODAY);
    }

    /** A valid line with one value replaced: column 2 is fatigue … column 11 the comment. */
    private static String line(int column, String value) {
        String[] cells = "AB-1,2026-03-09,4,4,3,5,4,7.5,52,61.4,calves,".split(",", -1);
        cells[column] = value;
        return String.join(",", cells);
    }

    private static void valid(int column, String value) {
        Checked<WellnessRow> checked = check(line(column, value));
        assertTrue(checked.problems().isEmpty(), () -> value + ": " + checked.problems());
    }

    private static String reason(int column, String value) {
        Checked<WellnessRow> checked = check(line(column, value));
        assertEquals(1, checked.problems().size(), () -> "expected a problem for " + value);
        return checked.problems().get(0).reason();
    }

    @Test
    void aValidLineBecomesWellnessValues() {
        WellnessRow row = check("ab-1,2026-03-09,4,4,3,5,4,7.5,52,61.4,Calves; lower_back ,Long bus ride").rows().get(0);
        assertEquals(new WellnessValues(4, 4, 3, 5, 4, 7.5, 52, 61.4, EnumSet.of(SoreArea.CALVES, SoreArea.LOWER_BACK),
                "Long bus ride"), row.values());
        assertEquals(List.of("AB-1", "2026-03-09", "4", "4", "3", "5", "4", "7.5", "52", "61.4", "lower_back;calves",
                "Long bus ride"), row.cells());
        WellnessRow minimal = check("CD-2,2026-03-09,1,5,1,5,1,0,,,,").rows().get(0);
        assertEquals(new WellnessValues(1, 5, 1, 5, 1, 0, null, null, Set.of(), null), minimal.values());
    }

    @Test
    void itemsFrom1To5() {
        for (int column = 2; column <= 6; column++) {
            valid(column, "1");
            valid(column, "5");
            assertTrue(reason(column, "0").endsWith("“0” must be a whole number from 1 to 5."));
            assertTrue(reason(column, "6").endsWith("“6” must be a whole number from 1 to 5."));
            assertTrue(reason(column, "").endsWith(" is empty: it must be a whole number from 1 to 5."));
        }
        assertTrue(reason(3, "9").startsWith("sleep_quality “9”"));
    }

    @Test
    void sleepFrom0To16InQuarterHours() {
        valid(7, "0");
        valid(7, "16");
        valid(7, "7.25");
        valid(7, "7.50");
        assertEquals("sleep_hours “16.25” must be hours from 0 to 16 in quarter hours, e.g. 7.5.", reason(7, "16.25"));
        assertTrue(reason(7, "7.3").startsWith("sleep_hours “7.3”"));
        assertTrue(reason(7, "-1").startsWith("sleep_hours “-1”"));
        assertTrue(reason(7, "seven").startsWith("sleep_hours “seven”"));
        assertTrue(reason(7, "").startsWith("sleep_hours is empty"));
    }

    @Test
    void restingHeartRateAndRmssdAreOptionalWithTheirRanges() {
        valid(8, "");
        valid(8, "25");
        valid(8, "150");
        assertTrue(reason(8, "24").startsWith("resting_hr “24” must be a whole number from 25 to 150."));
        assertTrue(reason(8, "151").startsWith("resting_hr “151”"));
        valid(9, "");
        valid(9, "3");
        valid(9, "300");
        valid(9, "61.40");
        assertEquals("rmssd “2.9” must be from 3 to 300 ms with at most one decimal.", reason(9, "2.9"));
        assertTrue(reason(9, "300.1").startsWith("rmssd “300.1”"));
        assertTrue(reason(9, "61.45").startsWith("rmssd “61.45”"));
    }

    @Test
    void soreAreasByCodeAndACommentOfAtMost500Characters() {
        valid(10, "");
        valid(10, "neck;ankles_feet");
        assertTrue(reason(10, "neck;elbow").startsWith("sore_areas: “elbow” is not a body area"));
        valid(11, "c".repeat(500));
        assertEquals("comment has 501 characters; at most 500 are allowed.", reason(11, "c".repeat(501)));
    }

    @Test
    void oneQuestionnairePerAthleteAndDate() {
        Checked<WellnessRow> checked = check(line(1, "2026-03-09"), line(1, "2026-03-08"), line(1, "2026-03-09"));
        assertEquals(List.of(new RowProblem(4, "Duplicate of line 2: one questionnaire per athlete and date.")),
                checked.problems());
        assertTrue(reason(1, "2026-03-12").startsWith("date 2026-03-12 is after tomorrow"));
        valid(1, "2026-03-11");
    }
}
