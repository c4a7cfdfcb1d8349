package app.deload.decision;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import app.deload.athlete.Athlete;
import app.deload.monitoring.SignalLevel;
import app.deload.plan.PlanEarlyDeload;
import app.deload.plan.PlanHistoryEntry;
import app.deload.plan.PlanningService;
import app.deload.planning.DeloadPeriod;
import app.deload.planning.WeekKind;
import app.deload.support.ApiTokens;
import app.deload.support.WebSession;
import app.deload.team.Team;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;

/**
 * A team of six runs through twelve weeks under a 4:1 plan; two athletes drift into alert. Proposals appear for
 * both and for the team (2 of 6 = 33 %, at or above 30 %), each with the signals behind it. The coach accepts one
 * (the plan is rewritten from tomorrow and the deload recorded) and dismisses the other with a note; both are in
 * the plan's history. The dismissed athlete is not proposed again until their level worsens.
 */
@QuarkusTest
class ProposalScenarioTest {

    @Inject
    PlanningService planning;

    @Test
    void twoAthletesDriftIntoAlertOneProposalAcceptedOneDismissedUntilTheLevelWorsens() {
        Drift.Team12 team = Drift.team(6, 0, 1);
        long accepted = team.athletes().get(0);
        long dismissed = team.athletes().get(1);
        WebSession coach = WebSession.signIn(team.coach());
        String page = "/teams/" + team.teamId() + "/proposals";

        coach.get("/teams/" + team.teamId() + "/signals").then().statusCode(200)
                .body(containsString("href=\"" + page + "\""), containsString("href=\"/teams/" + team.teamId()
                        + "/today\""));
        coach.get(page).then().statusCode(200)
                .body(containsString("Waiting for a decision"),
                        containsString("Bring " + name(accepted) + "&#39;s next deload forward to start tomorrow"),
                        containsString("Bring " + name(dismissed) + "&#39;s next deload forward"),
                        containsString("Bring the team&#39;s next deload forward to start tomorrow"),
                        containsString("2 of 6 athletes in alert (33 %)"),
                        containsString("signs consistent with accumulated fatigue"),
                        containsString("<strong>wellness</strong>"), containsString("<strong>sleep</strong>"),
                        containsString("threshold"));
        assertEquals(3, pending(team.teamId()).size());
        coach.get(page).then().statusCode(200);
        assertEquals(3, proposals(team.teamId()).size(), "opening the page again raises nothing twice");

        long acceptedId = proposalFor(team.teamId(), accepted);
        coach.post(page + "/" + acceptedId + "/accept", Map.of()).then().statusCode(303)
                .header("Location", containsString(page));
        LocalDate tomorrow = team.today().plusDays(1);
        Athlete acceptedAthlete = athlete(accepted);
        List<DeloadPeriod> periods = QuarkusTransaction.requiringNew()
                .call(() -> planning.layoutFor(Athlete.<Athlete>findById(accepted)).orElseThrow().deloadPeriods());
        assertTrue(periods.stream().anyMatch(p -> p.start().equals(tomorrow) && p.kind() == WeekKind.DELOAD),
                "the athlete's plan has a deload from tomorrow: " + periods);
        assertEquals(1L, (long) QuarkusTransaction.requiringNew()
                .call(() -> PlanEarlyDeload.count("athlete.id = ?1 and startDate = ?2", accepted, tomorrow)));
        coach.post(page + "/" + acceptedId + "/accept", Map.of()).then().statusCode(303);
        assertEquals(1L, (long) QuarkusTransaction.requiringNew()
                .call(() -> PlanEarlyDeload.count("athlete.id = ?1", accepted)), "accepting twice changes nothing");

        long dismissedId = proposalFor(team.teamId(), dismissed);
        coach.post(page + "/" + dismissedId + "/dismiss", Map.of("note", "  ")).then().statusCode(400)
                .body(containsString("Write why you dismiss it"), containsString("aria-invalid=\"true\""));
        coach.post(page + "/" + dismissedId + "/dismiss", Map.of("note", "Exams this week; talked to him, easy days."))
                .then().statusCode(303);
        coach.get(page).then().statusCode(200).body(containsString("Exams this week; talked to him, easy days."),
                containsString("accepted"), containsString("dismissed"), containsString("deload from " + tomorrow));

        List<PlanHistoryEntry> history = QuarkusTransaction.requiringNew()
                .call(() -> planning.history(Team.findById(team.teamId())));
        assertTrue(history.stream().anyMatch(h -> h.action().equals("deload brought forward")
                && acceptedAthlete.name.equals(h.athleteName())), "accepted proposal in the history: " + history);
        assertTrue(history.stream().anyMatch(h -> h.action().equals("proposal dismissed")
                && h.note().contains("Exams this week")), "dismissal with its note in the history: " + history);
        coach.get("/teams/" + team.teamId() + "/plan").then().statusCode(200)
                .body(containsString("deload brought forward"), containsString("proposal dismissed"),
                        containsString("Exams this week; talked to him, easy days."),
                        containsString("/teams/" + team.teamId() + "/proposals"));
        coach.get("/teams/" + team.teamId() + "/calendar/week?week=" + tomorrow).then().statusCode(200)
                .body(containsString("Deload brought forward for " + name(accepted) + " starts"));

        coach.get(page).then().statusCode(200);
        assertEquals(1, proposalsOf(team.teamId(), dismissed).size(), "a dismissed proposal is not raised again");

        Drift.performanceDecrement(team.teamId(), dismissed, team.today());
        coach.get(page).then().statusCode(200)
                .body(containsString("pattern consistent with functional overreaching"));
        List<Proposal> again = proposalsOf(team.teamId(), dismissed);
        assertEquals(2, again.size(), "raised again once the level worsened");
        assertTrue(again.stream().anyMatch(p -> p.status == Proposal.Status.PENDING
                && p.signalLevel == SignalLevel.ALERT_FUNCTIONAL_OVERREACHING));
        assertEquals(1, proposalsOf(team.teamId(), accepted).size(), "no new proposal while the deload is near");
    }

