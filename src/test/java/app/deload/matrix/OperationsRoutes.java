package app.deload.matrix;

import static app.deload.matrix.RouteRule.get;

import java.util.List;

/** Operations: the audit log, data rights, backups and reminders. */
public class OperationsRoutes implements RouteTable {

    @Override
    public List<RouteRule> rules(World w) {
        return List.of(
                get("/admin/audit", "/admin/audit", Rule.ADMIN));
    }
}
