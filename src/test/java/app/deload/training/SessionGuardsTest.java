package app.deload.training;

import static app.deload.training.TrainingData.BERLIN;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import app.deload.support.Fixtures;
import app.deload.support.WebSession;
import io.quarkus.test.junit.QuarkusTest;

/** Guards against the slips a coach makes: the same team session twice, and minutes far above the plan. */
@QuarkusTest
class SessionGuardsTest {

    @Test
    void theSameTeamSessionCannotBePlannedTwice() {
        Fixtures.Squad squad = Fixtures.squad();
        WebSession coach = WebSession.signIn(squad.coach());
        LocalDate date = LocalDate.now(BERLIN).plusDays(2);
        long first = TrainingData.planned(coach, squad.teamId(), TrainingData.plan(date, "17:30", "75", "7"));

        coach.post("/teams/" + squad.teamId() + "/sessions", TrainingData.plan(date, "17:30", "60", "5")).then()
                .statusCode(400).body(containsString("The team already has a conditioning session on " + date
                        + " at 17:30"), containsString("value=\"60\""));
        assertEquals(1L, TrainingData.sessionsOf(squad.teamId()));

        Map<String, Object> otherType = TrainingData.plan(date, "17:30", "60", "5");
        otherType.put("type", "strength");
        long second = TrainingData.planned(coach, squad.teamId(), otherType);
        Map<String, Object> moved = TrainingData.plan(date, "17:30", "60", "5");
        moved.put("version", String.valueOf(TrainingData.session(second).orElseThrow().version));
        coach.post("/sessions/" + second, moved).then().statusCode(400)
                .body(containsString("The team already has a conditioning session"));
        Map<String, Object> unchanged = TrainingData.plan(date, "17:30", "80", "7");
        unchanged.put("version", String.valueOf(TrainingData.session(first).orElseThrow().version));
        coach.post("/sessions/" + first, unchanged).then().statusCode(303);
    }

    @Test
    void minutesFarAboveThePlanAskForAConfirmation() {
        Fixtures.Squad squad = Fixtures.squad();
        WebSession coach = WebSession.signIn(squad.coach());
        long id = TrainingData.threeDaysAgo(coach, squad.teamId()); // planned 90 min
        List<SessionAttendance> rows = TrainingData.rows(id);
        Map<String, Object> typo = TrainingData.closeForm(id, rows, List.of(true), List.of("190"), List.of(""));

        coach.post("/sessions/" + id + "/close", typo).then().statusCode(400)
                .body(containsString("190 min is far more than the planned 90 min"),
                        containsString("These minutes are right"), containsString("value=\"190\""));
        assertNull(TrainingData.row(id, squad.athleteId()).minutes);

        typo.put("minutesConfirmed", "true");
        coach.post("/sessions/" + id + "/close", typo).then().statusCode(303);
        assertEquals(190, TrainingData.row(id, squad.athleteId()).minutes);
    }

    @Test
    void minutesSomewhatAboveThePlanNeedNoConfirmation() {
        Fixtures.Squad squad = Fixtures.squad();
        WebSession coach = WebSession.signIn(squad.coach());
        long id = TrainingData.threeDaysAgo(coach, squad.teamId()); // planned 90 min: 135 is 1.5 times
        coach.post("/sessions/" + id + "/close", TrainingData.closeForm(id, TrainingData.rows(id), List.of(true),
                List.of("135"), List.of(""))).then().statusCode(303);
        coach.get("/sessions/" + id + "/close").then().body(not(containsString("These minutes are right")));
        assertEquals(135, TrainingData.row(id, squad.athleteId()).minutes);
    }
}
