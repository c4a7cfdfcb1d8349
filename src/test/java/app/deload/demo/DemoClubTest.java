package app.deload.demo;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import app.deload.decision.Proposal;
import app.deload.decision.TodayDecisions;
import app.deload.planning.Decision;
import app.deload.support.EmptyDatabase;
import app.deload.support.WebSession;
import app.deload.team.Team;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;

/**
 * The demo club as it is right after the first start (an empty database, DELOAD_DEMO=true): each team has a plan and
 * sessions today, its declining athletes have open proposals before anyone opened a page, and today's decisions for
 * them are not "proceed". It starts on an empty database of its own, on H2 and on PostgreSQL alike.
 */
@QuarkusTest
@TestProfile(DemoClubTest.DemoStart.class)
class DemoClubTest {

    static final String PASSWORD = "demo-test-password-2026";

    public static class DemoStart implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("deload.demo.enabled", "true", "deload.demo.password", PASSWORD,
                    "quarkus.datasource.jdbc.url", EmptyDatabase.url("deload-demo-test"));
        }
    }

    @Inject
    TodayDecisions today;

    private static final Map<String, List<String>> DECLINERS = Map.of(
            "Riverside Rowing", List.of("Sofia Reyes", "Mia Okoye"),
            "Northside FC U21", List.of("Luca Romano", "David Kowalski"));

    @Test
    void afterStartEachTeamHasTodaysSessionsOpenProposalsAndDecisionsForItsDecliners() {
        List<Team> teams = QuarkusTransaction.requiringNew().call(() -> Team.<Team>listAll());
        assertEquals(Set.of("Riverside Rowing", "Northside FC U21"),
                teams.stream().map(t -> t.name).collect(Collectors.toSet()));
        for (Team t : teams) {
            List<String> decliners = DECLINERS.get(t.name);
            // before any page is opened: the proposals were raised when the club was loaded
            List<Proposal> pending = QuarkusTransaction.requiringNew().call(() -> Proposal
                    .listForTeam(Team.findById(t.id)).stream().filter(p -> p.status == Proposal.Status.PENDING)
                    .toList());
            Set<String> proposed = pending.stream().filter(p -> !p.isTeam()).map(p -> p.athlete.name)
                    .collect(Collectors.toSet());
            assertTrue(proposed.containsAll(decliners), t.name + ": open proposals for " + proposed);
            assertTrue(pending.stream().allMatch(p -> p.reasonList().size() > 1),
                    "each proposal shows the signals behind it");

            List<TodayDecisions.Entry> entries = QuarkusTransaction.requiringNew()
                    .call(() -> today.on(Team.findById(t.id), LocalDate.now(t.zone())));
            assertFalse(entries.isEmpty(), t.name + " has sessions today");
            long athletesToday = entries.stream().map(e -> e.session().athleteId()).distinct().count();
            assertTrue(athletesToday >= 12, t.name + ": the whole squad trains today, " + athletesToday);
            for (String name : decliners) {
                List<TodayDecisions.Entry> theirs = entries.stream()
                        .filter(e -> e.session().athleteName().equals(name)).toList();
                assertFalse(theirs.isEmpty(), name + " has a session today");
                assertTrue(theirs.stream().allMatch(e -> e.recommendation().decision() == Decision.REST),
                        name + ": " + theirs.stream().map(e -> e.recommendation().decision()).toList());
                assertTrue(theirs.stream().allMatch(TodayDecisions.Entry::actionable), name + " can be decided today");
            }
            assertTrue(entries.stream().anyMatch(e -> e.recommendation().decision() == Decision.PROCEED),
                    t.name + ": the others proceed");
        }

        Team rowing = teams.stream().filter(t -> t.name.equals("Riverside Rowing")).findFirst().orElseThrow();
        WebSession coach = WebSession.signIn("coach.maya", PASSWORD);
        coach.get("/teams/" + rowing.id + "/today").then().statusCode(200)
                .body(containsString("Sofia Reyes"), containsString("rest or active recovery"),
                        containsString("Accept"));
        coach.get("/today").then().statusCode(200).body(containsString(">2 open proposals</a>"),
                containsString("Today's decisions"));
        coach.get("/teams/" + rowing.id + "/plan").then().statusCode(200)
                .body(containsString("open proposal"), containsString("/teams/" + rowing.id + "/proposals"));

        String nextWeek = java.time.LocalDate.now(rowing.zone()).with(java.time.DayOfWeek.MONDAY).plusWeeks(1)
                .toString();
        String week = WebSession.signIn("emma.lang", PASSWORD).get("/me/week?week=" + nextWeek).then()
                .statusCode(200).extract().asString();
        assertTrue(week.contains("Rest day") && week.contains("Active-recovery day")
                && week.matches("(?s).*Heart rate <strong>\\d+–\\d+ bpm</strong>.*")
                && week.matches("(?s).*\\d\\d:\\d\\d · \\d+ min · RPE \\d+.*"),
                "Emma's next week: generated sessions, a rest day, active recovery with her band");
    }
}
