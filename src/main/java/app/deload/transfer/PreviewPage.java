package app.deload.transfer;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import app.deload.team.Team;

/**
 * The preview of a pending import: what confirming it would write, the first rows as they will be read, and
 * the confirm button; or, when its rows no longer pass, every line that does not and no button.
 */
public record PreviewPage(long teamId, String teamName, String timeZone, String kindLabel, String fileName,
        int rowCount, String createdBy, String expires, LocalDate first, LocalDate last, long athletes,
        List<ImportEffects.Effect> effects, List<String> columns, List<List<String>> sample, int moreRows,
        List<RowProblem> problems, String problem, String confirmAction, String discardAction, String checksum,
        String formHref) {

    static final int SAMPLE_ROWS = 10;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    static PreviewPage of(Team team, PendingImport pending, List<? extends ImportRow> rows, ImportEffects effects) {
        List<List<String>> sample = rows.stream().limit(SAMPLE_ROWS).map(ImportRow::cells).toList();
        return page(team, pending, ImportPlan.first(rows), ImportPlan.last(rows),
                rows.stream().mapToLong(ImportRow::athleteId).distinct().count(), effects.effects(), sample,
                List.of(), null);
    }

    static PreviewPage refused(Team team, PendingImport pending, List<RowProblem> problems, String problem) {
        return page(team, pending, null, null, 0, List.of(), List.of(), problems, problem);
    }

    private static PreviewPage page(Team team, PendingImport pending, LocalDate first, LocalDate last, long athletes,
            List<ImportEffects.Effect> effects, List<List<String>> sample, List<RowProblem> problems,
            String problem) {
        String href = ImportResource.previewHref(team.id, pending.id);
        return new PreviewPage(team.id, team.name, team.timeZone, pending.kind.label(), pending.fileName,
                pending.rowCount, pending.createdBy, STAMP.format(pending.expiresAt.atZone(team.zone())), first, last,
                athletes, effects, pending.kind.columnNames(), sample, Math.max(0, pending.rowCount - sample.size()),
                problems, problem, href + "/confirm", href + "/discard", pending.checksum,
                ImportResource.formHref(team.id));
    }

    public boolean confirmable() {
        return problems.isEmpty();
    }
}
