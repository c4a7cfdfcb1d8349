package app.deload.planning.microcycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class GenerationDiffTest {
    private static final LocalDate TUE = LocalDate.of(2026, 1, 6);
    private static final LocalDate WED = TUE.plusDays(1);
    private static final LocalTime SEVEN = LocalTime.of(7, 0);
    private static final LocalTime FIVE_PM = LocalTime.of(17, 0);

    private static PlannedSession wanted(LocalDate d, LocalTime t, int minutes) {
        return new PlannedSession(d, t, SessionKind.CONDITIONING, minutes, 6, "loading week");
    }

    private static ExistingSession generated(long id, LocalDate d, LocalTime t, int minutes) {
        return new ExistingSession(id, d, t, SessionKind.CONDITIONING, minutes, 6, "loading week", false, false, 1L);
    }

    @Test
    void emptyCalendarCreatesEverything() {
        List<PlannedSession> want = List.of(wanted(TUE, SEVEN, 60), wanted(WED, SEVEN, 45));
        GenerationDiff diff = GenerationDiff.of(want, List.of(), TUE, WED);
        assertEquals(want, diff.creates());
        assertTrue(diff.updates().isEmpty());
        assertTrue(diff.deletes().isEmpty());
        assertTrue(diff.skips().isEmpty());
        assertFalse(diff.changesNothing());
    }

    @Test
    void generatingAgainChangesNothing() {
        GenerationDiff diff = GenerationDiff.of(List.of(wanted(TUE, SEVEN, 60)),
                List.of(generated(10, TUE, SEVEN, 60)), TUE, WED);
        assertTrue(diff.changesNothing());
        assertEquals(1, diff.unchanged().size());
    }

    @Test
    void untouchedGeneratedSessionIsUpdated() {
        ExistingSession old = generated(10, TUE, SEVEN, 60);
        PlannedSession now = wanted(TUE, SEVEN, 45);
        GenerationDiff diff = GenerationDiff.of(List.of(now), List.of(old), TUE, WED);
        assertEquals(List.of(new GenerationDiff.Update(old, now)), diff.updates());
        assertTrue(diff.creates().isEmpty());
    }

    @Test
    void eachDifferenceIsAnUpdate() {
        ExistingSession old = generated(10, TUE, SEVEN, 60);
        assertEquals(1, GenerationDiff.of(List.of(wanted(TUE, FIVE_PM, 60)), List.of(old), TUE, TUE).updates()
                .size());
        assertEquals(1, GenerationDiff.of(List.of(new PlannedSession(TUE, SEVEN, SessionKind.SKILL, 60, 6,
                "loading week")), List.of(old), TUE, TUE).updates().size());
        assertEquals(1, GenerationDiff.of(List.of(new PlannedSession(TUE, SEVEN, SessionKind.CONDITIONING, 60, 5,
                "loading week")), List.of(old), TUE, TUE).updates().size());
        assertEquals(1, GenerationDiff.of(List.of(new PlannedSession(TUE, SEVEN, SessionKind.CONDITIONING, 60, 6,
                "deload week")), List.of(old), TUE, TUE).updates().size());
    }

    @Test
    void generatedSessionNoLongerWantedIsDeleted() {
        ExistingSession morning = generated(10, TUE, SEVEN, 60);
        ExistingSession evening = generated(11, TUE, FIVE_PM, 45);
        GenerationDiff diff = GenerationDiff.of(List.of(wanted(TUE, SEVEN, 60)), List.of(evening, morning), TUE,
                TUE);
        assertEquals(List.of(evening), diff.deletes());
        assertEquals(List.of(morning), diff.unchanged());
    }

    @Test
    void extraWantedSessionIsCreatedBesideTheUntouchedOne() {
        PlannedSession evening = wanted(TUE, FIVE_PM, 45);
        GenerationDiff diff = GenerationDiff.of(List.of(evening, wanted(TUE, SEVEN, 60)),
                List.of(generated(10, TUE, SEVEN, 60)), TUE, TUE);
        assertEquals(List.of(evening), diff.creates());
    }

    @Test
    void dayWithASessionEditedByHandIsLeftAlone() {
        ExistingSession edited = new ExistingSession(10, TUE, SEVEN, SessionKind.CONDITIONING, 80, 6, "mine", true,
                false, 1L);
        ExistingSession untouched = generated(11, TUE, FIVE_PM, 45);
        PlannedSession want = wanted(TUE, SEVEN, 60);
        GenerationDiff diff = GenerationDiff.of(List.of(want), List.of(edited, untouched), TUE, TUE);
        assertTrue(diff.changesNothing());
        assertEquals(List.of(new GenerationDiff.SkippedDay(TUE, List.of(want),
                "left as it is: a session on this day was edited by hand")), diff.skips());
    }

    @Test
    void dayWithARatedSessionIsLeftAlone() {
        ExistingSession rated = new ExistingSession(10, TUE, SEVEN, SessionKind.CONDITIONING, 60, 6, "loading week",
                false, true, 1L);
        GenerationDiff diff = GenerationDiff.of(List.of(wanted(TUE, SEVEN, 45)), List.of(rated), TUE, TUE);
        assertTrue(diff.changesNothing());
        assertEquals("left as it is: a session on this day was already rated", diff.skips().get(0).reason());
    }

    @Test
    void dayWithASessionEnteredByHandIsLeftAlone() {
        ExistingSession hand = new ExistingSession(10, TUE, SEVEN, SessionKind.SKILL, 60, 5, null, false, false,
                null);
        GenerationDiff diff = GenerationDiff.of(List.of(wanted(TUE, FIVE_PM, 45)), List.of(hand), TUE, TUE);
        assertTrue(diff.creates().isEmpty());
        assertEquals("left as it is: a session on this day was entered by hand", diff.skips().get(0).reason());
    }

    @Test
    void everyReasonOfADayIsNamed() {
        ExistingSession rated = new ExistingSession(10, TUE, SEVEN, SessionKind.SKILL, 60, 5, null, true, true, 2L);
        ExistingSession hand = new ExistingSession(11, TUE, FIVE_PM, SessionKind.SKILL, 60, 5, null, false, false,
                null);
        assertEquals("left as it is: a session on this day was already rated, entered by hand",
                GenerationDiff.of(List.of(), List.of(rated, hand), TUE, TUE).skips().get(0).reason());
    }

    @Test
    void onlyTheDaysInTheRangeCount() {
        ExistingSession before = generated(9, TUE.minusDays(1), SEVEN, 60);
        GenerationDiff diff = GenerationDiff.of(List.of(wanted(TUE.minusDays(1), SEVEN, 30), wanted(TUE, SEVEN, 60),
                wanted(WED.plusDays(1), SEVEN, 60)), List.of(before), TUE, WED);
        assertEquals(List.of(wanted(TUE, SEVEN, 60)), diff.creates());
        assertTrue(diff.deletes().isEmpty());
        assertTrue(diff.updates().isEmpty());
    }

    @Test
    void untouchedGeneratedAndProtectionReasons() {
        assertTrue(generated(1, TUE, SEVEN, 60).untouchedGenerated());
        assertEquals(null, generated(1, TUE, SEVEN, 60).protectedBecause());
        assertFalse(new ExistingSession(1, TUE, SEVEN, SessionKind.SKILL, 60, 5, null, false, false, null)
                .untouchedGenerated());
        assertFalse(new ExistingSession(1, TUE, SEVEN, SessionKind.SKILL, 60, 5, null, true, false, 3L)
                .untouchedGenerated());
        assertFalse(new ExistingSession(1, TUE, SEVEN, SessionKind.SKILL, 60, 5, null, false, true, 3L)
                .untouchedGenerated());
    }

    @Test
    void undoDeletesWhatTheGenerationCreatedAndKeepsWhatWasTouched() {
        ExistingSession untouched = generated(10, TUE, SEVEN, 60);
        ExistingSession rated = new ExistingSession(11, WED, SEVEN, SessionKind.SKILL, 60, 5, null, false, true, 1L);
        ExistingSession edited = new ExistingSession(12, WED, FIVE_PM, SessionKind.SKILL, 60, 5, null, true, false,
                1L);
        ExistingSession otherGeneration = new ExistingSession(13, WED, FIVE_PM, SessionKind.SKILL, 60, 5, null, false,
                false, 2L);
        ExistingSession hand = new ExistingSession(14, WED, FIVE_PM, SessionKind.SKILL, 60, 5, null, false, false,
                null);
        GenerationUndo undo = GenerationUndo.of(1, List.of(untouched, rated, edited, otherGeneration, hand));
        assertEquals(List.of(untouched), undo.deletes());
        assertEquals(List.of(new GenerationUndo.Kept(rated, "kept: already rated since it was generated"),
                new GenerationUndo.Kept(edited, "kept: edited by hand since it was generated")), undo.kept());
    }
}
