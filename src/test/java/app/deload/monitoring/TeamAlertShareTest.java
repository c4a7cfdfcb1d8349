package app.deload.monitoring;

import static app.deload.monitoring.Fixtures.T;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class TeamAlertShareTest {

    private static List<SignalLevel> team(int alerts, int watch, int none) {
        List<SignalLevel> levels = new ArrayList<>();
        for (int k = 0; k < alerts; k++) {
            levels.add(k % 2 == 0 ? SignalLevel.ALERT_ACCUMULATED_FATIGUE : SignalLevel.ALERT_FUNCTIONAL_OVERREACHING);
        }
        levels.addAll(Collections.nCopies(watch, SignalLevel.WATCH));
        levels.addAll(Collections.nCopies(none, SignalLevel.NONE));
        return levels;
    }

    @Test
    void thirtyPercentReachesTheThreshold() {
        TeamAlertShare s = TeamAlertShare.of(team(3, 2, 5), T);
        assertEquals(0.3, s.share());
        assertTrue(s.reachesThreshold());
        assertEquals("3 of 10 athletes in alert (30 %); reaches the team threshold of 30 %", s.reason());
    }

    @Test
    void twentyNinePercentDoesNot() {
        assertFalse(TeamAlertShare.of(team(29, 0, 71), T).reachesThreshold());
        assertTrue(TeamAlertShare.of(team(30, 0, 70), T).reachesThreshold());
    }

    @Test
    void watchIsNotAlert() {
        TeamAlertShare s = TeamAlertShare.of(team(0, 10, 0), T);
        assertEquals(0, s.inAlert());
        assertFalse(s.reachesThreshold());
    }

    @Test
    void emptyTeam() {
        assertFalse(TeamAlertShare.of(List.of(), T).reachesThreshold());
        List<SignalLevel> withNull = new ArrayList<>();
        withNull.add(null);
        assertThrows(IllegalArgumentException.class, () -> TeamAlertShare.of(withNull, T));
    }
}
