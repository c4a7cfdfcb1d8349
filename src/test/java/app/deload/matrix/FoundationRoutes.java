package app.deload.matrix;

import static app.deload.matrix.RouteRule.get;
import static app.deload.matrix.RouteRule.post;

import java.util.List;
import java.util.Map;

import app.deload.account.UserSession;
import app.deload.support.WebSession;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Sign-in, account, teams, athletes, invitations and administration. */
public class FoundationRoutes implements RouteTable {

    /** A second session of the user, besides the matrix caller's, to be ended by its owner only. */
    private static long spareSession(String username) {
        WebSession.signIn(username);
        return QuarkusTransaction.requiringNew().call(() -> UserSession.<UserSession>find(
                "user.username = ?1 order by id desc", username).firstResult().id);
    }

    @Override
    public List<RouteRule> rules(World w) {
        return List.of(
                get("/login", "/login", Rule.PUBLIC),
                post("/logout", "/logout", Rule.SIGNED_IN),
                get("/", "/", Rule.SIGNED_IN),
                get("/account", "/account", Rule.SIGNED_IN),
                post("/account/password", "/account/password", Rule.SIGNED_IN),
                post("/account/sessions/{id}/end", "/account/sessions/" + spareSession(w.athlete()) + "/end",
                        Rule.OWNER),
                post("/account/sessions/end-all", "/account/sessions/end-all", Rule.SIGNED_IN),
                get("/me", "/me", Rule.ATHLETE),
                get("/teams", "/teams", Rule.STAFF),
                get("/teams/{id}", "/teams/" + w.teamA(), Rule.TEAM_STAFF),
                get("/teams/{teamId}/athletes/new", "/teams/" + w.teamA() + "/athletes/new", Rule.TEAM_STAFF),
                post("/teams/{teamId}/athletes", "/teams/" + w.teamA() + "/athletes", Rule.TEAM_STAFF),
                get("/athletes/{id}", "/athletes/" + w.athleteA(), Rule.TEAM_STAFF_OR_SELF),
                get("/athletes/{id}/edit", "/athletes/" + w.athleteA() + "/edit", Rule.TEAM_STAFF),
                post("/athletes/{id}", "/athletes/" + w.athleteA(), Rule.TEAM_STAFF),
                post("/athletes/{id}/invitation", "/athletes/" + w.athleteWithoutLogin() + "/invitation",
                        Rule.TEAM_STAFF),
                get("/invite/{token}", "/invite/not-a-real-token", Rule.PUBLIC),
                post("/invite/{token}", "/invite/not-a-real-token", Rule.PUBLIC),
                get("/admin/teams", "/admin/teams", Rule.ADMIN),
                get("/admin/teams/new", "/admin/teams/new", Rule.ADMIN),
                post("/admin/teams", "/admin/teams", Rule.ADMIN),
                get("/admin/teams/{id}", "/admin/teams/" + w.spareTeam(), Rule.ADMIN),
                post("/admin/teams/{id}", "/admin/teams/" + w.spareTeam(), Rule.ADMIN),
                post("/admin/teams/{id}/active", "/admin/teams/" + w.spareTeam() + "/active", Rule.ADMIN,
                        Map.of("active", "true")),
                post("/admin/teams/{id}/coaches", "/admin/teams/" + w.spareTeam() + "/coaches", Rule.ADMIN),
                post("/admin/teams/{id}/coaches/{coachId}/remove",
                        "/admin/teams/" + w.spareTeam() + "/coaches/" + w.spareCoachId() + "/remove", Rule.ADMIN),
                get("/teams/{teamId}/thresholds", "/teams/" + w.teamA() + "/thresholds", Rule.TEAM_STAFF),
                post("/teams/{teamId}/thresholds", "/teams/" + w.teamA() + "/thresholds", Rule.TEAM_STAFF),
                get("/admin/users", "/admin/users", Rule.ADMIN),
                get("/admin/users/new", "/admin/users/new", Rule.ADMIN),
                post("/admin/users", "/admin/users", Rule.ADMIN),
                get("/admin/users/{id}", "/admin/users/" + w.spareUserId(), Rule.ADMIN),
                post("/admin/users/{id}", "/admin/users/" + w.spareUserId(), Rule.ADMIN),
                post("/admin/users/{id}/active", "/admin/users/" + w.spareUserId() + "/active", Rule.ADMIN,
                        Map.of("active", "true")),
                post("/admin/users/{id}/unlock", "/admin/users/" + w.spareUserId() + "/unlock", Rule.ADMIN));
    }
}
