package app.deload.account;

import java.time.Instant;
import java.util.List;

/** A session as listed on the account page. */
public record SessionRow(long id, String device, String address, Instant signedInAt, Instant lastSeenAt,
        Instant expiresAt, boolean remembered, boolean current) {

    public static List<SessionRow> of(List<UserSession> sessions, Long currentId) {
        return sessions.stream().map(s -> new SessionRow(s.id, UserAgents.describe(s.userAgent), s.address, s.createdAt,
                s.lastSeenAt, s.expiresAt, s.remembered, s.id.equals(currentId))).toList();
    }

    public String endAction() {
        return "/account/sessions/" + id + "/end";
    }
}
