package app.deload.matrix;

import static app.deload.matrix.RouteRule.api;

import java.util.ArrayList;
import java.util.List;

/**
 * Week templates and generating sessions from the plan. API writes send an empty JSON object: the template is refused
 * as 400, a generation without parameters is a preview (or 409 without a plan), an undo without a generation is 409,
 * and deleting athlete A's own template changes nothing when there is none.
 */
public class MicrocycleRoutes implements RouteTable {

    @Override
    public List<RouteRule> rules(World w) {
        String apiTeam = "/api/v1/teams/" + w.teamA();
        String apiAthlete = "/api/v1/athletes/" + w.athleteA() + "/template";
        List<RouteRule> rules = new ArrayList<>(List.of(
                api("GET", "/api/v1/teams/{teamId}/template", apiTeam + "/template", Rule.TEAM_STAFF),
                api("PUT", "/api/v1/teams/{teamId}/template", apiTeam + "/template", Rule.TEAM_STAFF),
                api("GET", "/api/v1/athletes/{id}/template", apiAthlete, Rule.TEAM_STAFF),
                api("PUT", "/api/v1/athletes/{id}/template", apiAthlete, Rule.TEAM_STAFF),
                api("DELETE", "/api/v1/athletes/{id}/template", apiAthlete, Rule.TEAM_STAFF),
                api("POST", "/api/v1/teams/{teamId}/plan/generate", apiTeam + "/plan/generate", Rule.TEAM_STAFF),
                api("POST", "/api/v1/teams/{teamId}/plan/generate/undo", apiTeam + "/plan/generate/undo",
                        Rule.TEAM_STAFF)));
        return rules;
    }
}
