package app.deload.transfer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import app.deload.athlete.Athlete;
import app.deload.signals.MetricsLedger;
import app.deload.ops.DomainCounters;
import app.deload.team.Team;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/**
 * Confirms a pending import in ONE database transaction: it locks the pending row, checks its rows again against
 * the team as it is now, deletes the pending row and writes every row, or nothing. A failure anywhere (a database
 * constraint, a concurrent change, the process dying) rolls all of it back, the pending row included, so the
 * import is written completely or not at all, and at most once.
 */
@ApplicationScoped
public class ImportConfirmation {

    @Inject
    MetricsLedger ledger;

    @Inject
    DomainCounters counters;

    /** How a confirmation ended. */
    public sealed interface Outcome {
    }

    /** Written; the pending import is gone. */
    public record Imported(ImportEffects effects) implements Outcome {
    }

    /** The rows no longer pass (e.g. an athlete left the team): nothing written, the import still waits. */
    public record Refused(PendingImport pending, List<RowProblem> problems) implements Outcome {
    }

    /** The confirmation names another version of the import than the one stored: nothing written. */
    public record Mismatch() implements Outcome {
    }

    /** Already confirmed, discarded or expired: nothing (more) written. */
    public record Gone() implements Outcome {
    }

    /** @throws jakarta.persistence.PersistenceException when the database refuses a write; all is rolled back */
    @Transactional
    public Outcome confirm(long teamId, long importId, String checksum, String username) {
        Instant now = Instant.now();
        Team team = Team.findById(teamId);
        Optional<PendingImport> found = PendingImport.lockForTeam(importId, team, now);
        if (found.isEmpty()) {
            return new Gone();
        }
        PendingImport pending = found.get();
        if (!pending.checksum.equals(checksum) || !pending.checksum.equals(ImportFile.checksum(pending.payload))) {
            return new Mismatch();
        }
        Roster roster = Roster.of(lockAthletes(team));
        Checked<? extends ImportRow> checked = ImportFile.checkPayload(pending.kind, pending.payload, roster,
                ZonedDateTime.now(team.zone()));
        if (!checked.valid()) {
            return new Refused(pending, checked.problems());
        }
        ImportPlan plan = ImportPlan.of(pending.kind, team, checked.rows());
        pending.delete();
        plan.apply(username, now);
        PendingImport.flush();
        Map<Long, LocalDate> earliest = new TreeMap<>();
        for (ImportRow row : checked.rows()) {
            earliest.merge(row.athleteId(), row.date(), (a, b) -> a.isBefore(b) ? a : b);
        }
        earliest.forEach((athleteId, from) -> ledger.changed(team, List.of(athleteId), from));
        counters.importConfirmed(pending.kind.name().toLowerCase(), checked.rows().size());
        return new Imported(plan.effects());
    }

    /**
     * Locks the team's athletes, in id order: two confirmations for one team run one after the other (so they
     * cannot both create the same session), as do an athlete's own questionnaire and an import of their wellness.
     */
    private static List<Athlete> lockAthletes(Team team) {
        return Athlete.find("team = ?1 order by id", team).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }
}
