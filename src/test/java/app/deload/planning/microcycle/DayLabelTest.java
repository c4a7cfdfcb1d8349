package app.deload.planning.microcycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.deload.planning.PlannedWeek;
import app.deload.planning.WeekKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DayLabelTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 1, 5);

    @Test
    void sessionsDecideOverTheTemplate() {
        assertEquals(DayLabel.TRAINING, DayLabel.of(DayKind.REST, List.of(SessionKind.SKILL)));
        assertEquals(DayLabel.TRAINING, DayLabel.of(DayKind.ACTIVE_RECOVERY,
                List.of(SessionKind.ACTIVE_RECOVERY, SessionKind.STRENGTH)));
        assertEquals(DayLabel.ACTIVE_RECOVERY, DayLabel.of(DayKind.TRAINING, List.of(SessionKind.ACTIVE_RECOVERY)));
    }

    @Test
    void aDayWithoutSessionsIsWhatTheTemplatePlanned() {
        assertEquals(DayLabel.REST, DayLabel.of(DayKind.REST, List.of()));
        assertEquals(DayLabel.ACTIVE_RECOVERY, DayLabel.of(DayKind.ACTIVE_RECOVERY, List.of()));
        assertEquals(DayLabel.NOTHING_PLANNED, DayLabel.of(DayKind.TRAINING, List.of()));
        assertEquals(DayLabel.NOTHING_PLANNED, DayLabel.of(null, List.of()));
    }

    @Test
    void onlyRestAndActiveRecoveryAreRecoveryDays() {
        assertTrue(DayLabel.REST.recovery());
        assertTrue(DayLabel.ACTIVE_RECOVERY.recovery());
        assertFalse(DayLabel.TRAINING.recovery());
        assertFalse(DayLabel.NOTHING_PLANNED.recovery());
        assertEquals("active_recovery", DayLabel.ACTIVE_RECOVERY.code());
    }

    @Test
    void weekReasonsSayWhatChangesInPlainWords() {
        assertEquals("deload week: same intensity, less volume",
                WeekReason.of(new PlannedWeek(3, MONDAY, WeekKind.DELOAD, 1000, 0, "", null)));
        assertEquals("taper before Cup (−50 %): same intensity, less volume",
                WeekReason.of(new PlannedWeek(5, MONDAY, WeekKind.TAPER, 1000, 1, "taper before Cup (−50 %)", null)));
        assertEquals("deload brought forward from Wednesday: same intensity, less volume",
                WeekReason.of(new PlannedWeek(2, MONDAY, WeekKind.LOADING, 1800, 0, "", MONDAY.plusDays(2), 100)));
        assertTrue(WeekReason.of(new PlannedWeek(0, MONDAY, WeekKind.LOADING, 2000, 0, "", null))
                .startsWith("loading week"));
        assertEquals("event week: Cup on 10 Jan: fresh for the day",
                WeekReason.of(new PlannedWeek(6, MONDAY, WeekKind.EVENT, 900, 1, "event week: Cup on 10 Jan", null)));
    }
}
