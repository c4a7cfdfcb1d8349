package app.deload.matrix;

import static app.deload.matrix.RouteRule.get;
import static app.deload.matrix.RouteRule.post;

import java.util.List;
import java.util.Map;

/** Operations: the audit log, data rights, backups and reminders. */
public class OperationsRoutes implements RouteTable {

    @Override
    public List<RouteRule> rules(World w) {
        return List.of(
                get("/admin/audit", "/admin/audit", Rule.ADMIN),
                get("/me/data", "/me/data", Rule.ATHLETE),
                get("/me/data/download.zip", "/me/data/download.zip", Rule.ATHLETE),
                get("/admin/privacy", "/admin/privacy", Rule.ADMIN),
                get("/admin/athletes/{id}/erase", "/admin/athletes/" + w.athleteB() + "/erase", Rule.ADMIN),
                // A wrong confirmation erases nothing: the matrix world stays whole.
                post("/admin/athletes/{id}/erase", "/admin/athletes/" + w.athleteB() + "/erase", Rule.ADMIN,
                        Map.of("code", "not-the-code")),
                get("/admin/backups", "/admin/backups", Rule.ADMIN),
                post("/admin/backups", "/admin/backups", Rule.ADMIN),
                // Without the typed confirmation a restore is refused (400) and changes nothing.
                post("/admin/backups/restore", "/admin/backups/restore", Rule.ADMIN, Map.of("name", "none")),
                get("/account/reminders", "/account/reminders", Rule.SIGNED_IN),
                post("/account/reminders", "/account/reminders", Rule.SIGNED_IN),
                get("/teams/{teamId}/reminders", "/teams/" + w.teamA() + "/reminders", Rule.TEAM_STAFF),
                // An invalid time is refused (400): the matrix changes no team's times.
                post("/teams/{teamId}/reminders", "/teams/" + w.teamA() + "/reminders", Rule.TEAM_STAFF,
                        Map.of("questionnaireBy", "later")));
    }
}
