package app.deload.planning.microcycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.deload.planning.Pattern;
import app.deload.planning.PlanLayout;
import app.deload.planning.PlanParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeekChecksTest {
    private static final LocalDate M = LocalDate.of(2026, 1, 5);
    private static final LocalTime SIX = LocalTime.of(18, 0);

    private static PlannedDay training(int day, int rpe) {
        LocalDate d = M.plusDays(day);
        return new PlannedDay(d, DayKind.TRAINING, List.of(new PlannedSession(d, SIX, SessionKind.SKILL, 60, rpe, "")),
                "");
    }

    private static PlannedDay match(int day) {
        LocalDate d = M.plusDays(day);
        return new PlannedDay(d, DayKind.TRAINING, List.of(new PlannedSession(d, SIX, SessionKind.MATCH, 90, 8, "")),
                "");
    }

    private static PlannedDay recovery(int day) {
        LocalDate d = M.plusDays(day);
        return new PlannedDay(d, DayKind.ACTIVE_RECOVERY, List.of(new PlannedSession(d, SIX,
                SessionKind.ACTIVE_RECOVERY, 30, 2, "")), "");
    }

    private static PlannedDay rest(int day) {
        return new PlannedDay(M.plusDays(day), DayKind.REST, List.of(), "rest day");
    }

    private static WeekCheck find(List<WeekCheck> checks, WeekCheck.Kind kind) {
        return checks.stream().filter(c -> c.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void defaultTemplatesPassEveryCheck() {
        for (SportProfile p : SportProfile.values()) {
            List<WeekCheck> checks = WeekChecks.template(DefaultTemplates.of(p), false);
            assertEquals(3, checks.size());
            assertTrue(WeekChecks.allOk(checks), p + ": " + checks);
        }
    }

    @Test
    void generatedWeeksOfTheDefaultTemplatesPassTheirChecks() {
        PlanLayout layout = PlanLayout.of(PlanParameters.of(M, 8, Pattern.THREE_ONE, 2000, 5, 0.5), List.of(),
                List.of());
        for (SportProfile p : SportProfile.values()) {
            for (PlannedMicrocycle w : WeekPlanner.weeks(layout, DefaultTemplates.of(p), M, M.plusWeeks(8))) {
                List<WeekCheck> checks = WeekChecks.week(w, false);
                assertEquals(4, checks.size());
                assertTrue(WeekChecks.allOk(checks), p + " week " + w.week().index() + ": " + checks);
            }
        }
    }

    @Test
    void twoHardDaysInARowNeedTheCoachsConfirmation() {
        List<PlannedDay> days = List.of(rest(0), training(1, 7), training(2, 8), training(3, 4), training(4, 3),
                training(5, 5), rest(6));
        WeekCheck refused = find(WeekChecks.week(days, null, false), WeekCheck.Kind.HARD_DAYS);
        assertFalse(refused.ok());
        assertEquals("hard days (RPE 7 or more) in a row on Tue 6 Jan and Wed 7 Jan: confirm them or ease one",
                refused.message());
        WeekCheck confirmed = find(WeekChecks.week(days, null, true), WeekCheck.Kind.HARD_DAYS);
        assertTrue(confirmed.ok());
        assertEquals("hard days in a row on Tue 6 Jan and Wed 7 Jan, confirmed by the coach", confirmed.message());
    }

    @Test
    void rpeSixNextToSevenIsNotTwoHardDays() {
        List<PlannedDay> days = List.of(rest(0), training(1, 7), training(2, 6), training(3, 7), rest(4), rest(5),
                rest(6));
        WeekCheck c = find(WeekChecks.week(days, null, false), WeekCheck.Kind.HARD_DAYS);
        assertTrue(c.ok());
        assertEquals("no two hard days (RPE 7 or more) in a row", c.message());
    }

    @Test
    void templateSundayIsFollowedByItsMonday() {
        WeekTemplate t = new WeekTemplate(List.of(
                TemplateDay.training(DayOfWeek.MONDAY, new TemplateSession(SessionKind.STRENGTH, SIX, 60, 8, 0.5)),
                TemplateDay.rest(DayOfWeek.TUESDAY), TemplateDay.rest(DayOfWeek.WEDNESDAY),
                TemplateDay.rest(DayOfWeek.THURSDAY), TemplateDay.rest(DayOfWeek.FRIDAY),
                TemplateDay.rest(DayOfWeek.SATURDAY),
                TemplateDay.training(DayOfWeek.SUNDAY, new TemplateSession(SessionKind.STRENGTH, SIX, 60, 7, 0.5))),
                new TemplateSession(SessionKind.MATCH, SIX, 60, 8, 0));
        WeekCheck c = find(WeekChecks.template(t, false), WeekCheck.Kind.HARD_DAYS);
        assertFalse(c.ok());
        assertEquals("hard days (RPE 7 or more) in a row on Sunday and Monday: confirm them or ease one",
                c.message());
        List<PlannedDay> asWeek = t.nominalDays(M);
        assertTrue(find(WeekChecks.week(asWeek, null, false), WeekCheck.Kind.HARD_DAYS).ok());
    }

    @Test
    void aWeekWithoutARestDayFails() {
        List<PlannedDay> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            days.add(i == 3 ? recovery(i) : training(i, 4));
        }
        WeekCheck c = find(WeekChecks.week(days, null, false), WeekCheck.Kind.REST_DAY);
        assertFalse(c.ok());
        assertEquals("no full rest day this week", c.message());
    }

    @Test
    void restDaysAreNamed() {
        List<PlannedDay> days = List.of(rest(0), training(1, 4), training(2, 4), training(3, 4), training(4, 4),
                training(5, 4), rest(6));
        assertEquals("rest day: Mon 5 Jan, Sun 11 Jan", find(WeekChecks.week(days, null, false),
                WeekCheck.Kind.REST_DAY).message());
    }

    @Test
    void matchMustBeFollowedByActiveRecovery() {
        List<PlannedDay> days = List.of(rest(0), training(1, 4), match(2), training(3, 4), rest(4), match(5),
                recovery(6));
        WeekCheck c = find(WeekChecks.week(days, null, false), WeekCheck.Kind.RECOVERY_AFTER_MATCH);
        assertFalse(c.ok());
        assertEquals("no active recovery on Thu 8 Jan after the match on Wed 7 Jan", c.message());
    }

    @Test
    void restAfterAMatchIsNotActiveRecovery() {
        List<PlannedDay> days = List.of(rest(0), match(1), rest(2), rest(3), rest(4), rest(5), rest(6));
        assertFalse(find(WeekChecks.week(days, null, false), WeekCheck.Kind.RECOVERY_AFTER_MATCH).ok());
    }

    @Test
    void matchFollowedByActiveRecoveryPasses() {
        List<PlannedDay> days = List.of(rest(0), training(1, 4), training(2, 4), training(3, 4), rest(4), match(5),
                recovery(6));
        WeekCheck c = find(WeekChecks.week(days, null, false), WeekCheck.Kind.RECOVERY_AFTER_MATCH);
        assertTrue(c.ok());
        assertEquals("active recovery the day after each match", c.message());
    }

    @Test
    void matchOnTheLastDayOfAWeekIsCheckedWithTheNextWeekOnly() {
        List<PlannedDay> days = List.of(rest(0), training(1, 4), rest(2), rest(3), rest(4), rest(5), match(6));
        assertTrue(find(WeekChecks.week(days, null, false), WeekCheck.Kind.RECOVERY_AFTER_MATCH).ok());
    }

    @Test
    void weekWithoutAMatch() {
        List<PlannedDay> days = List.of(rest(0), training(1, 4), rest(2), rest(3), rest(4), rest(5), rest(6));
        assertEquals("no match this week", find(WeekChecks.week(days, null, false),
                WeekCheck.Kind.RECOVERY_AFTER_MATCH).message());
        assertEquals(3, WeekChecks.week(days, null, false).size());
    }

    @Test
    void weekLoadWithinFivePercentOfThePlan() {
        // One session of 60 × 4 = 240 AU against a plan of 240 / 1.05 = 228.57: exactly +5 %.
        List<PlannedDay> days = List.of(rest(0), training(1, 4), rest(2), rest(3), rest(4), rest(5), rest(6));
        WeekCheck atFive = find(WeekChecks.week(days, 240 / 1.05, false), WeekCheck.Kind.WEEK_LOAD);
        assertTrue(atFive.ok());
        assertEquals("sessions plan 240 AU against 229 AU in the plan (+5.0 %), within 5 %", atFive.message());
        WeekCheck over = find(WeekChecks.week(days, 228.0, false), WeekCheck.Kind.WEEK_LOAD);
        assertFalse(over.ok());
        assertEquals("sessions plan 240 AU against 228 AU in the plan (+5.3 %), more than 5 %", over.message());
        WeekCheck under = find(WeekChecks.week(days, 253.0, false), WeekCheck.Kind.WEEK_LOAD);
        assertFalse(under.ok());
        assertEquals("sessions plan 240 AU against 253 AU in the plan (−5.1 %), more than 5 %", under.message());
        assertTrue(find(WeekChecks.week(days, 252.0, false), WeekCheck.Kind.WEEK_LOAD).ok());
    }

    @Test
    void planWithoutLoad() {
        List<PlannedDay> days = List.of(rest(0), rest(1), rest(2), rest(3), rest(4), rest(5), rest(6));
        assertTrue(find(WeekChecks.week(days, 0.0, false), WeekCheck.Kind.WEEK_LOAD).ok());
        List<PlannedDay> busy = List.of(rest(0), training(1, 4), rest(2), rest(3), rest(4), rest(5), rest(6));
        WeekCheck c = find(WeekChecks.week(busy, 0.0, false), WeekCheck.Kind.WEEK_LOAD);
        assertFalse(c.ok());
        assertEquals("sessions plan 240 AU; the plan has no load this week", c.message());
    }

    @Test
    void checkKindsHaveLabels() {
        assertEquals("no two hard days in a row", WeekCheck.Kind.HARD_DAYS.label());
        assertEquals("at least one rest day", WeekCheck.Kind.REST_DAY.label());
        assertEquals("active recovery after a match", WeekCheck.Kind.RECOVERY_AFTER_MATCH.label());
        assertEquals("weekly load within 5 % of the plan", WeekCheck.Kind.WEEK_LOAD.label());
    }
}
