package app.deload.api;

import java.time.Instant;
import java.util.List;

/** A token as listed on the token page: never the token itself, only its prefix. */
public record TokenRow(long id, String name, String prefix, Instant createdAt, Instant lastUsedAt, Instant expiresAt,
        Instant revokedAt, boolean active) {

    public static List<TokenRow> of(List<ApiToken> tokens, Instant now) {
        return tokens.stream().map(t -> new TokenRow(t.id, t.name, t.tokenPrefix, t.createdAt, t.lastUsedAt,
                t.expiresAt, t.revokedAt, t.isActive(now))).toList();
    }

    /** "active", "revoked" or "expired", for the status column. */
    public String status() {
        return active ? "active" : revokedAt != null ? "revoked" : "expired";
    }

    public String revokeAction() {
        return "/account/tokens/" + id + "/revoke";
    }
}
