package app.deload.matrix;

import static app.deload.matrix.RouteRule.api;
import static app.deload.matrix.RouteRule.get;
import static app.deload.matrix.RouteRule.post;

import java.util.List;
import java.util.Map;

import app.deload.support.ApiTokens;

/**
 * The JSON API under /api/v1 (callers authenticate with their API token; anonymous gets a 401 problem) and the
 * API token page of every account.
 */
public class ApiRoutes implements RouteTable {

    @Override
    public List<RouteRule> rules(World w) {
        long athletesToken = ApiTokens.idOf(ApiTokens.issue(w.athlete()));
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
                        Rule.TEAM_STAFF));
    }
}
