package app.deload.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.deload.support.Fixtures;
import app.deload.support.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** The calendar pages and the secret iCalendar feeds, read back with ical4j. */
@QuarkusTest
class CalendarFeedTest {

    private static final Pattern FEED_URL = Pattern.compile("(/calendar/cal_[A-Za-z0-9_-]{40}\\.ics)");

    private static String feedPath(Response created) {
        assertEquals(200, created.statusCode());
        assertTrue(created.getHeader("Cache-Control").contains("no-store"));
        Matcher m = FEED_URL.matcher(created.asString());
        assertTrue(m.find(), "the new feed's URL is shown");
        return m.group(1);
    }

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }

    static void assertRfc5545Lines(String ics) {
        assertTrue(ics.endsWith("\r\n"));
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "folded at 75 octets: " + line);
            assertTrue(!line.contains("\n") && !line.contains("\r"), "CRLF only");
        }
    }

    @Test
    void aTeamFeedCarriesDeloadWeeksEventsAndSessionsAndStopsWhenRevoked() throws Exception {
        Fixtures.Squad squad = Fixtures.squad();
        PlanData.renameTeam(squad.teamId(), Fixtures.unique("Riverside; Rowing, \\Club"));
        WebSession coach = WebSession.signIn(squad.coach());
        LocalDate today = PlanPagesTest.today();
        LocalDate start = today.with(DayOfWeek.MONDAY).minusWeeks(2);
        String plan = "/teams/" + squad.teamId() + "/plan";
        assertEquals(303, coach.post(plan, PlanPagesTest.plan(start, "16", "3:1", "2000", "5", "0.5")).statusCode());
        String longName = "Regional championship final, heats; repechage and the medal races on the long course "
                + "— Ünïcödé";
        assertEquals(303, coach.post(plan + "/events", Map.of("date", start.plusWeeks(10).plusDays(5).toString(),
                "name", longName)).statusCode());
        PlanData.session(squad.teamId(), squad.athleteId(), today.plusDays(1), LocalTime.of(17, 30), 75, null);

        String feed = feedPath(coach.post("/teams/" + squad.teamId() + "/calendar/feeds"));
        Response response = given().redirects().follow(false).get(feed);
        assertEquals(200, response.statusCode());
        assertTrue(response.contentType().startsWith("text/calendar"));
        String ics = response.asString();
        assertRfc5545Lines(ics);

        Calendar calendar = parse(ics);
        assertTrue(calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue().startsWith("Deload · Riverside; Rowing, \\Club"));
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        for (VEvent event : events) {
            assertTrue(event.getProperty("UID").isPresent() && event.getProperty("DTSTAMP").isPresent());
        }
        List<VEvent> deloads = events.stream().filter(e -> value(e, "SUMMARY").startsWith("Deload")).toList();
        assertTrue(deloads.size() >= 2, "deload weeks as all-day events");
        VEvent firstDeload = deloads.get(0);
        assertEquals(start.plusWeeks(3).toString().replace("-", ""), value(firstDeload, "DTSTART"));
        assertEquals("DATE", firstDeload.getProperty("DTSTART").orElseThrow().getParameter("VALUE").orElseThrow()
                .getValue());
        assertEquals(start.plusWeeks(4).toString().replace("-", ""), value(firstDeload, "DTEND"));
        assertTrue(events.stream().anyMatch(e -> value(e, "SUMMARY").startsWith("Taper")), "taper weeks");
        assertTrue(events.stream().anyMatch(e -> value(e, "SUMMARY").equals("Event: " + longName)),
                "escaped and folded text comes back whole");
        VEvent session = events.stream().filter(e -> value(e, "SUMMARY").startsWith("Conditioning")).findFirst()
                .orElseThrow();
        assertTrue(value(session, "DTSTART").endsWith("Z"), "sessions in UTC");

        String page = coach.get("/teams/" + squad.teamId() + "/calendar").asString();
        Matcher id = Pattern.compile("/calendar/feeds/(\\d+)/revoke").matcher(page);
        assertTrue(id.find());
        assertEquals(303, coach.post("/teams/" + squad.teamId() + "/calendar/feeds/" + id.group(1) + "/revoke")
                .statusCode());
        given().redirects().follow(false).get(feed).then().statusCode(404);
        given().redirects().follow(false).get("/calendar/cal_" + "x".repeat(40) + ".ics").then().statusCode(404);
        given().redirects().follow(false).get("/calendar/nothing").then().statusCode(404);
    }

    @Test
    void theMonthAndWeekViewsLabelEachWeeksKind() {
        Fixtures.Squad squad = Fixtures.squad();
        WebSession coach = WebSession.signIn(squad.coach());
        LocalDate today = PlanPagesTest.today();
        LocalDate start = today.with(DayOfWeek.MONDAY).minusWeeks(3);
        coach.post("/teams/" + squad.teamId() + "/plan", PlanPagesTest.plan(start, "8", "3:1", "2000", "5", "0.5"));
        PlanData.session(squad.teamId(), squad.athleteId(), today, LocalTime.of(9, 0), 60, null);
        String base = "/teams/" + squad.teamId() + "/calendar";
        coach.get(base).then().statusCode(200).body(containsString("deload week")).body(containsString("9:00"))
                .body(containsString("Conditioning, 60 min"));
        coach.get(base + "?month=" + start.toString().substring(0, 7)).then().statusCode(200)
                .body(containsString("loading week"));
        coach.get(base + "/week?week=" + start.plusWeeks(3)).then().statusCode(200)
                .body(containsString("deload week")).body(containsString("Deload week starts"));
        coach.get(base + "/week?week=" + start.minusWeeks(1)).then().statusCode(200)
                .body(containsString("no plan"));
        coach.get(base + "?month=99999-01").then().statusCode(400);
        coach.get(base + "/week?week=2026-13-45").then().statusCode(400);
    }

    @Test
    void anAthleteGetsTheirOwnFeedFromTheirPage() throws Exception {
        Fixtures.Squad squad = Fixtures.squad();
        WebSession coach = WebSession.signIn(squad.coach());
        LocalDate start = PlanPagesTest.today().with(DayOfWeek.MONDAY).minusWeeks(2);
        coach.post("/teams/" + squad.teamId() + "/plan", PlanPagesTest.plan(start, "8", "3:1", "2000", "5", "0.5"));
        PlanData.session(squad.teamId(), squad.athleteId(), PlanPagesTest.today().plusDays(2), LocalTime.of(7, 0), 50,
                null);

        WebSession athlete = WebSession.signIn(squad.athlete());
        String own = "/athletes/" + squad.athleteId() + "/calendar";
        athlete.get("/athletes/" + squad.athleteId()).then().statusCode(200)
                .body(containsString("href=\"" + own + "\""));
        athlete.get(own).then().statusCode(200).body(containsString("No feeds yet."));
        String feed = feedPath(athlete.post(own + "/feeds"));
        String ics = given().get(feed).then().statusCode(200).extract().asString();
        assertRfc5545Lines(ics);
        List<VEvent> events = parse(ics).getComponents(Component.VEVENT);
        assertTrue(events.stream().anyMatch(e -> value(e, "SUMMARY").startsWith("Deload")));
        assertTrue(events.stream().anyMatch(e -> value(e, "SUMMARY").startsWith("Conditioning, 50 min")));

        String page = athlete.get(own).asString();
        Matcher id = Pattern.compile("/calendar/feeds/(\\d+)/revoke").matcher(page);
        assertTrue(id.find());
        WebSession.signIn(Fixtures.squad().coach()).post(own + "/feeds/" + id.group(1) + "/revoke").then()
                .statusCode(404);
        assertEquals(303, athlete.post(own + "/feeds/" + id.group(1) + "/revoke").statusCode());
        given().get(feed).then().statusCode(404);
        athlete.get(own).then().body(containsString("revoked"));
    }
}
