package app.deload.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

/**
 * Failed sign-ins per username, kept in the database so that every instance behind the load balancer
 * sees the same count. Unknown usernames are throttled exactly like real ones, so a lock reveals nothing.
 */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle extends PanacheEntityBase {

    @Id
    public String usernameKey;
    public int failures;
    public Instant lockedUntil;
    public Instant lastFailureAt;

    public static boolean isLocked(String username, Instant now) {
        LoginThrottle throttle = findById(User.normalize(username));
        return throttle != null && throttle.lockedUntil != null && throttle.lockedUntil.isAfter(now);
    }

    /** Counts one failure; returns true when this failure locks the username. */
    public static boolean recordFailure(String username, Instant now, int maxFailures, Duration lock) {
        String key = User.normalize(username);
        LoginThrottle throttle = findById(key, LockModeType.PESSIMISTIC_WRITE);
        if (throttle == null) {
            throttle = new LoginThrottle();
            throttle.usernameKey = key;
        } else if (throttle.lockedUntil != null && !throttle.lockedUntil.isAfter(now)) {
            throttle.failures = 0;
            throttle.lockedUntil = null;
        }
        throttle.failures++;
        throttle.lastFailureAt = now;
        boolean locks = throttle.failures >= maxFailures;
        if (locks) {
            throttle.lockedUntil = now.plus(lock);
        }
        throttle.persist();
        return locks;
    }

    public static void clear(String username) {
        deleteById(User.normalize(username));
    }

    /** An admin's unlock: the lock and the username's recorded failures go. */
    public static void unlock(String username) {
        clear(username);
        LoginFailure.clearFor(username);
    }

    /** The usernames locked now, for the admin's user list (one query). */
    public static Set<String> lockedUsernames(Instant now) {
        return LoginThrottle.<LoginThrottle>list("lockedUntil > ?1", now).stream().map(t -> t.usernameKey)
                .collect(Collectors.toSet());
    }
}
