package app.deload.transfer;

import java.time.Instant;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Deletes imports nobody confirmed within their hour. Every instance runs it; the delete is idempotent, so
 * several instances sharing one database need no coordination.
 */
@ApplicationScoped
public class PendingImportCleanup {

    @Scheduled(every = "${deload.cleanup.every}", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void deleteExpired() {
        PendingImport.deleteExpired(Instant.now());
    }
}
