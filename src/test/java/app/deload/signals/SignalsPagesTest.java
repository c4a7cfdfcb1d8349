package app.deload.signals;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;

import app.deload.athlete.Athlete;
import app.deload.support.Fixtures;
import app.deload.support.WebSession;
import app.deload.wellness.WellnessEntry;
import app.deload.wellness.WellnessValues;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SignalsPagesTest {

    /** 20 ordinary days, then three bad ones: total 8/25 against a mean near 20 is far below −2 SD. */
    private static void wellnessHistory(long athleteId, LocalDate today) {
        QuarkusTransaction.requiringNew().run(() -> {
            Athlete athlete = Athlete.findById(athleteId);
            for (int day = 22; day >= 0; day--) {
                boolean bad = day < 3;
                int item = bad ? 2 : day % 2 == 0 ? 4 : 4;
                int mood = bad ? 1 : day % 3 == 0 ? 3 : 4;
                WellnessEntry.upsert(athlete, today.minusDays(day), new WellnessValues(item, item, item, item, mood,
                        bad ? 5.0 : 7.5, 52, null, java.util.Set.of(), null));
            }
        });
    }

    @Test
    void aDecliningAthleteShowsAnAlertWithReasonsAndTheCoachAcknowledgesIt() {
        Fixtures.Squad squad = Fixtures.squad();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        wellnessHistory(squad.athleteId(), today);
        WebSession coach = WebSession.signIn(squad.coach());

        coach.get("/teams/" + squad.teamId() + "/signals").then().statusCode(200)
                .body(containsString("signs consistent with"), containsString("Wellness"));
        String metrics = "/athletes/" + squad.athleteId() + "/metrics";
        coach.get(metrics).then().statusCode(200).body(containsString("SD below"),
                containsString("Acknowledge signal"), containsString("sleep"));

        coach.post(metrics + "/acknowledge", Map.of("date", today.toString(), "note", "")).then().statusCode(400)
                .body(containsString("Write what you saw or decided"));
        coach.post(metrics + "/acknowledge", Map.of("date", today.toString(), "note", "Talked to her; easy week."))
                .then().statusCode(303);
        coach.get(metrics).then().body(containsString("Talked to her; easy week."), containsString(squad.coach()));
        coach.get("/teams/" + squad.teamId() + "/signals").then().body(containsString("<span class=\"tag\">acknowledged</span>"));
        assertEquals(1L, (long) QuarkusTransaction.requiringNew()
                .call(() -> SignalAcknowledgement.count("athlete.id", squad.athleteId())));
    }

    @Test
    void theAthleteSeesTheirOwnMetricsButCannotAcknowledge() {
        Fixtures.Squad squad = Fixtures.squad();
        WebSession athlete = WebSession.signIn(squad.athlete());
        String metrics = "/athletes/" + squad.athleteId() + "/metrics";
        athlete.get(metrics).then().statusCode(200).body(containsString("building"));
        athlete.post(metrics + "/acknowledge", Map.of("note", "mine")).then().statusCode(403);
    }

    @Test
    void theCsvDownloadHasOneRowPerDayAndRefusesABadRange() {
        Fixtures.Squad squad = Fixtures.squad();
        WebSession coach = WebSession.signIn(squad.coach());
        String csv = coach.get("/athletes/" + squad.athleteId() + "/metrics/csv?from=2026-01-01&to=2026-01-10")
                .then().statusCode(200).header("Content-Disposition", containsString(".csv")).extract().asString();
        assertEquals(11, csv.split("\n").length);
        org.hamcrest.MatcherAssert.assertThat(csv, startsWith("date,day_state,daily_load_au"));
        coach.get("/athletes/" + squad.athleteId() + "/metrics/csv?from=2026-02-01&to=2026-01-01").then()
                .statusCode(400);
        coach.get("/athletes/" + squad.athleteId() + "/metrics/csv?from=yesterday").then().statusCode(400);
    }

    @Test
    void anAthleteTooYoungForAnHrMaxEstimateGetsNoEstimateInsteadOfAnError() {
        Fixtures.Squad squad = Fixtures.squad();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        QuarkusTransaction.requiringNew().run(() -> {
            Athlete athlete = Athlete.findById(squad.athleteId());
            athlete.birthDate = today.minusYears(7);
            athlete.hrMax = null;
        });
        wellnessHistory(squad.athleteId(), today);
        WebSession coach = WebSession.signIn(squad.coach());
        coach.get("/athletes/" + squad.athleteId() + "/metrics").then().statusCode(200)
                .body(containsString("SD below"));
    }

    @Test
    void anEarlyDateMakesAnAdultAChildWithoutAnError() {
        Fixtures.Squad squad = Fixtures.squad();
        QuarkusTransaction.requiringNew().run(() -> Athlete.<Athlete>findById(squad.athleteId()).hrMax = null);
        WebSession.signIn(squad.coach()).get("/athletes/" + squad.athleteId() + "/metrics?date=2010-01-01").then()
                .statusCode(200);
    }
}
