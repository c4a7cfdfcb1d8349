package app.deload.training;

import static app.deload.training.TrainingData.BERLIN;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import app.deload.support.Fixtures;
import app.deload.support.WebSession;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SessionValidationTest {

    @Test
    void outOfRangeAndMalformedPlanValuesAreAnsweredBesideTheirFields() {
        Fixtures.Squad squad = Fixtures.squad();
        WebSession coach = WebSession.signIn(squad.coach());
        long before = TrainingData.sessionsOf(squad.teamId());
        String path = "/teams/" + squad.teamId() + "/sessions";

        Map<String, Object> form = TrainingData.plan(LocalDate.now(BERLIN), "25:00", "0", "11");
        form.put("type", "yoga");
        coach.post(path, form).then().statusCode(400)
                .body(containsString("Enter a whole number from 1 to 600 minutes."),
                        containsString("Enter a whole number from 0 to 10 on the CR-10 scale."),
                        containsString("Enter a time as HH:MM"), containsString("Choose the type of session."),
                        containsString("value=\"11\""), containsString("value=\"25:00\""),
                        containsString("Intervals 6 × 4 min"));

        coach.post(path, TrainingData.plan(LocalDate.now(BERLIN), "10:00", "601", "5")).then().statusCode(400)
                .body(containsString("Enter a whole number from 1 to 600 minutes."), containsString("value=\"601\""));
        coach.post(path, TrainingData.plan(LocalDate.now(BERLIN), "10:00", "abc", "five")).then().statusCode(400)
                .body(containsString("Enter a whole number from 1 to 600 minutes."),
                        containsString("Enter a whole number from 0 to 10 on the CR-10 scale."),
                        containsString("value=\"abc\""), containsString("value=\"five\""));

        Map<String, Object> badDate = TrainingData.plan(LocalDate.now(BERLIN), "10:00", "60", "5");
        badDate.put("date", "31.12.2025");
        badDate.put("notes", "x".repeat(1001));
        coach.post(path, badDate).then().statusCode(400).body(containsString("Enter a date as YYYY-MM-DD."),
                containsString("Use at most 1000 characters."), containsString("value=\"31.12.2025\""));

        coach.post(path, TrainingData.plan(LocalDate.now(BERLIN).plusYears(2), "10:00", "60", "5")).then()
                .statusCode(400).body(containsString("Plan at most one year ahead."));
        assertEquals(before, TrainingData.sessionsOf(squad.teamId()));
    }

    @Test
    void anAthleteOfAnotherTeamCannotBePlanned() {
        Fixtures.Squad squad = Fixtures.squad();
        Fixtures.Squad other = Fixtures.squad();
        WebSession coach = WebSession.signIn(squad.coach());
        long before = TrainingData.sessionsOf(squad.teamId());

        coach.post("/teams/" + squad.teamId() + "/sessions", TrainingData.forAthletes(
                TrainingData.plan(LocalDate.now(BERLIN), "10:00", "60", "5"), squad.athleteId(), other.athleteId()))
                .then().statusCode(400).body(containsString("Choose athletes of this team only."),
                        containsString("value=\"60\""));
        coach.post("/teams/" + squad.teamId() + "/sessions", TrainingData.forAthletes(
                TrainingData.plan(LocalDate.now(BERLIN), "10:00", "60", "5"), "not-an-id")).then().statusCode(400)
                .body(containsString("Choose athletes of this team only."));
        Map<String, Object> nobody = TrainingData.plan(LocalDate.now(BERLIN), "10:00", "60", "5");
        nobody.put("audience", "chosen");
        coach.post("/teams/" + squad.teamId() + "/sessions", nobody).then().statusCode(400)
                .body(containsString("Choose at least one athlete"));
        assertEquals(before, TrainingData.sessionsOf(squad.teamId()));
    }

    @Test
    void aLoggedSessionCannotBeDatedAfterTomorrow() {
        Fixtures.Squad squad = Fixtures.squad();
        WebSession athlete = WebSession.signIn(squad.athlete());
        LocalDate dayAfterTomorrow = LocalDate.now(BERLIN).plusDays(2);

        athlete.post("/me/sessions", SessionRatingTest.log(dayAfterTomorrow.toString(), "45", "4")).then()
                .statusCode(400).body(containsString("up to tomorrow at the latest"),
                        containsString("value=\"" + dayAfterTomorrow + "\""), containsString("value=\"45\""),
                        containsString("id=\"rpe-4\" name=\"rpe\" value=\"4\" checked"));
        WebSession.signIn(squad.coach()).post("/athletes/" + squad.athleteId() + "/sessions",
                SessionRatingTest.log(dayAfterTomorrow.toString(), "45", "")).then().statusCode(400)
                .body(containsString("up to tomorrow at the latest"));
        assertEquals(0, TrainingData.sessionsOf(squad.teamId()));

        athlete.post("/me/sessions", SessionRatingTest.log(LocalDate.now(BERLIN).plusDays(1).toString(), "45", "4"))
                .then().statusCode(303);
        assertEquals(1, TrainingData.sessionsOf(squad.teamId()));
    }

    @Test
    void anAthleteMustGiveAValidRatingAndMinutes() {
        Fixtures.Squad squad = Fixtures.squad();
        long id = TrainingData.startedTwoHoursAgo(WebSession.signIn(squad.coach()), squad.teamId());
        WebSession athlete = WebSession.signIn(squad.athlete());

        athlete.post("/me/sessions/" + id, Map.of("rpe", "11", "minutes", "0")).then().statusCode(400)
                .body(containsString("Enter a whole number from 0 to 10 on the CR-10 scale."),
                        containsString("Enter a whole number from 1 to 600 minutes."), containsString("value=\"0\""));
        athlete.post("/me/sessions/" + id, Map.of("rpe", "", "minutes", "abc")).then().statusCode(400)
                .body(containsString("Choose how hard it was"), containsString("value=\"abc\""));
        athlete.post("/me/sessions", SessionRatingTest.log(LocalDate.now(BERLIN).toString(), "601", "")).then()
                .statusCode(400).body(containsString("Choose how hard it was"),
                        containsString("Enter a whole number from 1 to 600 minutes."));
        assertNull(TrainingData.row(id, squad.athleteId()).rpe);
        assertEquals(1, TrainingData.sessionsOf(squad.teamId()));
    }

    @Test
    void theAttendancePageChecksEveryRow() {
        Fixtures.Squad squad = Fixtures.squad();
        long second = Fixtures.athlete(squad.teamId(), null);
        WebSession coach = WebSession.signIn(squad.coach());
        long id = TrainingData.threeDaysAgo(coach, squad.teamId());
        List<SessionAttendance> rows = TrainingData.rows(id);

        coach.post("/sessions/" + id + "/close", TrainingData.closeForm(id, rows, List.of(true, false),
                List.of("601", "90"), List.of("11", "5"))).then().statusCode(400)
                .body(containsString("Enter a whole number from 1 to 600 minutes."),
                        containsString("Enter a whole number from 0 to 10 on the CR-10 scale."),
                        containsString("Tick attended or clear the rating"), containsString("value=\"601\""));

        SessionAttendance unchanged = TrainingData.row(id, squad.athleteId());
        assertNull(unchanged.minutes);
        assertNull(unchanged.rpe);
        assertNull(TrainingData.row(id, second).rpe);
        assertNull(TrainingData.session(id).orElseThrow().closedAt);
    }
}
