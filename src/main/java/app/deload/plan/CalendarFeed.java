package app.deload.plan;

import app.deload.athlete.Athlete;
import app.deload.audit.AuditedEntity;
import app.deload.team.Team;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A secret iCalendar feed URL of a team or of one athlete. The token is shown once when the feed is created;
 * only its SHA-256 and a short prefix are stored, and a revoked feed answers 404 like an unknown one.
 */
@Entity
public class CalendarFeed extends AuditedEntity {

    static final String MARK = "cal_";
    private static final int PREFIX_LENGTH = MARK.length() + 6;
    private static final Pattern FORMAT = Pattern.compile("cal_[A-Za-z0-9_-]{40}");
    private static final SecureRandom RANDOM = new SecureRandom();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "team_id")
    public Team team;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "athlete_id")
    public Athlete athlete;

    public String tokenHash;
    public String tokenPrefix;
    public Instant revokedAt;

    /** Creates a feed for the team or the athlete (exactly one) and returns its token in clear. */
    static String issue(Team team, Athlete athlete) {
        byte[] secret = new byte[30];
        RANDOM.nextBytes(secret);
        String token = MARK + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        CalendarFeed feed = new CalendarFeed();
        feed.team = team;
        feed.athlete = athlete;
        feed.tokenHash = hash(token);
        feed.tokenPrefix = token.substring(0, PREFIX_LENGTH);
        feed.persist();
        return token;
    }

    /** The unrevoked feed behind a token, with its team or athlete (and the athlete's team). */
    static Optional<CalendarFeed> findUsable(String token) {
        if (token == null || !FORMAT.matcher(token).matches()) {
            return Optional.empty();
        }
        return find("from CalendarFeed f left join fetch f.team left join fetch f.athlete a left join fetch a.team "
                + "where f.tokenHash = ?1 and f.revokedAt is null", hash(token)).firstResultOptional();
    }

    static List<CalendarFeed> listForTeam(Team team) {
        return list("team = ?1 order by createdAt desc, id desc", team);
    }

    static List<CalendarFeed> listForAthlete(Athlete athlete) {
        return list("athlete = ?1 order by createdAt desc, id desc", athlete);
    }

    static Optional<CalendarFeed> findForTeam(Team team, long id) {
        return find("team = ?1 and id = ?2", team, id).firstResultOptional();
    }

    static Optional<CalendarFeed> findForAthlete(Athlete athlete, long id) {
        return find("athlete = ?1 and id = ?2", athlete, id).firstResultOptional();
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
