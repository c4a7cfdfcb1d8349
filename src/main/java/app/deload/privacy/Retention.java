package app.deload.privacy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import app.deload.athlete.Athlete;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The club's retention period for deactivated athletes ({@code DELOAD_RETENTION_DAYS}, 0 = keep until an admin
 * erases): once a night, every athlete deactivated longer ago than that is erased like an admin's erasure, each in
 * its own transaction. "Deactivated since" is the athlete's last change while inactive, so an edit of an inactive
 * athlete restarts the period (never shortens it). Several instances may run it at once; the second finds nothing.
 */
@ApplicationScoped
public class Retention {

    private static final Logger LOG = Logger.getLogger(Retention.class);

    @ConfigProperty(name = "deload.retention.deactivated-days")
    int days;

    @Inject
    Erasure erasure;

    public boolean enabled() {
        return days > 0;
    }

    public String describe() {
        return enabled()
                ? "Data of athletes who leave (are deactivated) is erased " + days + " days after they were deactivated."
                : "The club has set no retention period: data of deactivated athletes stays until an administrator "
                        + "erases it.";
    }

    @Scheduled(cron = "${deload.retention.cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly() {
        if (enabled()) {
            eraseExpired(Instant.now());
        }
    }

    /** @return how many athletes were erased */
    public int eraseExpired(Instant now) {
        Instant cutoff = now.minus(Duration.ofDays(days));
        List<Long> expired = QuarkusTransaction.requiringNew().call(() -> Athlete.listIdsDeactivatedBefore(cutoff));
        for (long id : expired) {
            erasure.erase(id, "retention: deactivated for more than " + days + " days");
        }
        if (!expired.isEmpty()) {
            LOG.infof("Retention erased %d athletes deactivated before %s", expired.size(), cutoff);
        }
        return expired.size();
    }
}