    @Test
    void theApiListsAcceptsAndDismissesWithProblemsForBadInput() {
        Drift.Team12 team = Drift.team(3, 2);
        String token = ApiTokens.issue(team.coach());
        ApiTokens.as(token).get("/api/v1/teams/" + team.teamId() + "/proposals").then().statusCode(200)
                .body("$", hasSize(2), "status", org.hamcrest.Matchers.everyItem(equalTo("pending")),
                        "find { it.athleteId == null }.proposal",
                        equalTo("Bring the team's next deload forward to start tomorrow"),
                        "find { it.athleteId != null }.level", equalTo("alert_accumulated_fatigue"),
                        "find { it.athleteId != null }.reasons.domain", org.hamcrest.Matchers.hasItem("wellness"));
        long athleteProposal = proposalFor(team.teamId(), team.athletes().get(2));
        long teamProposal = proposalFor(team.teamId(), null);

        ApiTokens.as(token).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/proposals/" + teamProposal + "/dismiss").then().statusCode(400)
                .contentType("application/problem+json").body("errors.note", containsString("Write why"));
        ApiTokens.as(token).contentType(ContentType.JSON).body("{\"note\":\"" + "x".repeat(1001) + "\"}")
                .post("/api/v1/proposals/" + teamProposal + "/dismiss").then().statusCode(400)
                .body("errors.note", containsString("1000"));
        ApiTokens.as(token).contentType(ContentType.JSON).body("{\"note\":\"Match week; we taper anyway.\"}")
                .post("/api/v1/proposals/" + teamProposal + "/dismiss").then().statusCode(200)
                .body("status", equalTo("dismissed"), "note", equalTo("Match week; we taper anyway."));
        ApiTokens.as(token).contentType(ContentType.JSON).body("{\"note\":\"again\"}")
                .post("/api/v1/proposals/" + teamProposal + "/dismiss").then().statusCode(409)
                .contentType("application/problem+json");

        ApiTokens.as(token).contentType(ContentType.JSON).post("/api/v1/proposals/" + athleteProposal + "/accept").then()
                .statusCode(200)
                .body("status", equalTo("accepted"), "deloadStart", equalTo(team.today().plusDays(1).toString()));
        ApiTokens.as(token).contentType(ContentType.JSON).post("/api/v1/proposals/" + athleteProposal + "/accept").then()
                .statusCode(409)
                .body("detail", containsString("already accepted"));
        ApiTokens.as(token).contentType(ContentType.JSON).post("/api/v1/proposals/999999999/accept").then().statusCode(404)
                .contentType("application/problem+json");

        Drift.Team12 other = Drift.team(1);
        ApiTokens.as(ApiTokens.issue(other.coach())).contentType(ContentType.JSON).post("/api/v1/proposals/" + athleteProposal + "/accept").then()
                .statusCode(404);
        ApiTokens.as(ApiTokens.issue(other.coach())).get("/api/v1/teams/" + team.teamId() + "/proposals").then()
                .statusCode(404).body(not(containsString("alert")));
    }

    @Test
    void withoutAnActivePlanNothingIsProposedAndTheSquadStillShowsTheAlert() {
        Drift.Team12 team = Drift.team(2, 0);
        QuarkusTransaction.requiringNew().run(() -> app.deload.plan.TrainingPlan
                .<app.deload.plan.TrainingPlan>list("team.id", team.teamId())
                .forEach(p -> planning.end(p, team.today().minusDays(1))));
        WebSession coach = WebSession.signIn(team.coach());
        coach.get("/teams/" + team.teamId() + "/proposals").then().statusCode(200)
                .body(containsString("No proposal is waiting."), containsString("Proposals need an active plan."));
        assertEquals(0, proposals(team.teamId()).size());
    }

    static String name(long athleteId) {
        return athlete(athleteId).name;
    }

    static Athlete athlete(long athleteId) {
        return QuarkusTransaction.requiringNew().call(() -> Athlete.findById(athleteId));
    }

    static List<Proposal> proposals(long teamId) {
        return QuarkusTransaction.requiringNew().call(() -> Proposal.list("team.id", teamId));
    }

    static List<Proposal> pending(long teamId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Proposal.list("team.id = ?1 and status = ?2", teamId, Proposal.Status.PENDING));
    }

    static List<Proposal> proposalsOf(long teamId, long athleteId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Proposal.list("team.id = ?1 and subjectKey = ?2", teamId, athleteId));
    }

    /** The id of the subject's (athlete, or the team for null) pending proposal. */
    static long proposalFor(long teamId, Long athleteId) {
        return QuarkusTransaction.requiringNew().call(() -> Proposal.<Proposal>find(
                "team.id = ?1 and subjectKey = ?2 and status = ?3", teamId, athleteId == null ? 0L : athleteId,
                Proposal.Status.PENDING).firstResult().id);
    }
}
