package app.deload.matrix;

import static app.deload.matrix.RouteRule.get;

import java.util.List;

/** The team's reporting compliance. */
public class ComplianceRoutes implements RouteTable {

    @Override
    public List<RouteRule> rules(World w) {
        return List.of(get("/teams/{teamId}/compliance", "/teams/" + w.teamA() + "/compliance", Rule.TEAM_STAFF));
    }
}
