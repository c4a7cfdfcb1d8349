package app.deload.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.deload.monitoring.Domain;
import app.deload.monitoring.SignalLevel;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Section 12's rules, first match wins. */
class TodayDecisionTest {
    private static final String RECOVERY = "20–40 min of walking, easy cycling, swimming, yoga or mobility at 30–50 % "
            + "intensity, RPE 1–3";

    private static TodayDecision decide(SignalLevel level, Set<Domain> watch, boolean questionnaire, boolean hrv,
                                        Integer rpe, boolean match) {
        return TodayDecision.decide(new DecisionInput(level, watch, questionnaire, hrv, rpe, match));
    }

    @Test
    void alertMeansRestEvenWithNoData() {
        TodayDecision d = decide(SignalLevel.ALERT_ACCUMULATED_FATIGUE, Set.of(Domain.LOAD, Domain.SLEEP), false,
                false, 3, false);
        assertEquals(Decision.REST, d.decision());
        assertEquals(List.of("in alert today: signs consistent with accumulated fatigue",
                "take complete rest or active recovery: " + RECOVERY), d.reasons());
    }

    @Test
    void functionalOverreachingAlertMeansRest() {
        assertEquals(Decision.REST, decide(SignalLevel.ALERT_FUNCTIONAL_OVERREACHING, Set.of(), true, true, null,
                true).decision());
    }

    @Test
    void hardSessionWithWatchThroughHrvIsModified() {
        TodayDecision d = decide(SignalLevel.WATCH, Set.of(Domain.HRV), true, true, 7, false);
        assertEquals(Decision.MODIFY, d.decision());
        assertEquals(List.of("hard session: planned RPE 7 (5 or more)", "watch through HRV",
                "active recovery instead: " + RECOVERY), d.reasons());
    }

    @Test
    void plannedRpeFiveIsHard() {
        assertEquals(Decision.MODIFY, decide(SignalLevel.WATCH, Set.of(Domain.WELLNESS), true, false, 5, false)
                .decision());
    }

    @Test
    void plannedRpeFourIsNotHard() {
        TodayDecision d = decide(SignalLevel.WATCH, Set.of(Domain.WELLNESS), true, false, 4, false);
        assertEquals(Decision.PROCEED, d.decision());
        assertEquals(List.of("no alert and not a hard session: proceed as planned", "watch through wellness"),
                d.reasons());
    }

    @Test
    void matchIsHardWhateverTheRpe() {
        TodayDecision d = decide(SignalLevel.WATCH, Set.of(Domain.SORENESS), true, false, null, true);
        assertEquals(Decision.MODIFY, d.decision());
        assertEquals("hard session: a match", d.reasons().get(0));
        assertEquals("watch through soreness", d.reasons().get(1));
    }

    @Test
    void hardSessionWithoutPlannedRpeOrMatchIsNotHard() {
        assertFalse(new DecisionInput(SignalLevel.WATCH, Set.of(Domain.HRV), true, true, null, false).hard());
        assertEquals(Decision.PROCEED, decide(SignalLevel.WATCH, Set.of(Domain.HRV), true, true, null, false)
                .decision());
    }

    @Test
    void watchThroughLoadProceedsWithTheWatchNamed() {
        TodayDecision d = decide(SignalLevel.WATCH, Set.of(Domain.LOAD), true, true, 8, false);
        assertEquals(Decision.PROCEED, d.decision());
        assertEquals(List.of("no alert: proceed as planned", "watch through load"), d.reasons());
    }

    @Test
    void watchThroughSleepOrPerformanceProceeds() {
        assertEquals(List.of("no alert: proceed as planned", "watch through sleep"),
                decide(SignalLevel.WATCH, Set.of(Domain.SLEEP), true, true, 9, true).reasons());
        assertEquals(Decision.PROCEED, decide(SignalLevel.WATCH, Set.of(Domain.PERFORMANCE), true, false, 9, false)
                .decision());
    }

    @Test
    void watchThroughLoadAndHrvIsModifiedNamingOnlyHrv() {
        TodayDecision d = decide(SignalLevel.WATCH, Set.of(Domain.LOAD, Domain.HRV), true, true, 6, false);
        assertEquals(Decision.MODIFY, d.decision());
        assertEquals("watch through HRV", d.reasons().get(1));
    }

    @Test
    void modifyComesBeforeMissingData() {
        assertEquals(Decision.MODIFY, decide(SignalLevel.WATCH, Set.of(Domain.SORENESS), false, false, 6, false)
                .decision());
    }

    @Test
    void noQuestionnaireAndNoHrvMeanIsNotEnoughData() {
        TodayDecision d = decide(SignalLevel.NONE, Set.of(), false, false, 6, false);
        assertEquals(Decision.INSUFFICIENT, d.decision());
        assertEquals(List.of("no wellness questionnaire today and no 7-day HRV mean: not enough data to recommend "
                + "anything"), d.reasons());
    }

    @Test
    void watchThroughLoadWithoutDataIsNotEnoughData() {
        assertEquals(Decision.INSUFFICIENT, decide(SignalLevel.WATCH, Set.of(Domain.LOAD), false, false, 8, false)
                .decision());
    }

    @Test
    void questionnaireAloneIsEnoughData() {
        TodayDecision d = decide(SignalLevel.NONE, Set.of(), true, false, 8, false);
        assertEquals(Decision.PROCEED, d.decision());
        assertEquals(List.of("no alert: proceed as planned"), d.reasons());
    }

    @Test
    void hrvMeanAloneIsEnoughData() {
        assertEquals(Decision.PROCEED, decide(SignalLevel.NONE, Set.of(), false, true, 2, false).decision());
    }

    @Test
    void domainsWithoutAWatchLevelAreNotNamed() {
        assertEquals(List.of("no alert: proceed as planned"),
                decide(SignalLevel.NONE, Set.of(Domain.LOAD), true, true, 8, false).reasons());
    }

    @Test
    void inputChecksTheRpeAndCopiesTheDomains() {
        assertThrows(IllegalArgumentException.class,
                () -> new DecisionInput(SignalLevel.NONE, Set.of(), true, true, 11, false));
        assertThrows(IllegalArgumentException.class,
                () -> new DecisionInput(SignalLevel.NONE, Set.of(), true, true, -1, false));
        assertThrows(NullPointerException.class, () -> new DecisionInput(null, Set.of(), true, true, 1, false));
        assertTrue(new DecisionInput(SignalLevel.NONE, null, true, true, 10, false).watchDomains().isEmpty());
        assertTrue(new DecisionInput(SignalLevel.NONE, Set.of(), true, true, 0, false).plannedRpe() == 0);
    }

    @Test
    void prescriptionConstantForTheCaller() {
        assertEquals(RECOVERY, TodayDecision.ACTIVE_RECOVERY);
    }
}
