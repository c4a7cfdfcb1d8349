package app.deload.athlete;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import app.deload.account.TokenHash;
import app.deload.audit.CurrentActor;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * A one-time link with which an athlete creates their own login. Only the SHA-256 of the token is stored,
 * so the link is shown once, to the coach or admin who made it.
 */
@Entity
public class Invitation extends PanacheEntity {

    private static final SecureRandom RANDOM = new SecureRandom();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "athlete_id")
    public Athlete athlete;

    public String tokenHash;
    public Instant expiresAt;
    public Instant usedAt;
    /** Set when a newer link for the same athlete replaced this one. */
    public Instant revokedAt;
    public String createdBy;
    public Instant createdAt;

    /** Creates the invitation, revoking the athlete's earlier ones, and returns its token in clear, for the link. */
    public static String issue(Athlete athlete, Instant expiresAt) {
        update("revokedAt = ?1 where athlete = ?2 and usedAt is null and revokedAt is null", Instant.now(), athlete);
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Invitation invitation = new Invitation();
        invitation.athlete = athlete;
        invitation.tokenHash = hash(token);
        invitation.expiresAt = expiresAt;
        invitation.createdBy = CurrentActor.username();
        invitation.createdAt = Instant.now();
        invitation.persist();
        return token;
    }

    /** The unused, unexpired invitation for this token, with its athlete. */
    public static Optional<Invitation> findUsable(String token, Instant now) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return find("from Invitation i join fetch i.athlete a join fetch a.team "
                + "where i.tokenHash = ?1 and i.usedAt is null and i.revokedAt is null and i.expiresAt > ?2", hash(token), now)
                .firstResultOptional();
    }

    public static Optional<Invitation> latestFor(Athlete athlete) {
        return find("athlete = ?1 order by createdAt desc", athlete).firstResultOptional();
    }

    static String hash(String token) {
        return TokenHash.of(token);
    }
}
