package app.deload.api;

import static app.deload.api.ApiResourcesTest.assertProblem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import app.deload.account.Role;
import app.deload.athlete.Athlete;
import app.deload.support.ApiTokens;
import app.deload.support.Fixtures;
import app.deload.team.Team;
import app.deload.wellness.WellnessEntry;
import app.deload.wellness.WellnessValues;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class WellnessApiTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void theSameAnswersPutTwiceGiveOneEntryCreatedThenUnchanged() {
        Fixtures.Squad squad = Fixtures.squad();
        String token = ApiTokens.issue(squad.athlete());
        LocalDate today = LocalDate.now(BERLIN);
        Map<String, Object> answers = answers();
        answers.put("restingHr", 48);
        answers.put("rmssd", 62.4);
        answers.put("soreAreas", List.of("quadriceps", "lower_back"));
        answers.put("comment", "  Long bus ride  ");

        Map<String, Object> first = put(token, squad.athleteId(), today, answers).statusCode(201)
                .header("Location", endsWith(path(squad.athleteId()) + "/" + today))
                .body("date", equalTo(today.toString())).body("fatigue", equalTo(4)).body("total", equalTo(18))
                .body("sleepHours", equalTo(7.5f)).body("restingHr", equalTo(48)).body("rmssd", equalTo(62.4f))
                .body("soreAreas", contains("lower_back", "quadriceps")).body("comment", equalTo("Long bus ride"))
                .extract().jsonPath().getMap("");
        Map<String, Object> second = put(token, squad.athleteId(), today, answers).statusCode(200)
                .header("Location", nullValue()).extract().jsonPath().getMap("");

        // The clock's precision may exceed the column's, so the time of the last change is compared in the row.
        first.remove("updatedAt");
        second.remove("updatedAt");
        assertEquals(first, second);
        assertEquals(1, entries(squad.athleteId(), today));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> WellnessEntry
                .findFor(Athlete.findById(squad.athleteId()), today).orElseThrow().version),
                "the second PUT did not even touch the row");
    }

    @Test
    void aPutReplacesTheWholeEntryAndLeftOutValuesAreCleared() {
        Fixtures.Squad squad = Fixtures.squad();
        String token = ApiTokens.issue(squad.athlete());
        LocalDate yesterday = LocalDate.now(BERLIN).minusDays(1);
        Map<String, Object> full = answers();
        full.put("restingHr", 50);
        full.put("soreAreas", List.of("calves"));
        put(token, squad.athleteId(), yesterday, full).statusCode(201);

        Map<String, Object> changed = answers();
        changed.put("mood", 1);
        put(token, squad.athleteId(), yesterday, changed).statusCode(200).body("mood", equalTo(1))
                .body("restingHr", nullValue()).body("soreAreas", equalTo(List.of()));
        WellnessEntry stored = QuarkusTransaction.requiringNew().call(() -> WellnessEntry
                .findFor(Athlete.findById(squad.athleteId()), yesterday).orElseThrow());
        assertEquals(1, stored.mood);
        assertEquals(null, stored.restingHr);
        assertEquals(squad.athlete(), stored.updatedBy);
    }

    @Test
    void theAthleteBackFillsTwentySevenDaysAndWritesUpToTomorrowButNoFurther() {
        Fixtures.Squad squad = Fixtures.squad();
        String token = ApiTokens.issue(squad.athlete());
        LocalDate today = LocalDate.now(BERLIN);
        put(token, squad.athleteId(), today.minusDays(27), answers()).statusCode(201);
        put(token, squad.athleteId(), today.plusDays(1), answers()).statusCode(201);

        for (LocalDate refused : List.of(today.minusDays(28), today.plusDays(2), today.minusYears(1))) {
            assertProblem(put(token, squad.athleteId(), refused, answers()), 400)
                    .body("errors.date", containsString("27 days ago to tomorrow"));
        }
        assertProblem(ApiTokens.as(token).contentType("application/json").body(answers())
                .put(path(squad.athleteId()) + "/yesterday").then(), 400)
                .body("errors.date", containsString("ISO date"));
        assertProblem(ApiTokens.as(token).contentType("application/json").body(answers())
                .put(path(squad.athleteId()) + "/2026-02-30").then(), 400).body("errors", hasKey("date"));
        assertEquals(0, entries(squad.athleteId(), today.minusDays(28)));
    }

    @Test
    void tomorrowIsTheTeamsTomorrow() {
        Fixtures.Squad squad = Fixtures.squad();
        String token = ApiTokens.issue(squad.athlete());
        // UTC+14 is always at least a day ahead of UTC−11, so its tomorrow is at least two days after theirs.
        LocalDate kiritimatiTomorrow = LocalDate.now(ZoneId.of("Pacific/Kiritimati")).plusDays(1);
        timeZone(squad.teamId(), "Pacific/Pago_Pago");
        assertProblem(put(token, squad.athleteId(), kiritimatiTomorrow, answers()), 400)
                .body("errors.date", containsString("Pacific/Pago_Pago"));
        timeZone(squad.teamId(), "Pacific/Kiritimati");
        put(token, squad.athleteId(), kiritimatiTomorrow, answers()).statusCode(201);
    }

    @Test
    void everyValueOutOfRangeIsNamedAndNothingIsStored() {
        Fixtures.Squad squad = Fixtures.squad();
        String token = ApiTokens.issue(squad.athlete());
        LocalDate today = LocalDate.now(BERLIN);
        Map<String, Object> bad = new HashMap<>();
        bad.put("fatigue", 0);
        bad.put("sleepQuality", 6);
        bad.put("stress", 3);
        bad.put("mood", 3);
        bad.put("sleepHours", 7.3);
        bad.put("restingHr", 151);
        bad.put("rmssd", 2.9);
        bad.put("soreAreas", List.of("quadriceps", "elbow"));
        bad.put("comment", "x".repeat(501));
        assertProblem(put(token, squad.athleteId(), today, bad), 400).body("title", equalTo("Bad Request"))
                .body("errors.fatigue", containsString("1 to 5")).body("errors.sleepQuality", containsString("1 to 5"))
                .body("errors.soreness", containsString("1 to 5")).body("errors", not(hasKey("stress")))
                .body("errors.sleepHours", containsString("quarter hours"))
                .body("errors.restingHr", containsString("25 to 150")).body("errors.rmssd", containsString("3 to 300"))
                .body("errors.soreAreas", containsString("'elbow'")).body("errors.comment", containsString("500"));

        Map<String, Object> edges = answers();
        edges.put("sleepHours", 16.25);
        edges.put("restingHr", 24);
        edges.put("rmssd", 62.45);
        assertProblem(put(token, squad.athleteId(), today, edges), 400).body("errors", hasKey("sleepHours"))
                .body("errors", hasKey("restingHr")).body("errors.rmssd", containsString("one decimal"));
        Map<String, Object> noSleep = answers();
        noSleep.remove("sleepHours");
        assertProblem(put(token, squad.athleteId(), today, noSleep), 400).body("errors", hasKey("sleepHours"));
        assertEquals(0, entries(squad.athleteId(), today));
    }

    @Test
    void bodiesThatAreNotTheExpectedJsonAre400Problems() {
        Fixtures.Squad squad = Fixtures.squad();
        String token = ApiTokens.issue(squad.athlete());
        LocalDate today = LocalDate.now(BERLIN);
        assertProblem(putRaw(token, squad.athleteId(), today, "{\"fatigue\": 4,"), 400);
        assertProblem(putRaw(token, squad.athleteId(), today, ""), 400);
        assertProblem(putRaw(token, squad.athleteId(), today, "{\"fatigue\": \"tired\"}"), 400)
                .body("errors.fatigue", containsString("wrong type"));
        assertProblem(putRaw(token, squad.athleteId(), today, "{\"mood\": 3.5}"), 400)
                .body("errors.mood", containsString("wrong type"));
        assertProblem(putRaw(token, squad.athleteId(), today, "{\"soreAreas\": \"calves\"}"), 400)
                .body("errors", hasKey("soreAreas"));
        assertProblem(ApiTokens.as(token).contentType("text/plain").body("4").put(path(squad.athleteId()) + "/"
                + today).then(), 415);
        assertEquals(0, entries(squad.athleteId(), today));
    }

    @Test
    void onlyTheAthleteThemselfWritesTheirWellness() {
        Fixtures.Squad squad = Fixtures.squad();
        Fixtures.Squad other = Fixtures.squad();
        String teammate = Fixtures.user(Role.ATHLETE);
        Fixtures.athlete(squad.teamId(), teammate);
        LocalDate today = LocalDate.now(BERLIN);

        assertProblem(put(ApiTokens.issue(squad.coach()), squad.athleteId(), today, answers()), 403);
        assertProblem(put(ApiTokens.issue(Fixtures.user(Role.ADMIN)), squad.athleteId(), today, answers()), 403);
        assertProblem(put(ApiTokens.issue(other.coach()), squad.athleteId(), today, answers()), 403);
        assertProblem(put(ApiTokens.issue(other.athlete()), squad.athleteId(), today, answers()), 404);
        assertProblem(put(ApiTokens.issue(teammate), squad.athleteId(), today, answers()), 404);
        assertProblem(put(ApiTokens.issue(squad.athlete()), 999_999_999L, today, answers()), 404);
        assertEquals(0, entries(squad.athleteId(), today));
    }

    @Test
    void withoutAWorkingTokenNothingIsReadOrWritten() {
        Fixtures.Squad squad = Fixtures.squad();
        LocalDate today = LocalDate.now(BERLIN);
        String revoked = ApiTokens.issue(squad.athlete());
        ApiTokens.revoke(revoked);
        BearerAuthenticationTest.assertUnauthorized(put(revoked, squad.athleteId(), today, answers()));
        BearerAuthenticationTest.assertUnauthorized(ApiTokens.as(revoked).get(path(squad.athleteId())).then());
        BearerAuthenticationTest.assertUnauthorized(io.restassured.RestAssured.given().redirects().follow(false)
                .contentType("application/json").body(answers()).put(path(squad.athleteId()) + "/" + today).then());
        BearerAuthenticationTest.assertUnauthorized(io.restassured.RestAssured.given().redirects().follow(false)
                .get(path(squad.athleteId())).then());
        assertEquals(0, entries(squad.athleteId(), today));
    }

    @Test
    void theAthleteTheirCoachesAndAdminsReadTheLast28DaysByDefault() {
        Fixtures.Squad squad = Fixtures.squad();
        Fixtures.Squad other = Fixtures.squad();
        LocalDate today = LocalDate.now(BERLIN);
        stored(squad.athleteId(), today.minusDays(28), 2);
        stored(squad.athleteId(), today.minusDays(27), 3);
        stored(squad.athleteId(), today, 4);

        for (String caller : List.of(squad.athlete(), squad.coach(), Fixtures.user(Role.ADMIN))) {
            ApiTokens.as(ApiTokens.issue(caller)).get(path(squad.athleteId())).then().statusCode(200)
                    .body("date", contains(today.minusDays(27).toString(), today.toString()))
                    .body("fatigue", contains(3, 4)).body("[1].total", equalTo(4 * 5))
                    .body("[1].sleepHours", equalTo(7.25f));
        }
        String coach = ApiTokens.issue(squad.coach());
        ApiTokens.as(coach).queryParam("from", today.minusDays(40).toString())
                .queryParam("to", today.minusDays(28).toString()).get(path(squad.athleteId())).then().statusCode(200)
                .body("date", contains(today.minusDays(28).toString()));
        assertProblem(ApiTokens.as(ApiTokens.issue(other.coach())).get(path(squad.athleteId())).then(), 404);
        assertProblem(ApiTokens.as(ApiTokens.issue(other.athlete())).get(path(squad.athleteId())).then(), 404);
        assertProblem(ApiTokens.as(coach).get(path(999_999_999L)).then(), 404);
    }

    @Test
    void aBadRangeIsA400Problem() {
        Fixtures.Squad squad = Fixtures.squad();
        String coach = ApiTokens.issue(squad.coach());
        LocalDate today = LocalDate.now(BERLIN);
        assertRange(coach, squad, today.toString(), today.minusDays(1).toString(), "must not be after");
        assertRange(coach, squad, today.minusDays(366).toString(), today.toString(), "at most 366 days");
        assertRange(coach, squad, today.toString(), today.plusDays(2).toString(), "after tomorrow");
        assertRange(coach, squad, "last week", "", "as YYYY-MM-DD");
        ApiTokens.as(coach).queryParam("from", today.minusDays(365).toString()).queryParam("to", today.toString())
                .get(path(squad.athleteId())).then().statusCode(200);
    }

    private static void assertRange(String token, Fixtures.Squad squad, String from, String to, String detail) {
        assertProblem(ApiTokens.as(token).queryParam("from", from).queryParam("to", to).get(path(squad.athleteId()))
                .then(), 400).body("detail", containsString(detail));
    }

    /** Ordinary answers, total 18. */
    static Map<String, Object> answers() {
        Map<String, Object> answers = new HashMap<>();
        answers.put("fatigue", 4);
        answers.put("sleepQuality", 4);
        answers.put("soreness", 3);
        answers.put("stress", 4);
        answers.put("mood", 3);
        answers.put("sleepHours", 7.5);
        return answers;
    }

    static ValidatableResponse put(String token, long athleteId, LocalDate date, Map<String, Object> body) {
        return ApiTokens.as(token).contentType("application/json").body(body).put(path(athleteId) + "/" + date).then();
    }

    private static ValidatableResponse putRaw(String token, long athleteId, LocalDate date, String body) {
        return ApiTokens.as(token).contentType("application/json").body(body).put(path(athleteId) + "/" + date).then();
    }

    private static String path(long athleteId) {
        return "/api/v1/athletes/" + athleteId + "/wellness";
    }

    private static long entries(long athleteId, LocalDate date) {
        return QuarkusTransaction.requiringNew()
                .call(() -> WellnessEntry.count("athlete.id = ?1 and entryDate = ?2", athleteId, date));
    }

    private static void stored(long athleteId, LocalDate date, int item) {
        QuarkusTransaction.requiringNew().run(() -> WellnessEntry.upsert(Athlete.findById(athleteId), date,
                new WellnessValues(item, item, item, item, item, 7.25, null, null, Set.of(), null)));
    }

    private static void timeZone(long teamId, String zone) {
        QuarkusTransaction.requiringNew().run(() -> Team.<Team>findById(teamId).timeZone = zone);
    }
}
