package app.deload.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.deload.support.Fixtures;
import app.deload.support.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/** Planned against performed load per week, named athletes off plan, and a query count that ignores squad size. */
@QuarkusTest
class PlannedPerformedTest {

    @Inject
    SessionFactory sessionFactory;

    private long statementsFor(WebSession coach, String path) {
        coach.get(path).then().statusCode(200);
        sessionFactory.getStatistics().clear();
        coach.get(path).then().statusCode(200);
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }

    @Test
    void eachWeekShowsTheMedianPerformedAndNamesAthletesMoreThan20PercentOff() {
        Fixtures.Squad squad = Fixtures.squad();
        long second = Fixtures.athlete(squad.teamId(), null);
        WebSession coach = WebSession.signIn(squad.coach());
        LocalDate start = PlanPagesTest.today().with(DayOfWeek.MONDAY).minusWeeks(2);
        String plan = "/teams/" + squad.teamId() + "/plan";
        coach.post(plan, PlanPagesTest.plan(start, "8", "3:1", "1000", "0", "0.5"));
        // Week 0 (planned 1000 AU): 900 AU (−10 %, on plan) and 500 AU (−50 %, off plan); median 700.
        PlanData.session(squad.teamId(), squad.athleteId(), start.plusDays(1), LocalTime.of(9, 0), 90, 10);
        PlanData.session(squad.teamId(), second, start.plusDays(2), LocalTime.of(9, 0), 100, 5);
        // Week 1: one rated session of 1300 AU (+30 %); one unrated session counts nothing.
        PlanData.session(squad.teamId(), squad.athleteId(), start.plusWeeks(1).plusDays(1), LocalTime.of(9, 0), 130,
                10);
        PlanData.session(squad.teamId(), second, start.plusWeeks(1).plusDays(1), LocalTime.of(9, 0), 60, null);

        String html = coach.get(plan).asString();
        assertTrue(html.contains("700 AU (2 rated)"), "median of two");
        assertTrue(html.contains("−30.0 %"), "median against planned");
        assertTrue(html.contains("more than 20 % below plan (−50.0 %)"), "named in words, not colour only");
        assertTrue(html.contains("900 AU"));
        assertTrue(html.contains("1300 AU (1 rated)"));
        assertTrue(html.contains("more than 20 % above plan (+30.0 %)"));
        assertTrue(html.contains("no rated sessions"));
    }

    @Test
    void thePlanPageReadsAFixedNumberOfStatementsWhateverTheSquadSize() {
        Fixtures.Squad squad = Fixtures.squad();
        WebSession coach = WebSession.signIn(squad.coach());
        LocalDate start = PlanPagesTest.today().with(DayOfWeek.MONDAY).minusWeeks(3);
        String plan = "/teams/" + squad.teamId() + "/plan";
        coach.post(plan, PlanPagesTest.plan(start, "10", "3:1", "1000", "5", "0.5"));
        PlanData.session(squad.teamId(), squad.athleteId(), start.plusDays(1), LocalTime.of(9, 0), 60, 5);
        long small = statementsFor(coach, plan);
        String calendar = "/teams/" + squad.teamId() + "/calendar";
        long calendarSmall = statementsFor(coach, calendar);
        for (int i = 0; i < 5; i++) {
            long id = Fixtures.athlete(squad.teamId(), null);
            PlanData.session(squad.teamId(), id, start.plusDays(2), LocalTime.of(9, 0), 60, 6);
        }
        assertEquals(small, statementsFor(coach, plan), "plan page statements with 6 athletes");
        assertEquals(calendarSmall, statementsFor(coach, calendar), "calendar statements with 6 athletes");
    }
}
