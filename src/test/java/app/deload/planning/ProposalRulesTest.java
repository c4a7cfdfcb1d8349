package app.deload.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.deload.monitoring.SignalLevel;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProposalRulesTest {
    private static final SignalLevel FATIGUE = SignalLevel.ALERT_ACCUMULATED_FATIGUE;
    private static final SignalLevel OVERREACHING = SignalLevel.ALERT_FUNCTIONAL_OVERREACHING;

    @Test
    void athleteInAlertGetsAProposal() {
        ProposalCheck c = ProposalRules.forAthlete(FATIGUE, Optional.empty(), Optional.empty(), false);
        assertTrue(c.raise());
        assertEquals("in alert: signs consistent with accumulated fatigue — bring the next deload forward to start "
                + "tomorrow", c.reason());
    }

    @Test
    void watchOrNothingRaisesNothing() {
        ProposalCheck watch = ProposalRules.forAthlete(SignalLevel.WATCH, Optional.empty(), Optional.empty(), false);
        assertFalse(watch.raise());
        assertEquals("not in alert today (watch)", watch.reason());
        assertFalse(ProposalRules.forAthlete(SignalLevel.NONE, Optional.empty(), Optional.empty(), false).raise());
    }

    @Test
    void notAgainWhileOneIsPending() {
        ProposalCheck c = ProposalRules.forAthlete(OVERREACHING, Optional.of(FATIGUE), Optional.empty(), false);
        assertFalse(c.raise());
        assertEquals("a proposal is already waiting for the coach", c.reason());
    }

    @Test
    void notWhileADeloadRunsOrStartsWithinSevenDays() {
        ProposalCheck c = ProposalRules.forAthlete(FATIGUE, Optional.empty(), Optional.empty(), true);
        assertFalse(c.raise());
        assertEquals("a deload or taper is running or starts within 7 days", c.reason());
    }

    @Test
    void dismissedAtTheSameLevelIsNotRaisedAgain() {
        ProposalCheck c = ProposalRules.forAthlete(FATIGUE, Optional.empty(), Optional.of(FATIGUE), false);
        assertFalse(c.raise());
        assertEquals("a proposal at signs consistent with accumulated fatigue was dismissed; it is raised again only "
                + "if the level gets worse", c.reason());
    }

    @Test
    void dismissedAtAWorseLevelIsNotRaisedAgain() {
        assertFalse(ProposalRules.forAthlete(FATIGUE, Optional.empty(), Optional.of(OVERREACHING), false).raise());
    }

    @Test
    void worseningAfterADismissalRaisesAgain() {
        ProposalCheck c = ProposalRules.forAthlete(OVERREACHING, Optional.empty(), Optional.of(FATIGUE), false);
        assertTrue(c.raise());
        assertEquals("in alert: pattern consistent with functional overreaching — bring the next deload forward to "
                + "start tomorrow (worse than when the last proposal was dismissed)", c.reason());
    }

    @Test
    void worseningDoesNotBeatARunningDeload() {
        assertFalse(ProposalRules.forAthlete(OVERREACHING, Optional.empty(), Optional.of(FATIGUE), true).raise());
    }

    @Test
    void teamAtThirtyPercentGetsAProposal() {
        ProposalCheck c = ProposalRules.forTeam(3, 10, 0.30, Optional.empty(), Optional.empty(), false);
        assertTrue(c.raise());
        assertEquals("3 of 10 athletes in alert (30 %), at or above the team threshold of 30 % — bring the team's next "
                + "deload forward to start tomorrow", c.reason());
    }

    @Test
    void teamJustBelowThirtyPercentDoesNot() {
        ProposalCheck c = ProposalRules.forTeam(2, 7, 0.30, Optional.empty(), Optional.empty(), false);
        assertFalse(c.raise());
        assertEquals("2 of 7 athletes in alert (28.6 %), below the team threshold of 30 %", c.reason());
    }

    @Test
    void teamDefaultThresholdIsThirtyPercent() {
        assertEquals(0.30, ProposalRules.DEFAULT_TEAM_SHARE);
        assertTrue(ProposalRules.forTeam(6, 20, Optional.empty(), Optional.empty(), false).raise());
        assertFalse(ProposalRules.forTeam(5, 20, Optional.empty(), Optional.empty(), false).raise());
    }

    @Test
    void teamPendingProposalBlocks() {
        ProposalCheck c = ProposalRules.forTeam(5, 10, 0.30, Optional.of(0.3), Optional.empty(), false);
        assertFalse(c.raise());
        assertEquals("5 of 10 athletes in alert (50 %); a team proposal is already waiting for the coach", c.reason());
    }

    @Test
    void teamRunningDeloadBlocks() {
        ProposalCheck c = ProposalRules.forTeam(5, 10, 0.30, Optional.empty(), Optional.empty(), true);
        assertFalse(c.raise());
        assertEquals("5 of 10 athletes in alert (50 %); a deload or taper is running or starts within 7 days",
                c.reason());
    }

    @Test
    void teamDismissedAtTheSameShareIsNotRaisedAgain() {
        ProposalCheck c = ProposalRules.forTeam(3, 10, 0.30, Optional.empty(), Optional.of(0.3), false);
        assertFalse(c.raise());
        assertEquals("3 of 10 athletes in alert (30 %); a proposal at 30 % was dismissed; it is raised again only if "
                + "more of the team is in alert", c.reason());
    }

    @Test
    void teamWorseningAfterADismissalRaisesAgain() {
        assertTrue(ProposalRules.forTeam(4, 10, 0.30, Optional.empty(), Optional.of(0.3), false).raise());
        assertFalse(ProposalRules.forTeam(3, 10, 0.30, Optional.empty(), Optional.of(0.4), false).raise());
    }

    @Test
    void teamWithoutAthletesRaisesNothing() {
        ProposalCheck c = ProposalRules.forTeam(0, 0, 0.30, Optional.empty(), Optional.empty(), false);
        assertFalse(c.raise());
        assertEquals("no athletes", c.reason());
    }

    @Test
    void teamCountsMustBeConsistent() {
        assertThrows(IllegalArgumentException.class,
                () -> ProposalRules.forTeam(4, 3, 0.30, Optional.empty(), Optional.empty(), false));
        assertThrows(IllegalArgumentException.class,
                () -> ProposalRules.forTeam(-1, 3, 0.30, Optional.empty(), Optional.empty(), false));
        assertThrows(IllegalArgumentException.class,
                () -> ProposalRules.forTeam(0, -1, 0.30, Optional.empty(), Optional.empty(), false));
        assertThrows(IllegalArgumentException.class,
                () -> ProposalRules.forTeam(1, 3, 0, Optional.empty(), Optional.empty(), false));
        assertThrows(IllegalArgumentException.class,
                () -> ProposalRules.forTeam(1, 3, 1.01, Optional.empty(), Optional.empty(), false));
        assertTrue(ProposalRules.forTeam(3, 3, 1, Optional.empty(), Optional.empty(), false).raise());
    }
}
