package app.deload.matrix;

import static app.deload.matrix.RouteRule.api;
import static app.deload.matrix.RouteRule.get;
import static app.deload.matrix.RouteRule.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Week templates and generating sessions from the plan. API writes send an empty JSON object: the template is refused
 * as 400, a generation without parameters is a preview (or 409 without a plan), an undo without a generation is 409,
 * and deleting athlete A's own template changes nothing when there is none. The pages' forms are as harmless: an
 * empty template and a range of "x" are refused as 400, resetting athlete A's template changes nothing when there is
 * none, and an undo without the generation's id undoes nothing.
 */
public class MicrocycleRoutes implements RouteTable {

    @Override
    public List<RouteRule> rules(World w) {
        String apiTeam = "/api/v1/teams/" + w.teamA();
        String apiAthlete = "/api/v1/athletes/" + w.athleteA() + "/template";
        String template = "/teams/" + w.teamA() + "/template";
        String athleteTemplate = "/athletes/" + w.athleteA() + "/template";
        String generate = "/teams/" + w.teamA() + "/plan/generate";
        List<RouteRule> rules = new ArrayList<>(List.of(
                api("GET", "/api/v1/teams/{teamId}/template", apiTeam + "/template", Rule.TEAM_STAFF),
                api("PUT", "/api/v1/teams/{teamId}/template", apiTeam + "/template", Rule.TEAM_STAFF),
                api("GET", "/api/v1/athletes/{id}/template", apiAthlete, Rule.TEAM_STAFF),
                api("PUT", "/api/v1/athletes/{id}/template", apiAthlete, Rule.TEAM_STAFF),
                api("DELETE", "/api/v1/athletes/{id}/template", apiAthlete, Rule.TEAM_STAFF),
                api("POST", "/api/v1/teams/{teamId}/plan/generate", apiTeam + "/plan/generate", Rule.TEAM_STAFF),
                api("POST", "/api/v1/teams/{teamId}/plan/generate/undo", apiTeam + "/plan/generate/undo",
                        Rule.TEAM_STAFF),
                get("/teams/{teamId}/template", template, Rule.TEAM_STAFF),
                post("/teams/{teamId}/template", template, Rule.TEAM_STAFF, Map.of("kind", "")),
                get("/athletes/{athleteId}/template", athleteTemplate, Rule.TEAM_STAFF),
                post("/athletes/{athleteId}/template", athleteTemplate, Rule.TEAM_STAFF, Map.of("kind", "")),
                post("/athletes/{athleteId}/template/reset", athleteTemplate + "/reset", Rule.TEAM_STAFF),
                get("/teams/{teamId}/plan/generate", generate, Rule.TEAM_STAFF),
                post("/teams/{teamId}/plan/generate", generate, Rule.TEAM_STAFF, Map.of("from", "x")),
                post("/teams/{teamId}/plan/generate/undo", generate + "/undo", Rule.TEAM_STAFF)));
        return rules;
    }
}
