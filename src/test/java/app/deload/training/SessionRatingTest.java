package app.deload.training;

import static app.deload.training.TrainingData.BERLIN;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import app.deload.support.Fixtures;
import app.deload.support.WebSession;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SessionRatingTest {

    @Test
    void anAthleteSeesWaitingSessionsAndRatesOneOnTheCr10Scale() {
        Fixtures.Squad squad = Fixtures.squad();
        long id = TrainingData.startedTwoHoursAgo(WebSession.signIn(squad.coach()), squad.teamId());
        long future = TrainingData.inThreeDays(WebSession.signIn(squad.coach()), squad.teamId());
        WebSession athlete = WebSession.signIn(squad.athlete());

        String list = athlete.get("/me/sessions").then().statusCode(200).extract().asString();
        String waiting = list.substring(list.indexOf("Waiting for your rating"), list.indexOf("<h2>Sessions "));
        assertTrue(waiting.contains("/me/sessions/" + id), "the started session waits for a rating");
        assertFalse(waiting.contains("/me/sessions/" + future), "a session that has not started does not");

        athlete.get("/me/sessions/" + id).then().statusCode(200)
                .body(containsString("How was your workout?"), containsString("Very, very easy"),
                        containsString("Somewhat hard"), containsString("Maximal"),
                        containsString("type=\"radio\" id=\"rpe-6\" name=\"rpe\" value=\"6\""),
                        containsString("name=\"minutes\" type=\"number\" value=\"60\""));

        athlete.post("/me/sessions/" + id, Map.of("rpe", "7", "minutes", "55")).then().statusCode(303)
                .header("Location", containsString("/me/sessions/" + id));
        athlete.get("/me/sessions/" + id).then().statusCode(200)
                .body(containsString("385 AU"), containsString("7 × 55 min"), not(containsString(">late<")));

        SessionAttendance row = TrainingData.row(id, squad.athleteId());
        assertEquals(7, row.rpe);
        assertEquals(55, row.minutes);
        assertEquals(squad.athlete(), row.ratedBy);
        assertNotNull(row.ratedAt);
        assertFalse(row.late);
        String after = athlete.get("/me/sessions").asString();
        assertFalse(after.substring(after.indexOf("Waiting for your rating"), after.indexOf("<h2>Sessions "))
                .contains("/me/sessions/" + id));
    }

    @Test
    void aRatingMoreThan24HoursAfterTheSessionIsAcceptedAndMarkedLate() {
        Fixtures.Squad squad = Fixtures.squad();
        long id = TrainingData.threeDaysAgo(WebSession.signIn(squad.coach()), squad.teamId());
        WebSession athlete = WebSession.signIn(squad.athlete());

        athlete.post("/me/sessions/" + id, Map.of("rpe", "6", "minutes", "90")).then().statusCode(303);

        assertTrue(TrainingData.row(id, squad.athleteId()).late);
        athlete.get("/me/sessions/" + id).then().body(containsString("540 AU"), containsString(">late<"));
        athlete.get("/me/sessions").then().body(containsString(">late<"));
        WebSession.signIn(squad.coach()).get("/sessions/" + id).then().body(containsString(">late<"));
    }

    @Test
    void anAttendedSessionWithoutARatingIsShownAsMissing() {
        Fixtures.Squad squad = Fixtures.squad();
        WebSession coach = WebSession.signIn(squad.coach());
        long id = TrainingData.threeDaysAgo(coach, squad.teamId());

        coach.get("/sessions/" + id).then().body(containsString("state-missing\">missing<"),
                containsString("1 missing"));
        coach.get("/teams/" + squad.teamId() + "/sessions?week=" + LocalDate.now(BERLIN).minusDays(3)).then()
                .body(containsString("1 missing"), containsString("0 of 1 rated"));
        coach.get("/athletes/" + squad.athleteId() + "/sessions").then().body(containsString("missing"));
        WebSession.signIn(squad.athlete()).get("/me/sessions").then()
                .body(containsString("state-missing\">missing<"));
        assertNull(TrainingData.row(id, squad.athleteId()).rpe, "missing stays missing, never zero");
    }

    @Test
    void anAthleteCannotRateASessionThatHasNotStartedOrThatTheyMissed() {
        Fixtures.Squad squad = Fixtures.squad();
        WebSession coach = WebSession.signIn(squad.coach());
        long future = TrainingData.inThreeDays(coach, squad.teamId());
        long missed = TrainingData.threeDaysAgo(coach, squad.teamId());
        coach.post("/sessions/" + missed + "/close", TrainingData.closeForm(missed, TrainingData.rows(missed),
                List.of(false), List.of("90"), List.of(""))).then().statusCode(303);
        WebSession athlete = WebSession.signIn(squad.athlete());

        athlete.get("/me/sessions/" + future).then().statusCode(200)
                .body(containsString("has not started yet"), not(containsString("Save my rating")));
        athlete.post("/me/sessions/" + future, Map.of("rpe", "5", "minutes", "45")).then().statusCode(400)
                .body(containsString("has not started yet"));
        athlete.post("/me/sessions/" + missed, Map.of("rpe", "5", "minutes", "45")).then().statusCode(400)
                .body(containsString("did not attend this session"));

        assertNull(TrainingData.row(future, squad.athleteId()).rpe);
        assertNull(TrainingData.row(missed, squad.athleteId()).rpe);
    }

    @Test
    void anAthleteCannotSeeOrRateAnotherAthletesSession() {
        Fixtures.Squad squad = Fixtures.squad();
        long teammate = Fixtures.athlete(squad.teamId(), null);
        long theirs = TrainingData.planned(WebSession.signIn(squad.coach()), squad.teamId(), TrainingData
                .forAthletes(TrainingData.plan(LocalDate.now(BERLIN).minusDays(1), "10:00", "60", "5"), teammate));
        WebSession athlete = WebSession.signIn(squad.athlete());

        athlete.get("/me/sessions/" + theirs).then().statusCode(404);
        athlete.post("/me/sessions/" + theirs, Map.of("rpe", "5", "minutes", "60")).then().statusCode(404);
        assertNull(TrainingData.row(theirs, teammate).rpe);
    }

    @Test
    void anAthleteLogsAnExtraSessionForThemselves() {
        Fixtures.Squad squad = Fixtures.squad();
        WebSession athlete = WebSession.signIn(squad.athlete());
        athlete.get("/me/sessions/new").then().statusCode(200).body(containsString("How was your workout?"));

        String location = athlete.post("/me/sessions", log(LocalDate.now(BERLIN).toString(), "45", "4")).then()
                .statusCode(303).extract().header("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        athlete.get("/me/sessions/" + id).then().statusCode(200).body(containsString("180 AU"));
        TrainingSession session = TrainingData.session(id).orElseThrow();
        assertTrue(session.individual);
        assertEquals(SessionType.STRENGTH, session.type);
        assertNull(session.startTime);
        SessionAttendance row = TrainingData.row(id, squad.athleteId());
        assertEquals(4, row.rpe);
        assertEquals(squad.athlete(), row.ratedBy);
        assertFalse(row.late);
        WebSession.signIn(squad.coach()).get("/athletes/" + squad.athleteId() + "/sessions").then()
                .body(containsString("/sessions/" + id), containsString("180 AU"));
    }

    @Test
    void aCoachLogsAnExtraSessionForOneAthleteWhoIsThenAskedToRateIt() {
        Fixtures.Squad squad = Fixtures.squad();
        long teammate = Fixtures.athlete(squad.teamId(), null);
        WebSession coach = WebSession.signIn(squad.coach());

        String location = coach.post("/athletes/" + squad.athleteId() + "/sessions",
                log(LocalDate.now(BERLIN).minusDays(1).toString(), "30", "")).then().statusCode(303).extract()
                .header("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        assertEquals(1, TrainingData.rows(id).size());
        assertNull(TrainingData.row(id, teammate));
        String list = WebSession.signIn(squad.athlete()).get("/me/sessions").asString();
        assertTrue(list.substring(list.indexOf("Waiting for your rating"), list.indexOf("<h2>Sessions "))
                .contains("/me/sessions/" + id));
        coach.get("/sessions/" + id).then().body(containsString("individual"));
        coach.get("/sessions/" + id + "/edit").then().statusCode(200)
                .body(containsString("Edit individual session"), containsString("Duration (minutes)"),
                        not(containsString("Who is it for?")));
        Map<String, Object> edit = new HashMap<>(Map.of("date", LocalDate.now(BERLIN).plusDays(2).toString(),
                "startTime", "", "type", "skill", "plannedMinutes", "35", "notes", "",
                "version", String.valueOf(TrainingData.session(id).orElseThrow().version)));
        coach.post("/sessions/" + id, edit).then().statusCode(400).body(containsString("up to tomorrow"));
        edit.put("date", LocalDate.now(BERLIN).toString());
        coach.post("/sessions/" + id, edit).then().statusCode(303);
        assertEquals(35, TrainingData.session(id).orElseThrow().plannedMinutes);
        assertEquals(1, TrainingData.rows(id).size(), "the athlete stays the only one");
    }

    static Map<String, String> log(String date, String minutes, String rpe) {
        Map<String, String> form = new HashMap<>();
        form.put("date", date);
        form.put("startTime", "");
        form.put("type", "strength");
        form.put("minutes", minutes);
        form.put("rpe", rpe);
        form.put("notes", "Gym, upper body");
        return form;
    }
}
