package app.deload.wellness;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import app.deload.athlete.Athlete;
import app.deload.support.Fixtures;
import app.deload.support.WebSession;
import app.deload.team.Team;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class WellnessQuestionnaireTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** A complete, valid morning: items 4, 4, 3, 5, 4 (total 20). */
    static Map<String, Object> answers(LocalDate date) {
        Map<String, Object> form = new HashMap<>();
        form.put("date", date.toString());
        form.put("fatigue", "4");
        form.put("sleepQuality", "4");
        form.put("soreness", "3");
        form.put("stress", "5");
        form.put("mood", "4");
        form.put("sleepHours", "7.5");
        form.put("restingHr", "52");
        form.put("rmssd", "61.4");
        form.put("soreAreas", List.of("calves", "lower_back"));
        form.put("comment", "Long bus ride yesterday.");
        return form;
    }

    static long entriesOf(long athleteId) {
        return QuarkusTransaction.requiringNew().call(() -> WellnessEntry.count("athlete.id", athleteId));
    }

    static WellnessValues storedOn(long athleteId, LocalDate date) {
        return QuarkusTransaction.requiringNew().call(() -> WellnessEntry
                .findFor(Athlete.findById(athleteId), date).orElseThrow().values());
    }

    @Test
    void anAthleteAnswersAndSeesTheirTotal() {
        Fixtures.Squad squad = Fixtures.squad();
        WebSession athlete = WebSession.signIn(squad.athlete());
        LocalDate today = LocalDate.now(BERLIN);
        athlete.post("/me/wellness", answers(today)).then().statusCode(303)
                .header("Location", containsString("/me/wellness?date=" + today));
        athlete.get("/me/wellness?date=" + today).then().statusCode(200)
                .body(containsString("total <strong>20 / 25</strong>"), containsString("Wellness saved."),
                        containsString("name=\"stress\" value=\"5\" checked"),
                        containsString("value=\"calves\" checked"), containsString("value=\"7.5\""));
        WellnessValues stored = storedOn(squad.athleteId(), today);
        assertEquals(new WellnessValues(4, 4, 3, 5, 4, 7.5, 52, 61.4,
                java.util.EnumSet.of(SoreArea.CALVES, SoreArea.LOWER_BACK), "Long bus ride yesterday."), stored);
        String by = QuarkusTransaction.requiringNew().call(() -> WellnessEntry
                .findFor(Athlete.findById(squad.athleteId()), today).orElseThrow().updatedBy);
        assertEquals(squad.athlete(), by);
    }

    @Test
    void optionalFieldsMayBeLeftEmpty() {
        Fixtures.Squad squad = Fixtures.squad();
        LocalDate today = LocalDate.now(BERLIN);
        Map<String, Object> form = answers(today);
        form.put("restingHr", "");
        form.put("rmssd", "");
        form.remove("soreAreas");
        form.put("comment", "");
        WebSession.signIn(squad.athlete()).post("/me/wellness", form).then().statusCode(303);
        WellnessValues stored = storedOn(squad.athleteId(), today);
        assertEquals(null, stored.restingHr());
        assertEquals(null, stored.rmssd());
        assertTrue(stored.soreAreas().isEmpty());
        assertEquals(null, stored.comment());
    }

    @Test
    void aSecondAnswerTheSameDayUpdatesTheFirst() {
        Fixtures.Squad squad = Fixtures.squad();
        WebSession athlete = WebSession.signIn(squad.athlete());
        LocalDate today = LocalDate.now(BERLIN);
        athlete.post("/me/wellness", answers(today)).then().statusCode(303);
        Map<String, Object> again = answers(today);
        again.put("fatigue", "2");
        again.put("sleepHours", "5.25");
        athlete.post("/me/wellness", again).then().statusCode(303);
        assertEquals(1, entriesOf(squad.athleteId()));
        assertEquals(2, storedOn(squad.athleteId(), today).fatigue());
        assertEquals(5.25, storedOn(squad.athleteId(), today).sleepHours());
        athlete.get("/me/wellness").then().body(containsString("total <strong>18 / 25</strong>"));
    }

    @Test
    void simultaneousAnswersEndAsOneEntry() throws Exception {
        Fixtures.Squad squad = Fixtures.squad();
        WebSession athlete = WebSession.signIn(squad.athlete());
        LocalDate today = LocalDate.now(BERLIN);
        // One form token for all writers, as six tabs of one form page would send (each page view may renew it).
        String token = athlete.csrfToken();
        int writers = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                Map<String, Object> form = answers(today);
                form.put("mood", String.valueOf(1 + i % 5));
                Callable<Integer> post = () -> {
                    start.await();
                    return athlete.postWithToken("/me/wellness", form, token).statusCode();
                };
                statuses.add(pool.submit(post));
            }
            start.countDown();
            for (Future<Integer> status : statuses) {
                assertEquals(303, status.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, entriesOf(squad.athleteId()));
    }

    @Test
    void yesterdayCanBeCorrectedButNotTheDayBefore() {
        Fixtures.Squad squad = Fixtures.squad();
        WebSession athlete = WebSession.signIn(squad.athlete());
        LocalDate today = LocalDate.now(BERLIN);
        athlete.post("/me/wellness", answers(today.minusDays(1))).then().statusCode(303)
                .header("Location", containsString("date=" + today.minusDays(1)));
        athlete.get("/me/wellness?date=" + today.minusDays(1)).then().statusCode(200)
                .body(containsString("value=\"" + today.minusDays(1) + "\" checked"),
                        containsString("total <strong>20 / 25</strong>"));
        athlete.post("/me/wellness", answers(today.minusDays(2))).then().statusCode(400)
                .body(containsString("You can answer for today (" + today + ") or correct yesterday ("
                        + today.minusDays(1) + ") only."), containsString("value=\"61.4\""));
        athlete.post("/me/wellness", answers(today.plusDays(1))).then().statusCode(400)
                .body(containsString("or correct yesterday"));
        assertEquals(1, entriesOf(squad.athleteId()));
    }

    @Test
    void theCoachReadsTheAnswersButCannotChangeThem() {
        Fixtures.Squad squad = Fixtures.squad();
        LocalDate today = LocalDate.now(BERLIN);
        WebSession.signIn(squad.athlete()).post("/me/wellness", answers(today)).then().statusCode(303);
        WebSession coach = WebSession.signIn(squad.coach());
        coach.get("/athletes/" + squad.athleteId() + "/wellness").then().statusCode(200)
                .body(containsString("answered on 1 of the last 28 days"), containsString("<strong>20</strong>"),
                        containsString("Lower back, Calves"), containsString("Long bus ride yesterday."),
                        containsString("read-only"), not(containsString("entered by")));
        Map<String, Object> change = answers(today);
        change.put("fatigue", "1");
        coach.post("/me/wellness", change).then().statusCode(403);
        coach.post("/athletes/" + squad.athleteId() + "/wellness", change).then().statusCode(405);
        assertEquals(4, storedOn(squad.athleteId(), today).fatigue());
    }

    @Test
    void theAthleteSeesTheirOwnHistoryOnly() {
        Fixtures.Squad mine = Fixtures.squad();
        Fixtures.Squad teammate = Fixtures.squad();
        WebSession athlete = WebSession.signIn(mine.athlete());
        athlete.get("/athletes/" + mine.athleteId() + "/wellness").then().statusCode(200)
                .body(containsString("answered on 0 of the last 28 days"), containsString("no answers"));
        athlete.get("/athletes/" + teammate.athleteId() + "/wellness").then().statusCode(404);
    }

    @Test
    void aCoachOfAnotherTeamGets404() {
        Fixtures.Squad mine = Fixtures.squad();
        Fixtures.Squad theirs = Fixtures.squad();
        WebSession.signIn(theirs.coach()).get("/athletes/" + mine.athleteId() + "/wellness").then().statusCode(404);
    }

    @ParameterizedTest(name = "{0} = \"{1}\" is refused")
    @CsvSource(delimiter = '|', value = {
            "fatigue      | 0     | Choose one of the five answers, 1 to 5.",
            "mood         | 6     | Choose one of the five answers, 1 to 5.",
            "soreness     | x     | Choose one of the five answers, 1 to 5.",
            "stress       | ''    | Choose one answer for stress.",
            "sleepQuality | ''    | Choose one answer for sleep quality.",
            "sleepHours   | 16.1  | Enter hours from 0 to 16, e.g. 7.5.",
            "sleepHours   | -1    | Enter hours from 0 to 16, e.g. 7.5.",
            "sleepHours   | seven | Enter hours from 0 to 16, e.g. 7.5.",
            "sleepHours   | 7.3   | Use quarter hours: whole hours or .25, .5, .75.",
            "sleepHours   | ''    | Enter how long you slept, in hours, e.g. 7.5.",
            "restingHr    | 24    | Enter a whole number from 25 to 150 bpm.",
            "restingHr    | 151   | Enter a whole number from 25 to 150 bpm.",
            "restingHr    | 60.5  | Enter a whole number from 25 to 150 bpm.",
            "rmssd        | 2     | Enter RMSSD from 3 to 300 ms.",
            "rmssd        | 301   | Enter RMSSD from 3 to 300 ms.",
            "rmssd        | NaN   | Enter RMSSD from 3 to 300 ms.",
            "rmssd        | 62.45 | Use at most one decimal, e.g. 62.4.",
            "soreAreas    | elbow | Choose sore areas from the list.",
            "date         | 14.05.2026 | Enter a date as YYYY-MM-DD.",
            "date         | ''    | Enter a date." })
    void aBadValueIsAnsweredBesideItsFieldAndNothingIsSaved(String field, String value, String message) {
        Fixtures.Squad squad = Fixtures.squad();
        Map<String, Object> form = answers(LocalDate.now(BERLIN));
        form.put(field, value);
        WebSession.signIn(squad.athlete()).post("/me/wellness", form).then().statusCode(400)
                .body(containsString("id=\"f-" + field + "-error\">" + message),
                        containsString("Nothing was saved."), containsString(keptValue(field, value)),
                        containsString(field.equals("stress") ? "name=\"mood\" value=\"4\" checked"
                                : "name=\"stress\" value=\"5\" checked"),
                        containsString("Long bus ride yesterday."));
        assertEquals(0, entriesOf(squad.athleteId()));
    }

    /** What the re-rendered form must still hold: the bad text itself, or the other values typed. */
    private static String keptValue(String field, String value) {
        if (List.of("sleepHours", "restingHr", "rmssd").contains(field)) {
            return "name=\"" + field + "\" type=\"number\" value=\"" + value + "\"";
        }
        return "name=\"sleepHours\" type=\"number\" value=\"7.5\"";
    }

    @Test
    void aCommentOfMoreThan500CharactersIsRefused() {
        Fixtures.Squad squad = Fixtures.squad();
        Map<String, Object> form = answers(LocalDate.now(BERLIN));
        form.put("comment", "a".repeat(501));
        WebSession.signIn(squad.athlete()).post("/me/wellness", form).then().statusCode(400)
                .body(containsString("id=\"f-comment-error\">Use at most 500 characters."),
                        containsString("a".repeat(501) + "</textarea>"));
        assertEquals(0, entriesOf(squad.athleteId()));
        form.put("comment", "a".repeat(500));
        WebSession.signIn(squad.athlete()).post("/me/wellness", form).then().statusCode(303);
    }

    @Test
    void todayIsTheTeamsDateNotTheServers() {
        Fixtures.Squad east = squadIn("Pacific/Kiritimati");
        Fixtures.Squad west = squadIn("Pacific/Pago_Pago");
        LocalDate eastToday = offeredToday(east, ZoneId.of("Pacific/Kiritimati"));
        LocalDate westToday = offeredToday(west, ZoneId.of("Pacific/Pago_Pago"));
        assertTrue(eastToday.isAfter(westToday), "UTC+14 is a day or two ahead of UTC-11");
        WebSession.signIn(west.athlete()).post("/me/wellness", answers(eastToday)).then().statusCode(400)
                .body(containsString("or correct yesterday"));
        WebSession.signIn(east.athlete()).post("/me/wellness", answers(eastToday)).then().statusCode(303);
        assertEquals(1, entriesOf(east.athleteId()));
    }

    /** The date the page offers as today: the team zone's date at the moment of the request. */
    private static LocalDate offeredToday(Fixtures.Squad squad, ZoneId zone) {
        LocalDate before = LocalDate.now(zone);
        String page = WebSession.signIn(squad.athlete()).get("/me/wellness").then().statusCode(200).extract().asString();
        LocalDate after = LocalDate.now(zone);
        LocalDate offered = page.contains("value=\"" + before + "\" checked") ? before : after;
        assertTrue(page.contains("id=\"f-date-today\" name=\"date\" value=\"" + offered + "\" checked"), page);
        return offered;
    }

    static Fixtures.Squad squadIn(String zone) {
        Fixtures.Squad squad = Fixtures.squad();
        QuarkusTransaction.requiringNew().run(() -> Team.<Team>findById(squad.teamId()).timeZone = zone);
        return squad;
    }
}
