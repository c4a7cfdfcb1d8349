package app.deload.api;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import app.deload.account.TokenHash;
import app.deload.account.User;
import app.deload.audit.AuditedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * A personal API token. The clear token is shown once to its owner; the database keeps only its SHA-256 and
 * a short prefix, so a leaked database does not leak working tokens.
 */
@Entity
public class ApiToken extends AuditedEntity {

    public static final String MARK = "dl_";
    public static final int MAX_ACTIVE_PER_USER = 20;
    public static final int NAME_MAX_LENGTH = 60;
    /** Recording each use would mean a write per request; a minute is precise enough to spot unused tokens. */
    static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);
    private static final int PREFIX_LENGTH = MARK.length() + 8;
    private static final Pattern FORMAT = Pattern.compile("dl_[A-Za-z0-9_-]{40}");
    private static final SecureRandom RANDOM = new SecureRandom();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    public User user;

    public String name;
    public String tokenPrefix;
    public String tokenHash;
    public Instant expiresAt;
    public Instant lastUsedAt;
    public Instant revokedAt;

    /** What a valid token stands for: whose it is and with which role they act. */
    public record Bearer(long tokenId, String username, String role) {
    }

    /** Creates a token for the user and returns it in clear, the only time it exists outside the client. */
    public static String issue(User user, String name, Instant expiresAt) {
        byte[] secret = new byte[30];
        RANDOM.nextBytes(secret);
        String token = MARK + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiToken apiToken = new ApiToken();
        apiToken.user = user;
        apiToken.name = name.trim();
        apiToken.tokenPrefix = token.substring(0, PREFIX_LENGTH);
        apiToken.tokenHash = hash(token);
        apiToken.expiresAt = expiresAt;
        apiToken.persist();
        return token;
    }

    /**
     * The bearer behind a token that is neither revoked nor expired and whose user is active; records the use
     * when the last recorded one is older than {@link #LAST_USED_PRECISION}.
     */
    public static Optional<Bearer> authenticate(String token, Instant now) {
        if (token == null || !FORMAT.matcher(token).matches()) {
            return Optional.empty();
        }
        Optional<ApiToken> found = find("from ApiToken t join fetch t.user u where t.tokenHash = ?1 "
                + "and t.revokedAt is null and (t.expiresAt is null or t.expiresAt > ?2) and u.active = true",
                hash(token), now).firstResultOptional();
        found.ifPresent(t -> t.recordUse(now));
        return found.map(t -> new Bearer(t.id, t.user.username, t.user.role));
    }

    /**
     * A conditional bulk update: instances racing on the same token write at most once, and the audit
     * columns stay untouched because using a token does not change it.
     */
    private void recordUse(Instant now) {
        Instant stale = now.minus(LAST_USED_PRECISION);
        if (lastUsedAt == null || lastUsedAt.isBefore(stale)) {
            update("lastUsedAt = ?1 where id = ?2 and (lastUsedAt is null or lastUsedAt < ?3)", now, id, stale);
        }
    }

    public static List<ApiToken> listForUser(User user) {
        return list("user = ?1 order by createdAt desc, id desc", user);
    }

    public static long countActiveForUser(User user, Instant now) {
        return count("user = ?1 and revokedAt is null and (expiresAt is null or expiresAt > ?2)", user, now);
    }

    /** One of the user's own tokens, or empty: another user's token is treated as absent. */
    public static Optional<ApiToken> findOwnedBy(long id, User user) {
        return find("id = ?1 and user = ?2", id, user).firstResultOptional();
    }

    /** Revokes every active token of the user (a password change ends all the user's credentials). */
    public static int revokeAllFor(User user, Instant now) {
        List<ApiToken> active = list("user = ?1 and revokedAt is null", user);
        active.forEach(t -> t.revoke(now));
        return active.size();
    }

    public boolean isActive(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    /** The SHA-256 of a token in hex, as stored. */
    public static String hash(String token) {
        return TokenHash.of(token);
    }
}
