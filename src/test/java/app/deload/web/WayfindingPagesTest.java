package app.deload.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import app.deload.support.Fixtures;
import app.deload.support.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The breadcrumb and the team's navigation, as the pages render them for whoever may see them. */
@QuarkusTest
class WayfindingPagesTest {

    private static final Pattern LINK = Pattern.compile("<a href=\"([^\"]*)\"( aria-current=\"page\")?>([^<]*)</a>");

    /** "label → href", the current page marked with a star. */
    private static List<String> links(String html, String navClass) {
        int start = html.indexOf("<nav class=\"" + navClass + "\"");
        if (start < 0) {
            return List.of();
        }
        String nav = html.substring(start, html.indexOf("</nav>", start));
        List<String> links = new ArrayList<>();
        Matcher m = LINK.matcher(nav);
        while (m.find()) {
            links.add(m.group(3) + " → " + m.group(1) + (m.group(2) == null ? "" : " *"));
        }
        return links;
    }

    private static String teamName(long teamId) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> app.deload.team.Team.<app.deload.team.Team>findById(teamId).name);
    }

    private static String athleteName(long athleteId) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> app.deload.athlete.Athlete.<app.deload.athlete.Athlete>findById(athleteId).name);
    }

    @Test
    void aTeamPageLeadsBackToTheTeamAndMarksItsSection() {
        Fixtures.Squad squad = Fixtures.squad();
        long team = squad.teamId();
        String html = WebSession.signIn(squad.coach()).get("/teams/" + team + "/trends").then().statusCode(200)
                .extract().asString();
        assertEquals(List.of("Teams → /teams", teamName(team) + " → /teams/" + team,
                "Squad trends → /teams/" + team + "/trends *"), links(html, "breadcrumb"));
        List<String> teamLinks = links(html, "subnav");
        assertEquals(10, teamLinks.size());
        assertEquals("Signals → /teams/" + team + "/signals *", teamLinks.get(1));
        assertEquals("Thresholds → /teams/" + team + "/thresholds", teamLinks.get(9));
    }

    @Test
    void aSessionPageNamesTheSessionBetweenTheTeamsSessionsAndThePage() {
        Fixtures.Squad squad = Fixtures.squad();
        long team = squad.teamId();
        WebSession coach = WebSession.signIn(squad.coach());
        LocalDate day = LocalDate.now(ZoneId.of("Europe/Berlin")).minusDays(3);
        Response planned = coach.post("/teams/" + team + "/sessions", Map.of("date", day.toString(), "startTime",
                "10:00", "type", "strength", "plannedMinutes", "60", "plannedRpe", "5", "notes", "", "audience",
                "team"));
        String location = planned.header("Location");
        String session = location.substring(location.indexOf("/sessions/"));
        String html = coach.get(session + "/close").then().statusCode(200).extract().asString();
        assertEquals(List.of("Teams → /teams", teamName(team) + " → /teams/" + team,
                "Sessions → /teams/" + team + "/sessions", "Strength · " + day + " → " + session,
                "Attendance and ratings → " + session + "/close *"), links(html, "breadcrumb"));
        assertEquals("Sessions → /teams/" + team + "/sessions *", links(html, "subnav").get(3));
    }

    @Test
    void anAthletesOwnPageStartsAtTheirNameWithoutTheTeamsPages() {
        Fixtures.Squad squad = Fixtures.squad();
        String html = WebSession.signIn(squad.athlete()).get("/athletes/" + squad.athleteId() + "/charts").then()
                .statusCode(200).extract().asString();
        assertEquals(List.of(athleteName(squad.athleteId()) + " → /me",
                "Charts → /athletes/" + squad.athleteId() + "/charts *"), links(html, "breadcrumb"));
        assertEquals(List.of(), links(html, "subnav"));

        String coachView = WebSession.signIn(squad.coach()).get("/athletes/" + squad.athleteId() + "/metrics").then()
                .statusCode(200).extract().asString();
        assertEquals(List.of("Teams → /teams", teamName(squad.teamId()) + " → /teams/" + squad.teamId(),
                athleteName(squad.athleteId()) + " → /athletes/" + squad.athleteId(),
                "Signals → /athletes/" + squad.athleteId() + "/metrics *"), links(coachView, "breadcrumb"));
    }

    @Test
    void aPageThatIsNotYoursShowsNoWayIntoIt() {
        Fixtures.Squad mine = Fixtures.squad();
        Fixtures.Squad theirs = Fixtures.squad();
        String html = WebSession.signIn(mine.coach()).get("/teams/" + theirs.teamId() + "/signals").then()
                .statusCode(404).extract().asString();
        assertEquals(List.of(), links(html, "breadcrumb"));
        assertFalse(html.contains(teamName(theirs.teamId())));
    }
}
