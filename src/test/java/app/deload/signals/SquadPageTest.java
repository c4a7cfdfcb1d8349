package app.deload.signals;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.deload.athlete.Athlete;
import app.deload.dashboard.AthleteChartsPageTest;
import app.deload.support.Fixtures;
import app.deload.support.Ledger;
import app.deload.support.WebSession;
import app.deload.wellness.WellnessEntry;
import app.deload.wellness.WellnessValues;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The squad page sorts and filters on the server, and its links keep that state in the address. */
@QuarkusTest
class SquadPageTest {

    private static final Pattern ATHLETE_ROW = Pattern.compile("<td class=\"athlete\"><a href=\"/athletes/(\\d+)/metrics");

    private long teamId;
    private String page;
    private WebSession coach;
    /** Ada shows an alert (load, wellness and sleep), Bea answered an ordinary day, Cy owes the questionnaire. */
    private long ada;
    private long bea;
    private long cy;

    @BeforeEach
    void squad() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        Fixtures.Squad squad = AthleteChartsPageTest.athleteWithHistory(today);
        teamId = squad.teamId();
        page = "/teams/" + teamId + "/signals";
        ada = squad.athleteId();
        bea = Fixtures.athlete(teamId, null);
        cy = Fixtures.athlete(teamId, null);
        QuarkusTransaction.requiringNew().run(() -> {
            rename(ada, "Ada");
            rename(bea, "Bea");
            rename(cy, "Cy");
            Athlete second = Athlete.findById(bea);
            WellnessEntry.upsert(second, today, new WellnessValues(4, 4, 4, 4, 4, 8.0, 52, null, Set.of(), null));
            Ledger.changed(second, today);
        });
        coach = WebSession.signIn(squad.coach());
    }

    private static void rename(long id, String name) {
        Athlete.<Athlete>findById(id).name = name;
    }

    private List<Long> order(String query) {
        String html = coach.get(page + query).then().statusCode(200).extract().asString();
        List<Long> ids = new ArrayList<>();
        Matcher m = ATHLETE_ROW.matcher(html);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    @Test
    void theAlertComesFirstByDefaultAndEachColumnSortsBothWays() {
        assertEquals(ada, order("").get(0));
        assertEquals(List.of(ada, bea, cy), order("?sort=name"));
        assertEquals(List.of(cy, bea, ada), order("?sort=name&dir=desc"));
        assertEquals(List.of(ada, bea, cy), order("?sort=wellness"));
        assertEquals(List.of(bea, ada, cy), order("?sort=wellness&dir=desc"));
        assertEquals(List.of(ada, bea, cy), order("?sort=sleep"));
    }

    @Test
    void filtersCombineAndTheirLinksKeepTheOrder() {
        assertEquals(List.of(ada), order("?show=alerts"));
        assertEquals(List.of(ada), order("?show=unacknowledged"));
        assertEquals(List.of(cy), order("?show=questionnaire"));
        coach.get(page + "?show=alerts&show=questionnaire").then().statusCode(200)
                .body(containsString("No athlete matches these filters"), containsString("0 of 3 athletes"));

        coach.get(page + "?sort=name&show=questionnaire").then()
                .body(containsString("href=\"/teams/" + teamId + "/signals?sort=name&amp;show=alerts&amp;show=questionnaire\""),
                        containsString("href=\"/teams/" + teamId + "/signals?sort=name&amp;dir=desc&amp;show=questionnaire\""),
                        containsString("href=\"/teams/" + teamId + "/signals?sort=name\">Show all athletes"),
                        containsString("aria-sort=\"ascending\""));
    }

    @Test
    void acknowledgingTakesTheAthleteOutOfNotAcknowledged() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        coach.post("/athletes/" + ada + "/metrics/acknowledge", Map.of("date", today.toString(), "note", "Seen."))
                .then().statusCode(303);
        assertEquals(List.of(), order("?show=unacknowledged"));
        assertEquals(List.of(ada), order("?show=alerts"));
    }

    @Test
    void anOrderOrFilterThePageDoesNotOfferIsA400WithTheChoices() {
        coach.get(page + "?sort=age").then().statusCode(400)
                .body(containsString("must be one of name, signal, load, ratio, monotony, wellness, sleep"));
        coach.get(page + "?show=injured").then().statusCode(400)
                .body(containsString("must be one of alerts, unacknowledged, questionnaire"));
        coach.get(page + "?sort=ratio&dir=sideways").then().statusCode(400).body(not(containsString("Ada")));
    }
}
