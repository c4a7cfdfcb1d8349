package app.deload.dashboard;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;

import app.deload.account.Role;
import app.deload.athlete.Athlete;
import app.deload.decision.DecisionFixtures;
import app.deload.support.Fixtures;
import app.deload.support.Ledger;
import app.deload.support.WebSession;
import app.deload.team.Team;
import app.deload.wellness.WellnessEntry;
import app.deload.wellness.WellnessValues;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class TodayPageTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** 20 ordinary mornings, then three bad ones with short nights: wellness and sleep signs today, a watch. */
    static void decline(long athleteId, LocalDate today) {
        QuarkusTransaction.requiringNew().run(() -> {
            Athlete athlete = Athlete.findById(athleteId);
            for (int day = 22; day >= 0; day--) {
                boolean bad = day < 3;
                int item = bad ? 2 : 4;
                WellnessEntry.upsert(athlete, today.minusDays(day), new WellnessValues(item, item, item, item,
                        bad ? 1 : day % 3 == 0 ? 3 : 4, bad ? 5.0 : 7.5, 52, null, java.util.Set.of(), null));
            }
            Ledger.changed(athlete, today.minusDays(22));
        });
    }

    private static String name(long athleteId) {
        return QuarkusTransaction.requiringNew().call(() -> Athlete.<Athlete>findById(athleteId).name);
    }

    private static String teamName(long teamId) {
        return QuarkusTransaction.requiringNew().call(() -> Team.<Team>findById(teamId).name);
    }

    @Test
    void aCoachOfTwoTeamsSeesWhoNeedsAttentionInBothAndWhoOwesAReport() {
        LocalDate today = LocalDate.now(BERLIN);
        Fixtures.Squad squad = Fixtures.squad();
        long secondTeam = Fixtures.team(squad.coach());
        long quiet = Fixtures.athlete(secondTeam, null);
        decline(squad.athleteId(), today);
        String otherTeam = teamName(Fixtures.team(Fixtures.user(Role.COACH)));

        WebSession coach = WebSession.signIn(squad.coach());
        coach.get("/").then().statusCode(303).header("Location", containsString("/today"));
        String page = coach.get("/today").then().statusCode(200)
                .body(containsString(teamName(squad.teamId())), containsString(teamName(secondTeam)),
                        not(containsString(otherTeam)),
                        containsString("0 alerts, 1 watch of 1 athlete."),
                        containsString("href=\"/athletes/" + squad.athleteId() + "/metrics\""),
                        containsString("<span class=\"level level-watch\">Watch</span>"),
                        containsString("3.1 SD below the 28-day mean"), containsString("(and 1 more sign)"),
                        containsString("not acknowledged"),
                        containsString("No athlete shows signs today."),
                        containsString(name(quiet) + "</a>: today&#39;s questionnaire"),
                        containsString("Europe/Berlin"), containsString(today.toString()))
                .extract().asString();
        assertTrue(!page.contains(name(squad.athleteId()) + "</a>: today&#39;s questionnaire"),
                "the declining athlete answered today");

        coach.post("/athletes/" + squad.athleteId() + "/metrics/acknowledge",
                Map.of("date", today.toString(), "note", "Talked to her.")).then().statusCode(303);
        coach.get("/today").then().body(containsString("<span class=\"tag\">acknowledged</span>"),
                not(containsString("not acknowledged")));
    }

    @jakarta.inject.Inject
    app.deload.plan.PlanningService planning;

    @Test
    void theTeamsPlanWeekIsNamedWithItsPlannedLoad() {
        LocalDate today = LocalDate.now(BERLIN);
        Fixtures.Squad squad = Fixtures.squad();
        LocalDate monday = today.with(java.time.DayOfWeek.MONDAY).minusWeeks(3);
        QuarkusTransaction.requiringNew().run(() -> planning.create(Team.findById(squad.teamId()), null,
                new app.deload.planning.PlanParameters(monday, 8, app.deload.planning.Pattern.THREE_ONE, 2000, 5, 0.5,
                        0.5)));
        WebSession.signIn(squad.coach()).get("/today").then().statusCode(200)
                .body(containsString("Plan: Week 4 of 8: deload, planned 1,051 AU (" + monday.plusWeeks(3) + " to "
                        + monday.plusWeeks(3).plusDays(6) + ")"),
                        containsString("href=\"/teams/" + squad.teamId() + "/plan\""));
    }

    @Test
    void anAdminSeesEveryActiveTeamAndACoachWithoutTeamsIsToldWhy() {
        Fixtures.Squad squad = Fixtures.squad();
        WebSession.signIn(Fixtures.user(Role.ADMIN)).get("/today").then().statusCode(200)
                .body(containsString(teamName(squad.teamId())));
        WebSession.signIn(Fixtures.user(Role.COACH)).get("/today").then().statusCode(200)
                .body(containsString("You do not coach a team yet."));
        WebSession.signIn(squad.athlete()).get("/today").then().statusCode(403);
    }

    @Test
    void eachTeamLinksToTodaysDecisionsAndItsOpenProposals() {
        Fixtures.Squad squad = Fixtures.squad();
        WebSession coach = WebSession.signIn(squad.coach());
        coach.get("/today").then().statusCode(200)
                .body(containsString("href=\"/teams/" + squad.teamId() + "/today\">Today's decisions</a>"),
                        containsString("href=\"/teams/" + squad.teamId() + "/proposals\">No open proposals</a>"));
        DecisionFixtures.pendingProposal(squad.athleteId(), LocalDate.now(BERLIN));
        coach.get("/today").then().statusCode(200)
                .body(containsString("href=\"/teams/" + squad.teamId() + "/proposals\">1 open proposal</a>"));
    }
}
