package app.deload.api;

import static app.deload.api.ApiResourcesTest.assertProblem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import app.deload.account.Role;
import app.deload.athlete.Athlete;
import app.deload.support.ApiTokens;
import app.deload.support.Fixtures;
import app.deload.team.Team;
import app.deload.training.SessionAttendance;
import app.deload.training.SessionType;
import app.deload.training.TrainingSession;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class SessionApiTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void anAthleteLogsTheirOwnSessionAndGetsItsLoad() {
        Fixtures.Squad squad = Fixtures.squad();
        String token = ApiTokens.issue(squad.athlete());
        LocalDate today = LocalDate.now(BERLIN);
        Map<String, Object> body = session(today, "strength", 45, 6);
        body.put("startTime", "07:30");
        body.put("notes", "Gym, lower body");

        ValidatableResponse created = log(token, squad.athleteId(), body).statusCode(201)
                .body("id", notNullValue()).body("athleteId", equalTo((int) squad.athleteId()))
                .body("date", equalTo(today.toString())).body("startTime", equalTo("07:30"))
                .body("type", equalTo("strength")).body("individual", equalTo(true)).body("minutes", equalTo(45))
                .body("rpe", equalTo(6)).body("load", equalTo(270)).body("late", equalTo(false))
                .body("ratedBy", equalTo(squad.athlete()));
        int id = created.extract().path("id");
        String location = created.extract().header("Location");
        org.hamcrest.MatcherAssert.assertThat(location, endsWith(path(squad.athleteId()) + "/" + id));

        ApiTokens.as(token).get(location).then().statusCode(200).body("id", equalTo(id)).body("load", equalTo(270));
        TrainingSession stored = QuarkusTransaction.requiringNew().call(() -> TrainingSession.findById((long) id));
        assertEquals("Gym, lower body", stored.notes);
        assertEquals(squad.athlete(), stored.updatedBy);
    }

    @Test
    void theAthleteMustRateTheirOwnLogWhileACoachMayLeaveItToThem() {
        Fixtures.Squad squad = Fixtures.squad();
        LocalDate yesterday = LocalDate.now(BERLIN).minusDays(1);
        assertProblem(log(ApiTokens.issue(squad.athlete()), squad.athleteId(), session(yesterday, "skill", 60, null)),
                400).body("errors.rpe", containsString("0 (rest) to 10 (maximal)"));
        assertEquals(0, sessionsOf(squad.teamId()));

        for (String staff : List.of(squad.coach(), Fixtures.user(Role.ADMIN))) {
            log(ApiTokens.issue(staff), squad.athleteId(), session(yesterday, "skill", 60, null)).statusCode(201)
                    .body("rpe", nullValue()).body("load", nullValue()).body("state", equalTo("missing"));
        }
        assertEquals(2, sessionsOf(squad.teamId()));
    }

    @Test
    void everyInvalidFieldIsNamedAndNothingIsLogged() {
        Fixtures.Squad squad = Fixtures.squad();
        String token = ApiTokens.issue(squad.athlete());
        LocalDate today = LocalDate.now(BERLIN);
        assertProblem(log(token, squad.athleteId(), session(today.plusDays(2), "running", 0, 11)), 400)
                .body("errors.date", containsString("up to tomorrow"))
                .body("errors.type", equalTo("Send one of: strength, conditioning, skill, match, active_recovery, "
                        + "other."))
                .body("errors.minutes", containsString("1 to 600")).body("errors.rpe", containsString("0 to 10"));
        Map<String, Object> more = session(today.minusYears(3), null, 601, -1);
        more.put("startTime", "25:00");
        more.put("notes", "x".repeat(1001));
        assertProblem(log(token, squad.athleteId(), more), 400).body("errors.date", containsString("2 years"))
                .body("errors", hasKey("type")).body("errors", hasKey("minutes")).body("errors", hasKey("rpe"))
                .body("errors.startTime", containsString("HH:MM")).body("errors.notes", containsString("1000"));
        assertProblem(log(token, squad.athleteId(), session(null, "match", 90, 8)), 400)
                .body("errors.date", equalTo("Enter a date."));
        assertProblem(logRaw(token, squad.athleteId(), "{\"date\": \"" + today + "\", \"type\": \"match\", "
                + "\"minutes\": 90, \"rpe\": 6.5}"), 400).body("errors.rpe", containsString("wrong type"));
        assertProblem(logRaw(token, squad.athleteId(), "{\"minutes\": \"long\"}"), 400)
                .body("errors.minutes", containsString("wrong type"));
        assertProblem(logRaw(token, squad.athleteId(), "{\"date\": "), 400);
        assertProblem(logRaw(token, squad.athleteId(), ""), 400);
        assertEquals(0, sessionsOf(squad.teamId()));
    }

    @Test
    void theAthleteTheirCoachesAndAdminsLogButNobodyElse() {
        Fixtures.Squad squad = Fixtures.squad();
        Fixtures.Squad other = Fixtures.squad();
        LocalDate today = LocalDate.now(BERLIN);
        Map<String, Object> body = session(today, "conditioning", 30, 4);
        assertProblem(log(ApiTokens.issue(other.coach()), squad.athleteId(), body), 404);
        assertProblem(log(ApiTokens.issue(other.athlete()), squad.athleteId(), body), 404);
        assertProblem(log(ApiTokens.issue(squad.coach()), 999_999_999L, body), 404);
        String revoked = ApiTokens.issue(squad.athlete());
        ApiTokens.revoke(revoked);
        BearerAuthenticationTest.assertUnauthorized(log(revoked, squad.athleteId(), body));
        BearerAuthenticationTest.assertUnauthorized(RestAssured.given().redirects().follow(false)
                .contentType("application/json").body(body).post(path(squad.athleteId())).then());
        assertEquals(0, sessionsOf(squad.teamId()));

        log(ApiTokens.issue(squad.coach()), squad.athleteId(), body).statusCode(201).body("ratedBy",
                equalTo(squad.coach()));
    }

    @Test
    void theAthleteRatesAStartedSessionOnTimeAndChangesTheirRating() {
        Fixtures.Squad squad = Fixtures.squad();
        ZonedDateTime start = ZonedDateTime.now(BERLIN).minusHours(2).truncatedTo(ChronoUnit.MINUTES);
        long session = teamSession(squad, start, 60);
        String token = ApiTokens.issue(squad.athlete());

        rate(token, squad, session, Map.of("rpe", 7)).statusCode(200).body("id", equalTo((int) session))
                .body("rpe", equalTo(7)).body("minutes", equalTo(60)).body("load", equalTo(420))
                .body("late", equalTo(false)).body("state", equalTo("rated")).body("individual", equalTo(false))
                .body("ratedBy", equalTo(squad.athlete())).body("ratedAt", notNullValue());
        rate(token, squad, session, Map.of("rpe", 6, "minutes", 50)).statusCode(200).body("load", equalTo(300));
        SessionAttendance row = row(session, squad.athleteId());
        assertEquals(6, row.rpe);
        assertEquals(50, row.minutes);
    }

    @Test
    void aRatingMoreThanADayAfterTheSessionIsKeptAndMarkedLate() {
        Fixtures.Squad squad = Fixtures.squad();
        long session = teamSession(squad, ZonedDateTime.now(BERLIN).minusDays(3), 90);
        rate(ApiTokens.issue(squad.athlete()), squad, session, Map.of("rpe", 5)).statusCode(200)
                .body("late", equalTo(true)).body("load", equalTo(450));
        assertEquals(true, row(session, squad.athleteId()).late);
    }

    @Test
    void aSessionThatHasNotStartedOrWasNotAttendedCannotBeRated() {
        Fixtures.Squad squad = Fixtures.squad();
        String athlete = ApiTokens.issue(squad.athlete());
        String coach = ApiTokens.issue(squad.coach());
        long coming = teamSession(squad, ZonedDateTime.now(BERLIN).plusDays(3), 45);
        assertProblem(rate(athlete, squad, coming, Map.of("rpe", 4)), 400)
                .body("detail", containsString("has not started yet"));
        assertProblem(rate(coach, squad, coming, Map.of("rpe", 4)), 400)
                .body("detail", containsString("has not started yet"));

        long missed = teamSession(squad, ZonedDateTime.now(BERLIN).minusDays(1), 60);
        QuarkusTransaction.requiringNew().run(() -> SessionAttendance.update("attended = false where session.id = ?1",
                missed));
        assertProblem(rate(athlete, squad, missed, Map.of("rpe", 4)), 400)
                .body("detail", containsString("did not attend"));
        assertProblem(rate(coach, squad, missed, Map.of("rpe", 4)), 400)
                .body("detail", containsString("not attending"));
        assertEquals(null, row(coming, squad.athleteId()).rpe);
        assertEquals(null, row(missed, squad.athleteId()).rpe);
    }

    @Test
    void aCoachCorrectsARatingWhichTheAthleteThenCannotChange() {
        Fixtures.Squad squad = Fixtures.squad();
        String athlete = ApiTokens.issue(squad.athlete());
        String coach = ApiTokens.issue(squad.coach());
        long session = teamSession(squad, ZonedDateTime.now(BERLIN).minusDays(1), 60);
        rate(athlete, squad, session, Map.of("rpe", 5)).statusCode(200);

        rate(coach, squad, session, Map.of("rpe", 5, "minutes", 40)).statusCode(200).body("minutes", equalTo(40))
                .body("load", equalTo(200)).body("ratedBy", equalTo(squad.athlete()));
        rate(coach, squad, session, Map.of("rpe", 8)).statusCode(200).body("load", equalTo(320))
                .body("ratedBy", equalTo(squad.coach()));
        assertProblem(rate(athlete, squad, session, Map.of("rpe", 3)), 400)
                .body("detail", containsString("Your coach entered this rating"));
        rate(ApiTokens.issue(Fixtures.user(Role.ADMIN)), squad, session, Map.of("rpe", 7)).statusCode(200)
                .body("load", equalTo(280));
        assertEquals(7, row(session, squad.athleteId()).rpe);
    }

    @Test
    void ratingsAreCheckedAndOnlyForTheAthletesOwnSessions() {
        Fixtures.Squad squad = Fixtures.squad();
        Fixtures.Squad other = Fixtures.squad();
        String athlete = ApiTokens.issue(squad.athlete());
        long session = teamSession(squad, ZonedDateTime.now(BERLIN).minusDays(1), 60);
        long othersSession = teamSession(other, ZonedDateTime.now(BERLIN).minusDays(1), 60);

        assertProblem(rate(athlete, squad, session, Map.of("rpe", 11, "minutes", 0)), 400)
                .body("errors.rpe", containsString("0 (rest) to 10")).body("errors.minutes", containsString("1 to 600"));
        assertProblem(rate(athlete, squad, session, Map.of("minutes", 30)), 400).body("errors", hasKey("rpe"));
        assertProblem(rate(athlete, squad, session, Map.of("rpe", 601)), 400).body("errors", hasKey("rpe"));
        assertProblem(ApiTokens.as(athlete).contentType("application/json").body("{\"rpe\": 4.5}")
                .put(rating(squad, session)).then(), 400).body("errors.rpe", containsString("wrong type"));
        assertProblem(ApiTokens.as(athlete).contentType("application/json").body("{\"rpe\": ")
                .put(rating(squad, session)).then(), 400);
        assertProblem(rate(athlete, squad, othersSession, Map.of("rpe", 4)), 404);
        assertProblem(rate(ApiTokens.issue(other.coach()), squad, session, Map.of("rpe", 4)), 404);
        assertProblem(rate(ApiTokens.issue(other.athlete()), squad, session, Map.of("rpe", 4)), 404);
        String revoked = ApiTokens.issue(squad.athlete());
        ApiTokens.revoke(revoked);
        BearerAuthenticationTest.assertUnauthorized(rate(revoked, squad, session, Map.of("rpe", 4)));
        assertEquals(null, row(session, squad.athleteId()).rpe);
    }

    @Test
    void theListShowsEachSessionWithItsStateInTheOrderTheyHappen() {
        Fixtures.Squad squad = Fixtures.squad();
        Fixtures.Squad other = Fixtures.squad();
        LocalDate today = LocalDate.now(BERLIN);
        String coach = ApiTokens.issue(squad.coach());
        long rated = teamSession(squad, today.minusDays(3).atTime(10, 0).atZone(BERLIN), 60);
        rate(ApiTokens.issue(squad.athlete()), squad, rated, Map.of("rpe", 4)).statusCode(200);
        long missing = ((Number) log(coach, squad.athleteId(), session(today.minusDays(2), "match", 90, null))
                .extract().path("id")).longValue();
        long absent = teamSession(squad, today.minusDays(1).atTime(18, 0).atZone(BERLIN), 60);
        QuarkusTransaction.requiringNew().run(() -> SessionAttendance.update("attended = false where session.id = ?1",
                absent));
        long planned = teamSession(squad, today.plusDays(1).atTime(9, 0).atZone(BERLIN), 45);
        long old = teamSession(squad, today.minusDays(40).atTime(9, 0).atZone(BERLIN), 45);

        for (String caller : List.of(squad.athlete(), squad.coach(), Fixtures.user(Role.ADMIN))) {
            ApiTokens.as(ApiTokens.issue(caller)).queryParam("to", today.plusDays(1).toString())
                    .get(path(squad.athleteId())).then().statusCode(200)
                    .body("id", contains((int) rated, (int) missing, (int) absent, (int) planned))
                    .body("state", contains("rated", "missing", "not_attended", "planned"))
                    .body("rpe", contains(4, null, null, null)).body("load", contains(240, null, null, null))
                    .body("type", contains("conditioning", "match", "conditioning", "conditioning"))
                    .body("[0].startTime", equalTo("10:00")).body("[1].startTime", nullValue());
        }
        ApiTokens.as(coach).get(path(squad.athleteId())).then().statusCode(200)
                .body("id", contains((int) rated, (int) missing, (int) absent));
        ApiTokens.as(coach).queryParam("from", today.minusDays(45).toString())
                .queryParam("to", today.minusDays(30).toString()).get(path(squad.athleteId())).then()
                .statusCode(200).body("id", contains((int) old));
        ApiTokens.as(coach).get(path(squad.athleteId()) + "/" + planned).then().statusCode(200)
                .body("state", equalTo("planned"));

        assertProblem(ApiTokens.as(coach).queryParam("from", "2026-13-01").get(path(squad.athleteId())).then(), 400);
        assertProblem(ApiTokens.as(coach).queryParam("to", today.plusDays(2).toString())
                .get(path(squad.athleteId())).then(), 400).body("detail", containsString("after tomorrow"));
        assertProblem(ApiTokens.as(ApiTokens.issue(other.coach())).get(path(squad.athleteId())).then(), 404);
        assertProblem(ApiTokens.as(ApiTokens.issue(other.coach())).get(path(squad.athleteId()) + "/" + rated)
                .then(), 404);
        assertProblem(ApiTokens.as(coach).get(path(squad.athleteId()) + "/999999999").then(), 404);
        BearerAuthenticationTest.assertUnauthorized(RestAssured.given().redirects().follow(false)
                .get(path(squad.athleteId())).then());
        BearerAuthenticationTest.assertUnauthorized(RestAssured.given().redirects().follow(false)
                .get(path(squad.athleteId()) + "/" + rated).then());
    }

    static Map<String, Object> session(LocalDate date, String type, Integer minutes, Integer rpe) {
        Map<String, Object> body = new HashMap<>();
        body.put("date", date == null ? null : date.toString());
        body.put("type", type);
        body.put("minutes", minutes);
        body.put("rpe", rpe);
        return body;
    }

    static ValidatableResponse log(String token, long athleteId, Map<String, Object> body) {
        return ApiTokens.as(token).contentType("application/json").body(body).post(path(athleteId)).then();
    }

    private static ValidatableResponse logRaw(String token, long athleteId, String body) {
        return ApiTokens.as(token).contentType("application/json").body(body).post(path(athleteId)).then();
    }

    static ValidatableResponse rate(String token, Fixtures.Squad squad, long sessionId, Map<String, Object> body) {
        return ApiTokens.as(token).contentType("application/json").body(body).put(rating(squad, sessionId)).then();
    }

    private static String rating(Fixtures.Squad squad, long sessionId) {
        return path(squad.athleteId()) + "/" + sessionId + "/rating";
    }

    static String path(long athleteId) {
        return "/api/v1/athletes/" + athleteId + "/sessions";
    }

    /** A conditioning session of the squad's team at {@code start}, the squad's athlete planned in it. */
    static long teamSession(Fixtures.Squad squad, ZonedDateTime start, int minutes) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Team team = Team.findById(squad.teamId());
            TrainingSession session = new TrainingSession();
            session.team = team;
            session.schedule(start.withZoneSameInstant(team.zone()).toLocalDate(),
                    LocalTime.from(start.withZoneSameInstant(team.zone())).truncatedTo(ChronoUnit.MINUTES), team.zone());
            session.type = SessionType.CONDITIONING;
            session.plannedMinutes = minutes;
            session.plannedRpe = 5;
            session.persist();
            SessionAttendance.of(session, Athlete.findById(squad.athleteId())).persist();
            return session.id;
        });
    }

    private static SessionAttendance row(long sessionId, long athleteId) {
        return QuarkusTransaction.requiringNew().call(() -> SessionAttendance
                .<SessionAttendance>find("session.id = ?1 and athlete.id = ?2", sessionId, athleteId).firstResult());
    }

    private static long sessionsOf(long teamId) {
        return QuarkusTransaction.requiringNew().call(() -> TrainingSession.count("team.id", teamId));
    }
}
