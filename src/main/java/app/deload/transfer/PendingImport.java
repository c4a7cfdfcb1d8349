package app.deload.transfer;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import app.deload.audit.AuditedEntity;
import app.deload.team.Team;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.ManyToOne;

/**
 * A checked upload waiting for its team's staff to confirm it, kept in the database (not in memory) so any
 * instance can confirm it. It expires after {@link #LIFETIME}; confirming deletes it in the transaction that
 * writes the data, so an import is written at most once.
 */
@Entity
public class PendingImport extends AuditedEntity {

    static final Duration LIFETIME = Duration.ofHours(1);
    static final int MAX_FILE_NAME = 200;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "team_id")
    public Team team;

    @Enumerated(EnumType.STRING)
    public TransferKind kind;

    public String fileName;
    public int rowCount;
    /** The checked rows as CSV, each with its line in the uploaded file (see {@link ImportFile#payload}). */
    public String payload;
    /** SHA-256 of the payload: the confirmation names it, so it confirms exactly what the preview showed. */
    public String checksum;
    public String createdBy;
    public Instant expiresAt;

    static PendingImport store(Team team, TransferKind kind, String fileName, int rowCount, String payload,
            String username, Instant now) {
        PendingImport pending = new PendingImport();
        pending.team = team;
        pending.kind = kind;
        pending.fileName = fileName;
        pending.rowCount = rowCount;
        pending.payload = payload;
        pending.checksum = ImportFile.checksum(payload);
        pending.createdBy = username;
        pending.expiresAt = now.plus(LIFETIME);
        pending.persist();
        return pending;
    }

    /** The team's import with this id unless it has expired. */
    static Optional<PendingImport> findForTeam(long id, Team team, Instant now) {
        return find("id = ?1 and team = ?2 and expiresAt > ?3", id, team, now).singleResultOptional();
    }

    /**
     * The same, locked for the confirming transaction: a second confirmation of the import waits here until the
     * first one has committed (and deleted it), then finds nothing.
     */
    static Optional<PendingImport> lockForTeam(long id, Team team, Instant now) {
        return find("id = ?1 and team = ?2 and expiresAt > ?3", id, team, now)
                .withLock(LockModeType.PESSIMISTIC_WRITE).singleResultOptional();
    }

    static long deleteExpired(Instant now) {
        return delete("expiresAt <= ?1", now);
    }
}
