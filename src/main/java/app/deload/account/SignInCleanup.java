package app.deload.account;

import java.time.Instant;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Deletes failed sign-ins that no limit counts any more and sessions that closed longer ago than an address stays
 * known. Every instance runs it; the deletes are idempotent.
 */
@ApplicationScoped
public class SignInCleanup {

    @Inject
    LoginPolicy policy;

    @Scheduled(every = "${deload.cleanup.every}", delayed = "2m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void deleteStale() {
        Instant now = Instant.now();
        LoginFailure.deleteBefore(now.minus(policy.lockDuration()));
        UserSession.deleteClosedBefore(now.minus(policy.knownAddressPeriod()));
    }
}
