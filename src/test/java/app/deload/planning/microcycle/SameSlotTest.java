package app.deload.planning.microcycle;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class SameSlotTest {
    private static final LocalDate DAY = LocalDate.of(2026, 1, 6);
    private static final LocalTime SIX = LocalTime.of(18, 0);
    private static final PlannedSession SKILL = new PlannedSession(DAY, SIX, SessionKind.SKILL, 60, 6, "loading week");

    @Test
    void theSameStartTimeIsTheSameSlotWhateverTheKind() {
        assertTrue(SKILL.sameSlot(DAY, SIX, SessionKind.CONDITIONING));
        assertFalse(SKILL.sameSlot(DAY, LocalTime.of(7, 0), SessionKind.SKILL));
    }

    @Test
    void withoutAStartTimeTheKindDecides() {
        assertTrue(SKILL.sameSlot(DAY, null, SessionKind.SKILL));
        assertFalse(SKILL.sameSlot(DAY, null, SessionKind.STRENGTH));
        assertTrue(new PlannedSession(DAY, null, SessionKind.SKILL, 60, 6, "").sameSlot(DAY, SIX, SessionKind.SKILL));
    }

    @Test
    void anotherDayIsNeverTheSameSlot() {
        assertFalse(SKILL.sameSlot(DAY.plusDays(1), SIX, SessionKind.SKILL));
    }
}
