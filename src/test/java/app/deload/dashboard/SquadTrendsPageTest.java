package app.deload.dashboard;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.deload.support.Fixtures;
import app.deload.support.WebSession;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SquadTrendsPageTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void theSquadsWellnessMedianIsTheMiddleOfItsAthletesZScores() {
        LocalDate today = LocalDate.now(BERLIN);
        Fixtures.Squad squad = Fixtures.squad();
        long second = Fixtures.athlete(squad.teamId(), null);
        long third = Fixtures.athlete(squad.teamId(), null);
        TodayPageTest.decline(squad.athleteId(), today);
        TodayPageTest.decline(second, today);
        TodayPageTest.decline(third, today.minusDays(5));

        WebSession coach = WebSession.signIn(squad.coach());
        String html = coach.get("/teams/" + squad.teamId() + "/trends").then().statusCode(200)
                .body(containsString("3 active athletes"), containsString("middle half of the squad"),
                        containsString("No values in this range."))
                .extract().asString();
        String chart = SvgMarks.chart(html, "squad-wellness");
        List<SvgMarks.Mark> median = SvgMarks.points(chart, "c-median");
        SvgMarks.Mark last = median.get(median.size() - 1);
        assertEquals(today.toString(), last.date());
        // Two athletes had their third bad morning today, the third athlete answered nothing today: the median of
        // two values is their mean, and both are far below their own mean.
        assertEquals(true, last.value() < -2, "median z " + last.value());
        assertEquals(last.value(), SvgMarks.axis(chart).valueAt(last.y()), 0.05);
        coach.get("/teams/" + Fixtures.team(Fixtures.user(app.deload.account.Role.COACH)) + "/trends").then()
                .statusCode(404);
    }
}
