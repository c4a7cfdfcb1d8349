package app.deload.planning.microcycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.deload.planning.PlanRuleException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WeekTemplateTest {
    private static final LocalTime SIX = LocalTime.of(18, 0);
    private static final TemplateSession COMPETITION = new TemplateSession(SessionKind.MATCH, SIX, 60, 9, 0);

    private static List<TemplateDay> restWeekWith(TemplateDay... replacing) {
        List<TemplateDay> days = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            days.add(TemplateDay.rest(d));
        }
        for (TemplateDay r : replacing) {
            days.set(r.day().getValue() - 1, r);
        }
        return days;
    }

    private static String refusedField(Runnable r) {
        return assertThrows(PlanRuleException.class, r::run).field();
    }

    @Test
    void sharesMustAddUpToOneHundredPercent() {
        PlanRuleException e = assertThrows(PlanRuleException.class, () -> new WeekTemplate(restWeekWith(
                TemplateDay.training(DayOfWeek.TUESDAY, new TemplateSession(SessionKind.SKILL, SIX, 60, 5, 0.5)),
                TemplateDay.training(DayOfWeek.THURSDAY, new TemplateSession(SessionKind.SKILL, SIX, 60, 5, 0.4))),
                COMPETITION));
        assertEquals("share", e.field());
        assertEquals("the shares of the training sessions (matches excepted) must add up to 100 % but add up to "
                + "90 %", e.getMessage());
    }

    @Test
    void sharesWithinHalfAPercentAreAccepted() {
        WeekTemplate t = new WeekTemplate(restWeekWith(
                TemplateDay.training(DayOfWeek.TUESDAY, new TemplateSession(SessionKind.SKILL, SIX, 60, 5, 0.333)),
                TemplateDay.training(DayOfWeek.THURSDAY, new TemplateSession(SessionKind.SKILL, SIX, 60, 5, 0.333)),
                TemplateDay.training(DayOfWeek.SATURDAY, new TemplateSession(SessionKind.SKILL, SIX, 60, 5, 0.333))),
                COMPETITION);
        assertEquals(DayKind.TRAINING, t.day(DayOfWeek.SATURDAY).kind());
    }

    @Test
    void matchSharesDoNotCount() {
        WeekTemplate t = new WeekTemplate(restWeekWith(
                TemplateDay.training(DayOfWeek.TUESDAY, new TemplateSession(SessionKind.SKILL, SIX, 60, 5, 1)),
                TemplateDay.training(DayOfWeek.SATURDAY, new TemplateSession(SessionKind.MATCH, SIX, 90, 8, 0.4))),
                COMPETITION);
        assertEquals(Optional.of(new TemplateSession(SessionKind.MATCH, SIX, 90, 8, 0.4)), t.matchSession());
        assertEquals(90, t.eventSession().minutes());
    }

    @Test
    void withoutAMatchTheEventSessionIsTheCompetition() {
        WeekTemplate t = new WeekTemplate(restWeekWith(), COMPETITION);
        assertTrue(t.matchSession().isEmpty());
        assertEquals(COMPETITION, t.eventSession());
    }

    @Test
    void weekNeedsEachDayOnce() {
        List<TemplateDay> six = new ArrayList<>(restWeekWith());
        six.remove(6);
        assertEquals("days", refusedField(() -> new WeekTemplate(six, COMPETITION)));
        List<TemplateDay> twice = new ArrayList<>(six);
        twice.add(TemplateDay.rest(DayOfWeek.MONDAY));
        assertEquals("days", refusedField(() -> new WeekTemplate(twice, COMPETITION)));
        assertEquals("days", refusedField(() -> new WeekTemplate(null, COMPETITION)));
    }

    @Test
    void daysMayComeInAnyOrder() {
        List<TemplateDay> days = new ArrayList<>(restWeekWith());
        java.util.Collections.reverse(days);
        assertEquals(DayOfWeek.MONDAY, new WeekTemplate(days, COMPETITION).days().get(0).day());
    }

    @Test
    void competitionMustBeAMatch() {
        assertEquals("competition", refusedField(() -> new WeekTemplate(restWeekWith(),
                new TemplateSession(SessionKind.SKILL, SIX, 60, 5, 0))));
        assertEquals("competition", refusedField(() -> new WeekTemplate(restWeekWith(), null)));
    }

    @Test
    void dayKindsMustFitTheirContent() {
        TemplateSession s = new TemplateSession(SessionKind.SKILL, SIX, 60, 5, 1);
        assertEquals("kind", refusedField(() -> new TemplateDay(DayOfWeek.MONDAY, DayKind.REST, List.of(s), null)));
        assertEquals("kind", refusedField(() -> new TemplateDay(DayOfWeek.MONDAY, DayKind.REST, List.of(),
                ActiveRecovery.standard(SIX))));
        assertEquals("sessions", refusedField(() -> new TemplateDay(DayOfWeek.MONDAY, DayKind.TRAINING, List.of(),
                null)));
        assertEquals("sessions", refusedField(() -> new TemplateDay(DayOfWeek.MONDAY, DayKind.TRAINING, List.of(s),
                ActiveRecovery.standard(SIX))));
        assertEquals("recovery", refusedField(() -> new TemplateDay(DayOfWeek.MONDAY, DayKind.ACTIVE_RECOVERY,
                List.of(), null)));
        assertEquals("recovery", refusedField(() -> new TemplateDay(DayOfWeek.MONDAY, DayKind.ACTIVE_RECOVERY,
                List.of(s), ActiveRecovery.standard(SIX))));
        assertEquals("day", refusedField(() -> new TemplateDay(null, DayKind.REST, List.of(), null)));
        assertEquals("kind", refusedField(() -> new TemplateDay(DayOfWeek.MONDAY, null, List.of(), null)));
        assertEquals("Monday is a training day: give it at least one session", assertThrows(PlanRuleException.class,
                () -> new TemplateDay(DayOfWeek.MONDAY, DayKind.TRAINING, null, null)).getMessage());
    }

    @Test
    void sessionsOfADayAreOrderedByStart() {
        TemplateDay d = TemplateDay.training(DayOfWeek.TUESDAY,
                new TemplateSession(SessionKind.SKILL, null, 30, 5, 0.2),
                new TemplateSession(SessionKind.SKILL, SIX, 60, 5, 0.4),
                new TemplateSession(SessionKind.STRENGTH, LocalTime.of(7, 0), 45, 5, 0.4));
        assertEquals(List.of(LocalTime.of(7, 0), SIX), d.sessions().stream().limit(2).map(TemplateSession::start)
                .toList());
        assertEquals(null, d.sessions().get(2).start());
        assertTrue(!d.hasMatch());
    }

    @Test
    void sessionRanges() {
        assertEquals("minutes", refusedField(() -> new TemplateSession(SessionKind.SKILL, SIX, 0, 5, 0.5)));
        assertEquals("minutes", refusedField(() -> new TemplateSession(SessionKind.SKILL, SIX, 601, 5, 0.5)));
        assertEquals("rpe", refusedField(() -> new TemplateSession(SessionKind.SKILL, SIX, 60, 0, 0.5)));
        assertEquals("rpe", refusedField(() -> new TemplateSession(SessionKind.SKILL, SIX, 60, 11, 0.5)));
        assertEquals("share", refusedField(() -> new TemplateSession(SessionKind.SKILL, SIX, 60, 5, -0.01)));
        assertEquals("share", refusedField(() -> new TemplateSession(SessionKind.SKILL, SIX, 60, 5, 1.01)));
        assertEquals("share", refusedField(() -> new TemplateSession(SessionKind.SKILL, SIX, 60, 5, Double.NaN)));
        assertEquals("kind", refusedField(() -> new TemplateSession(null, SIX, 60, 5, 0.5)));
        assertEquals("kind", refusedField(() -> new TemplateSession(SessionKind.ACTIVE_RECOVERY, SIX, 30, 2, 0)));
        TemplateSession edge = new TemplateSession(SessionKind.SKILL, SIX, 600, 10, 1);
        assertEquals(6000, edge.load());
        assertEquals(1, new TemplateSession(SessionKind.SKILL, SIX, 1, 1, 0).load());
    }

    @Test
    void activeRecoveryIsTwentyToFortyMinutesAtRpeOneToThree() {
        assertEquals("recoveryMinutes", refusedField(() -> new ActiveRecovery(SIX, 19, 2, null)));
        assertEquals("recoveryMinutes", refusedField(() -> new ActiveRecovery(SIX, 41, 2, null)));
        assertEquals("recoveryRpe", refusedField(() -> new ActiveRecovery(SIX, 30, 0, null)));
        assertEquals("recoveryRpe", refusedField(() -> new ActiveRecovery(SIX, 30, 4, null)));
        assertEquals(20, new ActiveRecovery(SIX, 20, 1, "yoga").load());
        assertEquals(120, new ActiveRecovery(SIX, 40, 3, " swim ").load());
        assertEquals("swim", new ActiveRecovery(SIX, 40, 3, " swim ").activity());
        assertEquals("walking, easy cycling, swimming, yoga or mobility", ActiveRecovery.standard(SIX).activity());
        assertEquals(60, ActiveRecovery.standard(SIX).load());
    }

    @Test
    void nominalDaysShowTheTemplateAsWritten() {
        List<PlannedDay> days = DefaultTemplates.team().nominalDays(LocalDate.of(2026, 1, 5));
        assertEquals(7, days.size());
        assertTrue(days.get(0).rest());
        assertEquals(LocalDate.of(2026, 1, 6), days.get(1).date());
        assertEquals(45 * 5 + 75 * 6, days.get(1).load());
        assertTrue(days.get(5).hasMatch());
        assertTrue(days.get(6).recoveryOnly());
        assertEquals(8, days.get(5).maxRpe());
        assertEquals(0, days.get(0).maxRpe());
    }

    @Test
    void sportGuess() {
        assertEquals(SportProfile.TEAM, SportProfile.guess("Football"));
        assertEquals(SportProfile.TEAM, SportProfile.guess(null));
        assertEquals(SportProfile.ENDURANCE, SportProfile.guess("Rowing"));
        assertEquals(SportProfile.ENDURANCE, SportProfile.guess("Trail running"));
        assertEquals(SportProfile.STRENGTH, SportProfile.guess("Olympic weightlifting"));
        assertEquals(SportProfile.STRENGTH, SportProfile.guess("Powerlifting"));
        assertEquals(SportProfile.ENDURANCE, DefaultTemplates.forSport("Cycling").matchSession().isEmpty()
                ? SportProfile.ENDURANCE : SportProfile.TEAM);
        assertTrue(DefaultTemplates.forSport("Rugby").matchSession().isPresent());
        assertEquals(120, DefaultTemplates.forSport("Weightlifting").eventSession().minutes());
        assertEquals("team sport", SportProfile.TEAM.label());
        assertEquals("endurance", SportProfile.ENDURANCE.label());
        assertEquals("strength and power", SportProfile.STRENGTH.label());
    }

    @Test
    void kindsAndKeys() {
        assertEquals("active_recovery", SessionKind.ACTIVE_RECOVERY.key());
        assertEquals("Active recovery", SessionKind.ACTIVE_RECOVERY.label());
        assertEquals(Optional.of(SessionKind.MATCH), SessionKind.fromKey("match"));
        assertTrue(SessionKind.fromKey("MATCH").isEmpty());
        assertEquals("active recovery", DayKind.ACTIVE_RECOVERY.label());
        assertEquals("active_recovery", DayKind.ACTIVE_RECOVERY.code());
        assertEquals("rest", DayKind.REST.label());
        assertEquals("training", DayKind.TRAINING.label());
    }

    @Test
    void plannedSessionRanges() {
        LocalDate d = LocalDate.of(2026, 1, 5);
        assertThrows(IllegalArgumentException.class, () -> new PlannedSession(d, SIX, SessionKind.SKILL, 0, 5, ""));
        assertThrows(IllegalArgumentException.class, () -> new PlannedSession(d, SIX, SessionKind.SKILL, 601, 5, ""));
        assertThrows(IllegalArgumentException.class, () -> new PlannedSession(d, SIX, SessionKind.SKILL, 60, -1, ""));
        assertThrows(IllegalArgumentException.class, () -> new PlannedSession(d, SIX, SessionKind.SKILL, 60, 11, ""));
        assertEquals(6000, new PlannedSession(d, SIX, SessionKind.SKILL, 600, 10, "").load());
        assertEquals(0, new PlannedSession(d, SIX, SessionKind.SKILL, 1, 0, "").load());
    }
}
