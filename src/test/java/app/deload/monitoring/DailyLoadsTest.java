package app.deload.monitoring;

import static app.deload.monitoring.Fixtures.DAY_1;
import static app.deload.monitoring.Fixtures.day;
import static app.deload.monitoring.Fixtures.loads;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DailyLoadsTest {

    @Test
    void dailyLoadSumsSessions() {
        DailyLoads loads = DailyLoads.of(List.of(new SessionInput(DAY_1, 5, 60, true),
                new SessionInput(DAY_1, 3, 40, true)), DAY_1, DAY_1);
        // 5 × 60 + 3 × 40 = 420
        assertEquals(420.0, loads.load(DAY_1).orElseThrow());
        assertEquals(DayState.TRAINED, loads.state(DAY_1));
        assertEquals("2 sessions", loads.daily(DAY_1).reason());
    }

    @Test
    void dayWithoutSessionIsRestWithZeroLoad() {
        DailyLoads loads = loads(300, 0);
        assertEquals(DayState.REST, loads.state(day(2)));
        assertEquals(0.0, loads.daily(day(2)).value());
    }

    @Test
    void missingDayIsNotZero() {
        DailyLoads loads = loads(300, null);
        assertEquals(DayState.MISSING, loads.state(day(2)));
        assertTrue(loads.load(day(2)).isEmpty());
        Metric daily = loads.daily(day(2));
        assertEquals(Metric.Status.NO_DATA, daily.status());
        assertEquals("missing: 1 attended session has no RPE yet (load unknown, not zero)", daily.reason());
    }

    @Test
    void oneRatedAndOneUnratedSessionMakeTheDayMissing() {
        DailyLoads loads = DailyLoads.of(List.of(new SessionInput(DAY_1, 5, 60, true),
                new SessionInput(DAY_1, null, 40, true)), DAY_1, DAY_1);
        assertEquals(DayState.MISSING, loads.state(DAY_1));
        assertFalse(loads.daily(DAY_1).isAvailable());
    }

    @Test
    void nonAttendedSessionsAreIgnored() {
        DailyLoads loads = DailyLoads.of(List.of(new SessionInput(DAY_1, null, 60, false),
                new SessionInput(DAY_1.plusDays(1), 8, 60, false)), DAY_1, DAY_1.plusDays(1));
        assertEquals(DayState.REST, loads.state(DAY_1));
        assertEquals(DayState.REST, loads.state(DAY_1.plusDays(1)));
    }

    @Test
    void rpeZeroSessionIsTrainedWithZeroLoad() {
        DailyLoads loads = DailyLoads.of(List.of(new SessionInput(DAY_1, 0, 30, true)), DAY_1, DAY_1);
        assertEquals(DayState.TRAINED, loads.state(DAY_1));
        assertEquals(0.0, loads.load(DAY_1).orElseThrow());
    }

    @Test
    void daysBeforeHistoryAreUnknown() {
        DailyLoads loads = loads(300);
        assertEquals(DayState.BEFORE_HISTORY, loads.state(DAY_1.minusDays(1)));
        assertEquals(0, loads.dayOfHistory(DAY_1.minusDays(1)));
        assertEquals(1, loads.dayOfHistory(DAY_1));
        assertEquals(Metric.Status.BUILDING, loads.daily(DAY_1.minusDays(1)).status());
    }

    @Test
    void sessionBeforeTheGivenStartMovesTheStartEarlier() {
        DailyLoads loads = DailyLoads.of(List.of(new SessionInput(DAY_1.minusDays(2), 5, 60, true)), DAY_1, DAY_1);
        assertEquals(DAY_1.minusDays(2), loads.historyStart().orElseThrow());
    }

    @Test
    void noHistoryAtAll() {
        DailyLoads loads = DailyLoads.of(List.of(), null, DAY_1);
        assertEquals(DayState.BEFORE_HISTORY, loads.state(DAY_1));
        assertEquals("no history yet", loads.daily(DAY_1).reason());
    }

    @Test
    void sessionsAfterTheLastDayAreIgnoredAndCannotBeAskedFor() {
        DailyLoads loads = DailyLoads.of(List.of(new SessionInput(DAY_1.plusDays(1), 5, 60, true)), DAY_1, DAY_1);
        assertEquals(DayState.REST, loads.state(DAY_1));
        assertThrows(IllegalArgumentException.class, () -> loads.state(DAY_1.plusDays(1)));
    }

    @Test
    void windowCountsKnownDays() {
        DailyLoads loads = loads(100, null, 0, 200);
        Window w = loads.window(day(1), day(4));
        assertEquals(3, w.daysWithData());
        assertEquals(300.0, loads.sumKnown(day(1), day(4)));
    }

    @Test
    void aDaysWindowCountsItOnlyWhenItsLoadIsKnown() {
        DailyLoads loads = loads(300, null, 0);
        assertEquals(new Window(day(1), day(1), 1), loads.daily(day(1)).window());
        assertEquals(new Window(day(2), day(2), 0), loads.daily(day(2)).window());
        assertEquals(new Window(day(3), day(3), 1), loads.daily(day(3)).window());
        assertEquals(day(3), loads.through());
    }

    @Test
    void theEwmaNamesTheDayItWasSeededWith() {
        DailyLoads loads = loads(null, null, 200, 100);
        String method = EwmaLoad.series(loads, Fixtures.T).at(day(4)).acute().method();
        assertTrue(method.contains("seeded with the load of " + day(3)), method);
    }
}
