package app.deload.transfer;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import app.deload.team.Team;
import app.deload.web.FormErrors;

/**
 * The import page: the upload form, the columns of each kind, and, after a refused upload, every line that
 * cannot be imported. It also offers the exports, which write the same formats.
 */
public record ImportPage(long teamId, String teamName, String timeZone, String action, String rosterHref,
        List<KindView> kinds, FormErrors errors, List<RowProblem> problems, String fileName, String maxRows,
        int maxMegabytes, LocalDate exportFrom, LocalDate exportTo, String sessionsExport, String wellnessExport) {

    /** One kind of file with its columns and template, checked in the form when it was chosen. */
    public record KindView(String key, String label, String header, List<TransferKind.Column> columns,
            String templateHref, boolean chosen) {
    }

    static ImportPage of(Team team, String chosenKind, FormErrors errors, List<RowProblem> problems,
            String fileName) {
        String action = ImportResource.formHref(team.id);
        List<KindView> kinds = Arrays.stream(TransferKind.values()).map(k -> new KindView(k.key(), k.label(),
                k.header(), k.columns(), action + "/template/" + k.key() + ".csv", k.key().equals(chosenKind)))
                .toList();
        LocalDate today = LocalDate.now(team.zone());
        String export = ExportResource.baseHref(team.id);
        return new ImportPage(team.id, team.name, team.timeZone, action, "/teams/" + team.id, kinds, errors,
                List.copyOf(problems), fileName, String.format(Locale.ROOT, "%,d", ImportFile.MAX_ROWS),
                ImportFile.MAX_BYTES / (1024 * 1024),
                today.minusDays(ExportResource.DEFAULT_DAYS - 1), today, export + "/sessions.csv",
                export + "/wellness.csv");
    }

    public boolean refused() {
        return !problems.isEmpty();
    }

    /** "3 lines of sessions.csv cannot be imported." */
    public String problemHeadline() {
        return (problems.size() == 1 ? "1 line" : problems.size() + " lines") + " of " + fileName
                + " cannot be imported.";
    }
}
