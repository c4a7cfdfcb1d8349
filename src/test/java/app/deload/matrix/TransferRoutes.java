package app.deload.matrix;

import static app.deload.matrix.RouteRule.get;
import static app.deload.matrix.RouteRule.post;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

import app.deload.athlete.Athlete;
import app.deload.team.Team;
import app.deload.transfer.PendingImport;
import app.deload.transfer.TransferKind;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * CSV import and export of a team. Posts carry no file and no checksum, so the upload answers 400 and the
 * confirmation and discard of the pending import made here answer 400 and leave it waiting for the next caller.
 */
public class TransferRoutes implements RouteTable {

    @Override
    public List<RouteRule> rules(World w) {
        String base = "/teams/" + w.teamA();
        String pending = base + "/import/" + pendingImport(w.teamA(), w.athleteA());
        return List.of(
                get("/teams/{teamId}/import", base + "/import", Rule.TEAM_STAFF),
                post("/teams/{teamId}/import", base + "/import", Rule.TEAM_STAFF),
                get("/teams/{teamId}/import/{importId}", pending, Rule.TEAM_STAFF),
                post("/teams/{teamId}/import/{importId}/confirm", pending + "/confirm", Rule.TEAM_STAFF),
                post("/teams/{teamId}/import/{importId}/discard", pending + "/discard", Rule.TEAM_STAFF),
                get("/teams/{teamId}/import/template/{kind}.csv", base + "/import/template/wellness.csv",
                        Rule.TEAM_STAFF),
                get("/teams/{teamId}/export/sessions.csv", base + "/export/sessions.csv", Rule.TEAM_STAFF),
                get("/teams/{teamId}/export/wellness.csv", base + "/export/wellness.csv", Rule.TEAM_STAFF));
    }

    /** A checked wellness import of one row for the athlete, waiting for confirmation. */
    private static long pendingImport(long teamId, long athleteId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            String code = Athlete.<Athlete>findById(athleteId).code;
            String payload = "line," + TransferKind.WELLNESS.header() + "\r\n2," + code + "," + LocalDate.of(2026, 1, 5)
                    + ",4,4,3,5,4,7.5,,,,\r\n";
            PendingImport pending = new PendingImport();
            pending.team = Team.findById(teamId);
            pending.kind = TransferKind.WELLNESS;
            pending.fileName = "matrix.csv";
            pending.rowCount = 1;
            pending.payload = payload;
            pending.checksum = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(payload.getBytes(StandardCharsets.UTF_8)));
            pending.createdBy = "matrix";
            pending.expiresAt = Instant.now().plus(Duration.ofHours(1));
            pending.persist();
            return pending.id;
        });
    }
}
