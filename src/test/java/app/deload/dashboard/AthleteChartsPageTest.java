package app.deload.dashboard;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import app.deload.athlete.Athlete;
import app.deload.signals.SignalAcknowledgement;
import app.deload.support.ApiTokens;
import app.deload.support.Fixtures;
import app.deload.support.Ledger;
import app.deload.support.WebSession;
import app.deload.wellness.WellnessEntry;
import app.deload.wellness.WellnessValues;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;

@QuarkusTest
public class AthleteChartsPageTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** 40 days of sessions rising in load, and a questionnaire every morning, logged through the API. */
    public static Fixtures.Squad athleteWithHistory(LocalDate today) {
        Fixtures.Squad squad = Fixtures.squad();
        String token = ApiTokens.issue(squad.athlete());
        for (int day = 39; day >= 0; day--) {
            Map<String, Object> body = new HashMap<>();
            body.put("date", today.minusDays(day).toString());
            body.put("type", "conditioning");
            body.put("minutes", 40 + (39 - day) % 5 * 10);
            body.put("rpe", day < 6 ? 8 : 4);
            ApiTokens.as(token).contentType("application/json").body(body)
                    .post("/api/v1/athletes/" + squad.athleteId() + "/sessions").then().statusCode(201);
        }
        QuarkusTransaction.requiringNew().run(() -> {
            Athlete athlete = Athlete.findById(squad.athleteId());
            for (int day = 30; day >= 0; day--) {
                int item = day < 3 ? 2 : 4;
                WellnessEntry.upsert(athlete, today.minusDays(day), new WellnessValues(item, item, 4, 4, day % 2 + 3,
                        day % 3 == 0 ? 5.5 : 7.25, 50, 60.0 + day % 7, java.util.Set.of(), null));
            }
            Ledger.changed(athlete, today.minusDays(30));
        });
        return squad;
    }

    @Test
    void theRatioLineAndTheLoadBarsPlotExactlyTheMetricsApisNumbers() {
        LocalDate today = LocalDate.now(BERLIN);
        Fixtures.Squad squad = athleteWithHistory(today);
        JsonPath api = ApiTokens.as(ApiTokens.issue(squad.coach()))
                .config(RestAssuredConfig.config().jsonConfig(
                        JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE)))
                .get("/api/v1/athletes/" + squad.athleteId() + "/metrics?from=" + today.minusDays(83) + "&to=" + today)
                .then().statusCode(200).extract().jsonPath();
        Map<String, Double> ratios = new HashMap<>();
        Map<String, Double> loads = new HashMap<>();
        for (int i = 0; i < 84; i++) {
            String date = api.getString("[" + i + "].date");
            if ("ok".equals(api.getString("[" + i + "].ewma.ratio.status"))) {
                ratios.put(date, api.getDouble("[" + i + "].ewma.ratio.value"));
            }
            if ("ok".equals(api.getString("[" + i + "].dailyLoad.status"))) {
                loads.put(date, api.getDouble("[" + i + "].dailyLoad.value"));
            }
        }
        assertTrue(ratios.size() >= 10, "the ratio is shown from day 28 on: " + ratios.size());

        WebSession coach = WebSession.signIn(squad.coach());
        String html = coach.get("/athletes/" + squad.athleteId() + "/charts?range=12w").then().statusCode(200)
                .body(containsString("aria-current=\"page\">12 weeks</a>")).extract().asString();

        String ratioChart = SvgMarks.chart(html, "ratio");
        SvgMarks.Axis axis = SvgMarks.axis(ratioChart);
        List<SvgMarks.Mark> points = SvgMarks.points(ratioChart, "c-ratio");
        assertEquals(ratios.keySet(), points.stream().map(SvgMarks.Mark::date).collect(java.util.stream.Collectors.toSet()));
        for (SvgMarks.Mark p : points) {
            double expected = ratios.get(p.date());
            assertEquals(expected, p.value(), 0.005, "the tooltip value of " + p.date());
            assertEquals(expected, axis.valueAt(p.y()), 0.01, "the height of the point of " + p.date());
        }
        assertTrue(ratioChart.contains("load spike above 1.5") && ratioChart.contains("typical 0.8–1.3"));

        String loadChart = SvgMarks.chart(html, "load");
        SvgMarks.Axis loadAxis = SvgMarks.axis(loadChart);
        List<SvgMarks.Mark> bars = SvgMarks.bars(loadChart, "c-load");
        assertEquals(loads.size(), bars.size());
        for (SvgMarks.Mark bar : bars) {
            assertEquals(loads.get(bar.date()), bar.value(), 0.5);
            assertEquals(loads.get(bar.date()), loadAxis.valueAt(bar.y()) - loadAxis.valueAt(bar.y() + bar.height())
                    + loadAxis.valueAt(loadAxis.y0()), 2.0, "bar height of " + bar.date());
        }
        for (String id : List.of("wellness", "sleep", "hrv", "pmc")) {
            assertTrue(html.contains("id=\"chart-" + id + "\""), id);
        }
        assertTrue(SvgMarks.chart(html, "sleep").contains("restricted under 6 h"));
        assertTrue(html.contains("<summary>Table of these numbers</summary>"));
    }

    @jakarta.inject.Inject
    app.deload.plan.PlanningService planning;

    @Test
    void theTeamPlansDeloadWeeksAreShadedOnTheTimeAxis() {
        LocalDate today = LocalDate.now(BERLIN);
        Fixtures.Squad squad = Fixtures.squad();
        LocalDate monday = today.with(java.time.DayOfWeek.MONDAY).minusWeeks(8);
        QuarkusTransaction.requiringNew().run(() -> planning.create(app.deload.team.Team.findById(squad.teamId()),
                null, new app.deload.planning.PlanParameters(monday, 12, app.deload.planning.Pattern.THREE_ONE, 2000,
                        5, 0.5, 0.5)));
        String html = WebSession.signIn(squad.coach()).get("/athletes/" + squad.athleteId() + "/charts?range=12w")
                .then().statusCode(200).extract().asString();
        String load = SvgMarks.chart(html, "load");
        assertTrue(load.contains("deload week (planned)"), "legend names the deload week");
        assertTrue(load.contains("planned deload, load −50 % (" + monday.plusWeeks(3) + " to "
                + monday.plusWeeks(3).plusDays(6) + ")"), "the first deload week's tooltip");
        assertEquals(2, load.split("<g class=\"span c-deload\">").length - 1, "two deload weeks in 12 weeks");
    }

    @Test
    void anAcknowledgementIsMarkedOnTheTimeAxis() {
        LocalDate today = LocalDate.now(BERLIN);
        Fixtures.Squad squad = Fixtures.squad();
        QuarkusTransaction.requiringNew().run(() -> SignalAcknowledgement.record(Athlete.findById(squad.athleteId()),
                today.minusDays(2), "WATCH", "Watch: signs in sleep.", "Spoke to him about sleep."));
        WebSession.signIn(squad.coach()).get("/athletes/" + squad.athleteId() + "/charts").then().statusCode(200)
                .body(containsString(today.minusDays(2) + ": signal acknowledged by"),
                        containsString("Spoke to him about sleep."), containsString("acknowledged signal"));
    }

    @Test
    void theAthleteSeesTheirOwnSmallerSetAndACustomRangeIsChecked() {
        LocalDate today = LocalDate.now(BERLIN);
        Fixtures.Squad squad = Fixtures.squad();
        WebSession athlete = WebSession.signIn(squad.athlete());
        String charts = "/athletes/" + squad.athleteId() + "/charts";
        athlete.get(charts).then().statusCode(200).body(containsString("id=\"chart-load\""),
                containsString("id=\"chart-wellness\""), not(containsString("id=\"chart-ratio\"")));
        athlete.get(charts + "?range=custom&from=01.09.2026&to=" + today).then().statusCode(400)
                .body(containsString("Enter both dates as dates"), containsString("value=\"01.09.2026\""));
        athlete.get(charts + "?range=custom&from=" + today.minusDays(9) + "&to=" + today).then().statusCode(200)
                .body(containsString(today.minusDays(9) + " to " + today));
        athlete.get(charts + "?range=season").then().statusCode(200)
                .body(containsString("aria-current=\"page\">Season</a>"));
    }
}
