package app.deload.privacy;

import java.time.Instant;
import java.util.Optional;

import app.deload.athlete.Athlete;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An athlete's consent to the notice they were shown, given when they created their login. */
@Entity
@Table(name = "athlete_consent")
public class AthleteConsent extends PanacheEntity {

    @ManyToOne(optional = false)
    public Athlete athlete;

    public String noticeVersion;

    public Instant givenAt;

    public static Optional<AthleteConsent> findFor(Athlete athlete) {
        return find("athlete", athlete).firstResultOptional();
    }

    public static AthleteConsent give(Athlete athlete, ConsentNotice notice, Instant at) {
        AthleteConsent consent = findFor(athlete).orElseGet(AthleteConsent::new);
        consent.athlete = athlete;
        consent.noticeVersion = notice.version();
        consent.givenAt = at;
        consent.persist();
        return consent;
    }
}
