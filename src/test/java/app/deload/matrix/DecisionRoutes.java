package app.deload.matrix;

import static app.deload.matrix.RouteRule.api;
import static app.deload.matrix.RouteRule.get;
import static app.deload.matrix.RouteRule.post;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import app.deload.decision.DecisionFixtures;
import app.deload.training.SessionType;

/**
 * Proposals (page and API) and today's decisions (page and API). The proposal and the decision belong to team A;
 * the first allowed caller decides them, later ones meet "already decided" (303 or 409), never another team's row.
 */
public class DecisionRoutes implements RouteTable {

    @Override
    public List<RouteRule> rules(World w) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        long pageProposal = DecisionFixtures.pendingProposal(w.athleteA(), today);
        long apiProposal = DecisionFixtures.pendingProposal(w.athleteA(), today.minusDays(1));
        long session = DecisionFixtures.sessionToday(w.teamA(), LocalTime.of(23, 0), SessionType.STRENGTH, 6,
                w.athleteA());
        long decision = DecisionFixtures.restDecision(session, w.athleteA());
        String proposals = "/teams/" + w.teamA() + "/proposals";
        String todayPage = "/teams/" + w.teamA() + "/today";
        return List.of(
                get("/teams/{teamId}/proposals", proposals, Rule.TEAM_STAFF),
                post("/teams/{teamId}/proposals/{proposalId}/accept", proposals + "/" + pageProposal + "/accept",
                        Rule.TEAM_STAFF),
                post("/teams/{teamId}/proposals/{proposalId}/dismiss", proposals + "/" + pageProposal + "/dismiss",
                        Rule.TEAM_STAFF, Map.of("note", "")),
                get("/teams/{teamId}/today", todayPage, Rule.TEAM_STAFF),
                post("/teams/{teamId}/today/decisions", todayPage + "/decisions", Rule.TEAM_STAFF,
                        Map.of("attendanceId", "", "choice", "")),
                post("/teams/{teamId}/today/decisions/{decisionId}/undo",
                        todayPage + "/decisions/" + decision + "/undo", Rule.TEAM_STAFF),
                api("GET", "/api/v1/teams/{teamId}/proposals", "/api/v1/teams/" + w.teamA() + "/proposals",
                        Rule.TEAM_STAFF),
                api("POST", "/api/v1/proposals/{id}/accept", "/api/v1/proposals/" + apiProposal + "/accept",
                        Rule.TEAM_STAFF),
                api("POST", "/api/v1/proposals/{id}/dismiss", "/api/v1/proposals/" + apiProposal + "/dismiss",
                        Rule.TEAM_STAFF),
                api("GET", "/api/v1/teams/{teamId}/today", "/api/v1/teams/" + w.teamA() + "/today",
                        Rule.TEAM_STAFF));
    }
}
