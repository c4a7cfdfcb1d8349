package app.deload.matrix;

import static app.deload.matrix.RouteRule.api;
import static app.deload.matrix.RouteRule.get;
import static app.deload.matrix.RouteRule.post;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import app.deload.athlete.Athlete;
import app.deload.support.ApiTokens;
import app.deload.team.Team;
import app.deload.training.SessionAttendance;
import app.deload.training.SessionType;
import app.deload.training.TrainingSession;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The JSON API under /api/v1 (callers authenticate with their API token; anonymous gets a 401 problem) and the
 * API token page of every account. Writes send an empty JSON object; the wellness, session and rating writes refuse
 * it as 400 to whoever may write, so every caller meets the same unchanged rows. Only the athlete writes their
 * wellness: coaches and admins get 403.
 */
public class ApiRoutes implements RouteTable {

    @Override
    public List<RouteRule> rules(World w) {
        long athletesToken = ApiTokens.idOf(ApiTokens.issue(w.athlete()));
        String athlete = "/api/v1/athletes/" + w.athleteA();
        String session = athlete + "/sessions/" + yesterdaysSession(w.teamA(), w.athleteA());
        return List.of(
                get("/account/tokens", "/account/tokens", Rule.SIGNED_IN),
                post("/account/tokens", "/account/tokens", Rule.SIGNED_IN, Map.of("name", "Matrix", "expiry", "30")),
                post("/account/tokens/{id}/revoke", "/account/tokens/" + athletesToken + "/revoke", Rule.OWNER),
                api("GET", "/api/v1/me", "/api/v1/me", Rule.SIGNED_IN),
                api("GET", "/api/v1/teams", "/api/v1/teams", Rule.STAFF),
                api("GET", "/api/v1/teams/{id}/athletes", "/api/v1/teams/" + w.teamA() + "/athletes",
                        Rule.TEAM_STAFF),
                api("GET", "/api/v1/athletes/{id}", "/api/v1/athletes/" + w.athleteA(), Rule.TEAM_STAFF_OR_SELF),
                api("PUT", "/api/v1/athletes/{id}/heart-rate", "/api/v1/athletes/" + w.athleteA() + "/heart-rate",
                        Rule.TEAM_STAFF),
                api("GET", "/api/v1/athletes/{id}/wellness", athlete + "/wellness", Rule.TEAM_STAFF_OR_SELF),
                api("PUT", "/api/v1/athletes/{id}/wellness/{date}", athlete + "/wellness/2026-01-05", Rule.ATHLETE),
                api("GET", "/api/v1/athletes/{id}/sessions", athlete + "/sessions", Rule.TEAM_STAFF_OR_SELF),
                api("POST", "/api/v1/athletes/{id}/sessions", athlete + "/sessions", Rule.TEAM_STAFF_OR_SELF),
                api("GET", "/api/v1/athletes/{id}/sessions/{sessionId}", session, Rule.TEAM_STAFF_OR_SELF),
                api("PUT", "/api/v1/athletes/{id}/sessions/{sessionId}/rating", session + "/rating",
                        Rule.TEAM_STAFF_OR_SELF),
                api("GET", "/api/v1/athletes/{id}/metrics", athlete + "/metrics", Rule.TEAM_STAFF_OR_SELF),
                api("GET", "/api/v1/athletes/{id}/metrics.csv", athlete + "/metrics.csv", Rule.TEAM_STAFF_OR_SELF));
    }

    /** A team session that has happened, attended by the athlete who signs in. */
    private static long yesterdaysSession(long teamId, long athleteId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Team team = Team.findById(teamId);
            TrainingSession session = new TrainingSession();
            session.team = team;
            session.schedule(LocalDate.now(team.zone()).minusDays(1), LocalTime.of(7, 0), team.zone());
            session.type = SessionType.STRENGTH;
            session.plannedMinutes = 45;
            session.persist();
            SessionAttendance.of(session, Athlete.findById(athleteId)).persist();
            return session.id;
        });
    }
}
