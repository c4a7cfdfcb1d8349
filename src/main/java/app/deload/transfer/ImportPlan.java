package app.deload.transfer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import app.deload.team.Team;

/**
 * What importing checked rows into a team would do, worked out against the team's data as it is now with a
 * fixed number of queries; {@link #apply} then writes it (in the caller's transaction).
 */
interface ImportPlan {

    ImportEffects effects();

    /** Writes the plan as {@code username} at {@code now}; needs a transaction. */
    void apply(String username, Instant now);

    static ImportPlan of(TransferKind kind, Team team, List<? extends ImportRow> rows) {
        return switch (kind) {
            case SESSIONS -> SessionImport.plan(team, rows.stream().map(SessionRow.class::cast).toList());
            case WELLNESS -> WellnessImport.plan(team, rows.stream().map(WellnessRow.class::cast).toList());
        };
    }

    /** The first and last date of the rows (there is at least one row). */
    static LocalDate first(List<? extends ImportRow> rows) {
        return rows.stream().map(ImportRow::date).min(Comparator.naturalOrder()).orElseThrow();
    }

    static LocalDate last(List<? extends ImportRow> rows) {
        return rows.stream().map(ImportRow::date).max(Comparator.naturalOrder()).orElseThrow();
    }
}
