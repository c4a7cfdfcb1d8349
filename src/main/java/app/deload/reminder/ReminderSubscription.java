package app.deload.reminder;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A user's opt-in: reminders go to this address until they switch them off. */
@Entity
@Table(name = "reminder_subscription")
public class ReminderSubscription extends PanacheEntityBase {

    @Id
    public Long userId;
    public String email;
    public Instant createdAt;

    public static Optional<ReminderSubscription> findForUser(long userId) {
        return findByIdOptional(userId);
    }

    /** Addresses by user id, for the users given. */
    public static Map<Long, String> emailsOf(List<Long> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        return ReminderSubscription.<ReminderSubscription>list("userId in ?1", userIds).stream()
                .collect(Collectors.toMap(s -> s.userId, s -> s.email));
    }
}
