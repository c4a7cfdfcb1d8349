package app.deload.account;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One signed-in browser. Its cookie holds a 256-bit random token of which only the SHA-256 is stored; every
 * request looks the row up together with its user (one indexed lookup), so ending the row, deactivating the
 * user or passing the lifetime signs that browser out on every instance at once.
 */
@Entity
@Table(name = "user_session")
public class UserSession extends PanacheEntity {

    public static final String COOKIE = "deload-session";
    /** Recording each request would mean a write per request; a minute is precise enough for idle and listing. */
    static final Duration LAST_SEEN_PRECISION = Duration.ofMinutes(1);
    static final int USER_AGENT_MAX_LENGTH = 300;
    private static final SecureRandom RANDOM = new SecureRandom();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    public User user;

    public String tokenHash;
    public boolean remembered;
    public Instant createdAt;
    public Instant lastSeenAt;
    public Instant expiresAt;
    public Instant endedAt;
    public String userAgent;
    public String address;

    /** A started session and its token in clear, which only the browser's cookie keeps. */
    public record Started(UserSession session, String token) {
    }

    public static Started start(User user, boolean remembered, Duration lifetime, String userAgent, String address,
            Instant now) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        UserSession session = new UserSession();
        session.user = user;
        session.tokenHash = hash(token);
        session.remembered = remembered;
        session.createdAt = now;
        session.lastSeenAt = now;
        session.expiresAt = now.plus(lifetime);
        session.userAgent = userAgent == null ? null
                : userAgent.substring(0, Math.min(userAgent.length(), USER_AGENT_MAX_LENGTH));
        session.address = address == null ? "unknown" : address;
        session.persist();
        return new Started(session, token);
    }

    /**
     * The open session behind a cookie, with its user, when the user is active, the session has not ended, its
     * lifetime has not passed and (unless kept signed in) it was used within the idle timeout.
     */
    public static Optional<UserSession> findOpen(String token, Instant now, Duration idleTimeout) {
        if (token == null || token.length() != 43) {
            return Optional.empty();
        }
        return find("from UserSession s join fetch s.user u where s.tokenHash = ?1 and s.endedAt is null "
                + "and s.expiresAt > ?2 and u.active = true and (s.remembered = true or s.lastSeenAt > ?3)",
                hash(token), now, now.minus(idleTimeout)).firstResultOptional();
    }

    /** The user's open sessions, most recently used first, for the account page. */
    public static List<UserSession> listOpenFor(User user, Instant now, Duration idleTimeout) {
        return list("user = ?1 and endedAt is null and expiresAt > ?2 and (remembered = true or lastSeenAt > ?3) "
                + "order by lastSeenAt desc, id desc", user, now, now.minus(idleTimeout));
    }

    /** One of the user's own sessions, or empty: another user's session is treated as absent. */
    public static Optional<UserSession> findOwnedBy(long id, User user) {
        return find("id = ?1 and user = ?2", id, user).firstResultOptional();
    }

    /** Ends every open session of the user (sign-out everywhere, password change, deactivation). */
    public static int endAllFor(User user, Instant now) {
        return update("endedAt = ?1 where user = ?2 and endedAt is null", now, user);
    }

    /** Whether this username signed in successfully from this address since the given instant. */
    public static boolean signedInFrom(String username, String address, Instant since) {
        return count("user.username = ?1 and address = ?2 and createdAt > ?3", User.normalize(username), address,
                since) > 0;
    }

    /** Deletes sessions that ended or expired before the given instant. */
    public static long deleteClosedBefore(Instant before) {
        return delete("expiresAt < ?1 or endedAt < ?1", before);
    }

    public void end(Instant now) {
        if (endedAt == null) {
            endedAt = now;
        }
    }

    /** A conditional bulk update: instances racing on the same session write at most once a minute. */
    void recordUse(Instant now) {
        Instant stale = now.minus(LAST_SEEN_PRECISION);
        if (lastSeenAt.isBefore(stale)) {
            update("lastSeenAt = ?1 where id = ?2 and lastSeenAt < ?3", now, id, stale);
        }
    }

    static String hash(String token) {
        return TokenHash.of(token);
    }
}
