package app.deload.api;

import static app.deload.api.ApiResourcesTest.assertProblem;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import app.deload.account.Role;
import app.deload.athlete.Athlete;
import app.deload.performance.Measurement;
import app.deload.performance.PerformanceResult;
import app.deload.performance.PerformanceTest;
import app.deload.signals.MetricsCsv;
import app.deload.support.ApiTokens;
import app.deload.support.Fixtures;
import app.deload.team.Team;
import app.deload.wellness.WellnessEntry;
import app.deload.wellness.WellnessValues;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class MetricsApiTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final RestAssuredConfig DOUBLES = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));

    /** science.md §4: 30 AU a day for 21 days, then 50 AU a day for 7, logged by the athlete through the API. */
    @Test
    void theReferenceLoadsGiveTheScienceNumbersOnDay28AndBuildingHistoryBefore() {
        Fixtures.Squad squad = Fixtures.squad();
        String athlete = ApiTokens.issue(squad.athlete());
        LocalDate today = LocalDate.now(BERLIN);
        LocalDate first = today.minusDays(27);
        for (int day = 0; day < 28; day++) {
            SessionApiTest.log(athlete, squad.athleteId(), SessionApiTest.session(first.plusDays(day), "conditioning",
                    10, day < 21 ? 3 : 5)).statusCode(201);
        }

        JsonPath days = as(ApiTokens.issue(squad.coach())).get(metrics(squad.athleteId())).then().statusCode(200)
                .body("", hasSize(28)).body("[0].date", equalTo(first.toString()))
                .body("[27].date", equalTo(today.toString())).extract().jsonPath();
        assertEquals(28, days.getInt("[27].dayOfHistory"));
        assertEquals("trained", days.getString("[27].dayState"));
        assertEquals(50, days.getDouble("[27].dailyLoad.value"), 1e-9);
        assertEquals("AU", days.getString("[27].dailyLoad.unit"));
        assertEquals("ok", days.getString("[27].ewma.ratio.status"));
        assertEquals(1.2497, days.getDouble("[27].ewma.ratio.value"), 1e-4);
        assertEquals(47.3303, days.getDouble("[27].ewma.acute.value"), 1e-4);
        assertEquals(37.8720, days.getDouble("[27].ewma.chronic.value"), 1e-4);
        assertEquals("typical", days.getString("[27].ewma.band"));
        assertEquals(1.6667, days.getDouble("[27].rolling.ratio.value"), 1e-4);
        assertEquals(350, days.getDouble("[27].weeklyLoad.load.value"), 1e-9);
        assertEquals(7, days.getInt("[27].weeklyLoad.load.window.days"));
        assertEquals(1.0, days.getDouble("[27].weeklyLoad.load.window.completeness"), 1e-9);
        assertEquals("undefined", days.getString("[27].monotonyStrain.monotony.status"));
        assertThat(days.getString("[27].ewma.ratio.method"), containsString("EWMA acute ÷ chronic"));
        assertEquals(30, days.getDouble("[0].ewma.acute.value"), 1e-9);

        List<Object> ratios = days.getList("ewma.ratio.value");
        assertThat(ratios.subList(0, 27), everyItem(nullValue()));
        assertThat(days.getList("ewma.ratio.status").subList(0, 27), everyItem(equalTo("building")));
        assertEquals("building history: 27 of 28 days", days.getString("[26].ewma.ratio.reason"));
        assertEquals(47.3303 / 37.8720, (Double) ratios.get(27), 1e-4);
    }

    @Test
    void theCsvHasTheSameDaysAndValuesWithAStatusBesideEach() {
        Fixtures.Squad squad = Fixtures.squad();
        String athlete = ApiTokens.issue(squad.athlete());
        LocalDate today = LocalDate.now(BERLIN);
        for (int day = 0; day < 28; day++) {
            SessionApiTest.log(athlete, squad.athleteId(), SessionApiTest.session(today.minusDays(27 - day),
                    "conditioning", 10, day < 21 ? 3 : 5)).statusCode(201);
        }
        String code = QuarkusTransaction.requiringNew().call(() -> Athlete.<Athlete>findById(squad.athleteId()).code);

        String csv = ApiTokens.as(athlete).get(metrics(squad.athleteId()) + ".csv").then().statusCode(200)
                .contentType(startsWith("text/csv")).header("Content-Disposition", equalTo("attachment; filename=\""
                        + "deload-" + code + "-" + today.minusDays(27) + "-" + today + ".csv\""))
                .extract().asString();
        String[] lines = csv.split("\n");
        assertEquals(29, lines.length);
        assertEquals(MetricsCsv.header(), lines[0]);
        List<String> header = Arrays.asList(lines[0].split(","));
        List<String> lastDay = Arrays.asList(lines[28].split(",", -1));
        List<String> dayBefore = Arrays.asList(lines[27].split(",", -1));
        assertEquals(today.toString(), lastDay.get(0));
        assertEquals("TRAINED", lastDay.get(header.indexOf("day_state")));
        assertEquals("50", lastDay.get(header.indexOf("daily_load_au")));
        assertEquals("1.2497", lastDay.get(header.indexOf("ewma_ratio")));
        assertEquals("OK", lastDay.get(header.indexOf("ewma_ratio_status")));
        assertEquals("47.3303", lastDay.get(header.indexOf("ewma_acute_au")));
        assertEquals("37.872", lastDay.get(header.indexOf("ewma_chronic_au")));
        assertEquals("", dayBefore.get(header.indexOf("ewma_ratio")));
        assertEquals("BUILDING: building history: 27 of 28 days", dayBefore.get(header.indexOf("ewma_ratio_status")));

        ApiTokens.as(athlete).queryParam("from", today.minusDays(1).toString()).queryParam("to", today.toString())
                .get(metrics(squad.athleteId()) + ".csv").then().statusCode(200)
                .body(startsWith(MetricsCsv.header() + "\n" + today.minusDays(1) + ","));
    }

    @Test
    void aLoggedSessionCountsOnceRatedAndNotBefore() {
        Fixtures.Squad squad = Fixtures.squad();
        String coach = ApiTokens.issue(squad.coach());
        LocalDate yesterday = LocalDate.now(BERLIN).minusDays(1);
        int sessionId = SessionApiTest.log(coach, squad.athleteId(), SessionApiTest.session(yesterday, "skill", 55,
                null)).statusCode(201).extract().path("id");
        JsonPath before = day(coach, squad.athleteId(), yesterday);
        assertEquals("missing", before.getString("[0].dayState"));
        assertEquals(null, (Object) before.get("[0].dailyLoad.value"));
        assertThat(before.getString("[0].dailyLoad.status"), not(equalTo("ok")));

        SessionApiTest.rate(ApiTokens.issue(squad.athlete()), squad, sessionId, Map.of("rpe", 6)).statusCode(200)
                .body("load", equalTo(330));
        JsonPath after = day(coach, squad.athleteId(), yesterday);
        assertEquals("trained", after.getString("[0].dayState"));
        assertEquals(6 * 55, after.getDouble("[0].dailyLoad.value"), 1e-9);
    }

    @Test
    void wellnessSleepPerformanceAndTheSignalComeWithTheirReasons() {
        Fixtures.Squad squad = Fixtures.squad();
        LocalDate today = LocalDate.now(BERLIN);
        decliningWellness(squad.athleteId(), today);
        jumpsWithADecrement(squad, today);

        JsonPath day = day(ApiTokens.issue(squad.athlete()), squad.athleteId(), today);
        assertEquals(9, day.getInt("[0].wellness.entry.total"));
        assertEquals(5.0, day.getDouble("[0].wellness.entry.sleepHours"), 1e-9);
        assertEquals(52, day.getInt("[0].wellness.entry.restingHr"));
        assertEquals("ok", day.getString("[0].wellness.total.z.status"));
        assertEquals("alert", day.getString("[0].wellness.total.level"));
        assertThat(day.getDouble("[0].wellness.total.z.value"), org.hamcrest.Matchers.lessThan(-2.0));
        assertEquals(22, day.getInt("[0].wellness.baseline.daysWithData"), "the 28 days before today hold 22 entries");
        assertEquals(2, day.getInt("[0].wellness.fatigue.today"));
        assertEquals(5.0, day.getDouble("[0].sleep.hoursToday"), 1e-9);
        assertEquals(3, day.getInt("[0].sleep.restrictedNights"));
        assertEquals("not_available", day.getString("[0].hrv.classification"));
        assertEquals("no_data", day.getString("[0].hrv.lnRmssd.status"));
        assertEquals(0, day.getDouble("[0].restingHr.rise.value"), 1e-9);
        assertEquals("bpm", day.getString("[0].restingHr.rise.unit"));
        assertEquals(false, day.getBoolean("[0].restingHr.elevated"));
        assertEquals("Jump", day.getString("[0].performance[0].test"));
        assertEquals(today.minusDays(2).toString(), day.getString("[0].performance[0].date"));
        assertEquals(35, day.getDouble("[0].performance[0].value"), 1e-9);
        assertEquals(40, day.getDouble("[0].performance[0].previousMean"), 1e-9);
        assertEquals(-12.5, day.getDouble("[0].performance[0].changePercent.value"), 1e-9);
        assertEquals(true, day.getBoolean("[0].performance[0].decrement"));

        assertEquals("alert_accumulated_fatigue", day.getString("[0].signals.level"),
                "wellness and performance on each of the last 3 days");
        assertThat(day.getList("[0].signals.domains"), hasItems("wellness", "sleep", "performance"));
        assertThat(day.getList("[0].signals.reasons.domain"), hasItem("wellness"));
        Map<String, Object> wellness = day.getList("[0].signals.reasons", Map.class).stream()
                .filter(r -> "wellness".equals(r.get("domain"))).findFirst().orElseThrow();
        assertThat((String) wellness.get("sentence"), containsString("SD below"));
        assertEquals(-1.0, (Double) wellness.get("threshold"), 1e-9, "the third day in a row at watch level");
        assertThat((Map<?, ?>) wellness.get("window"), org.hamcrest.Matchers.hasEntry("daysWithData", 22));
        assertThat(day.getString("[0].signals.summary"), startsWith("Alert"));
    }

    @Test
    void theAthleteTheirCoachesAndAdminsReadMetricsAndNobodyElse() {
        Fixtures.Squad squad = Fixtures.squad();
        Fixtures.Squad other = Fixtures.squad();
        for (String suffix : List.of("", ".csv")) {
            String path = metrics(squad.athleteId()) + suffix;
            for (String caller : List.of(squad.athlete(), squad.coach(), Fixtures.user(Role.ADMIN))) {
                ApiTokens.as(ApiTokens.issue(caller)).get(path).then().statusCode(200);
            }
            assertProblem(ApiTokens.as(ApiTokens.issue(other.coach())).get(path).then(), 404);
            assertProblem(ApiTokens.as(ApiTokens.issue(other.athlete())).get(path).then(), 404);
            assertProblem(ApiTokens.as(ApiTokens.issue(squad.coach())).get(metrics(999_999_999L) + suffix).then(),
                    404);
            String revoked = ApiTokens.issue(squad.coach());
            ApiTokens.revoke(revoked);
            BearerAuthenticationTest.assertUnauthorized(ApiTokens.as(revoked).get(path).then());
            BearerAuthenticationTest.assertUnauthorized(RestAssured.given().redirects().follow(false).get(path).then());
        }
    }

    @Test
    void aBadRangeIsA400ProblemForJsonAndCsv() {
        Fixtures.Squad squad = Fixtures.squad();
        String coach = ApiTokens.issue(squad.coach());
        LocalDate today = LocalDate.now(BERLIN);
        for (String suffix : List.of("", ".csv")) {
            String path = metrics(squad.athleteId()) + suffix;
            assertRange(coach, path, today.toString(), today.minusDays(3).toString(), "must not be after");
            assertRange(coach, path, today.minusDays(366).toString(), today.toString(), "at most 366 days");
            assertRange(coach, path, "", today.plusDays(2).toString(), "after tomorrow");
            assertRange(coach, path, "2026-1-5", "", "as YYYY-MM-DD");
        }
        as(coach).queryParam("from", today.minusDays(364).toString()).queryParam("to", today.plusDays(1).toString())
                .get(metrics(squad.athleteId())).then().statusCode(200).body("", hasSize(366));
    }

    private static void assertRange(String token, String path, String from, String to, String detail) {
        assertProblem(ApiTokens.as(token).queryParam("from", from).queryParam("to", to).get(path).then(), 400)
                .body("title", equalTo("Bad Request")).body("detail", containsString(detail));
    }

    private static JsonPath day(String token, long athleteId, LocalDate date) {
        return as(token).queryParam("from", date.toString()).queryParam("to", date.toString())
                .get(metrics(athleteId)).then().statusCode(200).body("", hasSize(1))
                .body("date", contains(date.toString())).extract().jsonPath();
    }

    private static RequestSpecification as(String token) {
        return ApiTokens.as(token).config(DOUBLES);
    }

    private static String metrics(long athleteId) {
        return "/api/v1/athletes/" + athleteId + "/metrics";
    }

    /** 20 ordinary mornings, then three bad ones: a total of 9 against a mean near 19 is far below −2 SD. */
    private static void decliningWellness(long athleteId, LocalDate today) {
        QuarkusTransaction.requiringNew().run(() -> {
            Athlete athlete = Athlete.findById(athleteId);
            for (int day = 22; day >= 0; day--) {
                boolean bad = day < 3;
                int item = bad ? 2 : 4;
                int mood = bad ? 1 : day % 3 == 0 ? 3 : 4;
                WellnessEntry.upsert(athlete, today.minusDays(day), new WellnessValues(item, item, item, item, mood,
                        bad ? 5.0 : 7.5, 52, null, Set.of(), null));
            }
        });
    }

    /** Jumps of 40, 41 and 39 cm, then 35 cm two days ago: 12.5 % below the mean of the previous three. */
    private static void jumpsWithADecrement(Fixtures.Squad squad, LocalDate today) {
        QuarkusTransaction.requiringNew().run(() -> {
            PerformanceTest test = new PerformanceTest();
            test.team = Team.findById(squad.teamId());
            test.name = "Jump";
            test.unit = "cm";
            test.higherIsBetter = true;
            test.persist();
            double[] heights = { 40, 41, 39, 35 };
            for (int i = 0; i < heights.length; i++) {
                PerformanceResult.record(test, today.minusDays(11 - 3L * i),
                        List.of(new Measurement(squad.athleteId(), heights[i])));
            }
        });
    }
}
