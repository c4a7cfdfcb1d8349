package app.deload.matrix;

import static app.deload.matrix.RouteRule.get;
import static app.deload.matrix.RouteRule.post;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import app.deload.athlete.Athlete;
import app.deload.team.Team;
import app.deload.training.SessionAttendance;
import app.deload.training.SessionType;
import app.deload.training.TrainingSession;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Training sessions and session RPE. Mutating routes are called with empty forms: a stale or missing version
 * answers 409 and bad input 400, so every caller meets the same unchanged session.
 */
public class TrainingRoutes implements RouteTable {

    @Override
    public List<RouteRule> rules(World w) {
        long session = yesterdaysSession(w.teamA(), w.athleteA());
        String team = "/teams/" + w.teamA() + "/sessions";
        String athlete = "/athletes/" + w.athleteA() + "/sessions";
        return List.of(
                get("/teams/{teamId}/sessions", team, Rule.TEAM_STAFF),
                get("/teams/{teamId}/sessions/new", team + "/new", Rule.TEAM_STAFF),
                post("/teams/{teamId}/sessions", team, Rule.TEAM_STAFF),
                get("/sessions/{id}", "/sessions/" + session, Rule.TEAM_STAFF),
                get("/sessions/{id}/edit", "/sessions/" + session + "/edit", Rule.TEAM_STAFF),
                post("/sessions/{id}", "/sessions/" + session, Rule.TEAM_STAFF),
                get("/sessions/{id}/close", "/sessions/" + session + "/close", Rule.TEAM_STAFF),
                post("/sessions/{id}/close", "/sessions/" + session + "/close", Rule.TEAM_STAFF),
                post("/sessions/{id}/delete", "/sessions/" + session + "/delete", Rule.TEAM_STAFF),
                get("/athletes/{athleteId}/sessions", athlete, Rule.TEAM_STAFF),
                get("/athletes/{athleteId}/sessions/new", athlete + "/new", Rule.TEAM_STAFF),
                post("/athletes/{athleteId}/sessions", athlete, Rule.TEAM_STAFF),
                get("/me/sessions", "/me/sessions", Rule.ATHLETE),
                get("/me/sessions/new", "/me/sessions/new", Rule.ATHLETE),
                post("/me/sessions", "/me/sessions", Rule.ATHLETE),
                get("/me/sessions/{sessionId}", "/me/sessions/" + session, Rule.ATHLETE),
                post("/me/sessions/{sessionId}", "/me/sessions/" + session, Rule.ATHLETE));
    }

    /** A team session that has happened, attended by the athlete who signs in. */
    private static long yesterdaysSession(long teamId, long athleteId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Team team = Team.findById(teamId);
            TrainingSession session = new TrainingSession();
            session.team = team;
            session.schedule(LocalDate.now(team.zone()).minusDays(1), LocalTime.of(17, 0), team.zone());
            session.type = SessionType.CONDITIONING;
            session.plannedMinutes = 60;
            session.plannedRpe = 5;
            session.persist();
            SessionAttendance.of(session, Athlete.findById(athleteId)).persist();
            return session.id;
        });
    }
}
