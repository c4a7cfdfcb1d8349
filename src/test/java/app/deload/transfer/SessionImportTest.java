package app.deload.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.deload.training.SessionType;

class SessionImportTest {

    private static List<SessionRow> minutes(int... minutes) {
        return Arrays.stream(minutes).mapToObj(m -> new SessionRow(2, 1, "AB-1", LocalDate.of(2026, 3, 9),
                LocalTime.of(17, 0), SessionType.SKILL, m, null, null)).toList();
    }

    @Test
    void aNewSessionIsPlannedForTheMostFrequentMinutes() {
        assertEquals(90, SessionImport.plannedMinutes(minutes(60, 90, 90, 45)));
        assertEquals(60, SessionImport.plannedMinutes(minutes(60)));
    }

    @Test
    void theEarlierRowWinsATie() {
        assertEquals(60, SessionImport.plannedMinutes(minutes(60, 90)));
        assertEquals(90, SessionImport.plannedMinutes(minutes(90, 60, 60, 90)));
    }
}
