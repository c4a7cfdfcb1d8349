package app.deload.account;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * One failed sign-in: which username, from which address, when. Kept in the database for the per-address limit
 * and password-spraying detection, so every instance counts the same failures.
 */
@Entity
@Table(name = "login_failure")
public class LoginFailure extends PanacheEntity {

    public String usernameKey;
    public String address;
    public Instant failedAt;

    static void record(String username, String address, Instant now) {
        LoginFailure failure = new LoginFailure();
        failure.usernameKey = User.normalize(username);
        failure.address = address;
        failure.failedAt = now;
        failure.persist();
    }

    static long countFrom(String address, Instant since) {
        return count("address = ?1 and failedAt > ?2", address, since);
    }

    static long countUsernamesFrom(String address, Instant since) {
        return getEntityManager().createQuery("select count(distinct f.usernameKey) from LoginFailure f "
                + "where f.address = ?1 and f.failedAt > ?2", Long.class)
                .setParameter(1, address).setParameter(2, since).getSingleResult();
    }

    static long countFor(String username, String address, Instant since) {
        return count("usernameKey = ?1 and address = ?2 and failedAt > ?3", User.normalize(username), address, since);
    }

    static void clearFor(String username) {
        delete("usernameKey", User.normalize(username));
    }

    static long deleteBefore(Instant before) {
        return delete("failedAt < ?1", before);
    }
}
