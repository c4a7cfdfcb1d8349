package app.deload.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;

import app.deload.web.FormErrors;
import app.deload.web.FormValues;

/**
 * The attendance page: one row per planned athlete (attendance id and the version the coach saw), whether
 * they attended, their minutes (empty = as planned) and their RPE (empty = not rated).
 */
public record CloseForm(
        @RestForm String version,
        @RestForm("row") List<String> rows,
        @RestForm List<String> rowVersion,
        @RestForm List<String> attended,
        @RestForm List<String> minutes,
        @RestForm List<String> rpe,
        @RestForm String minutesConfirmed) {

    /** Minutes this far above the plan are more often a typo (190 for 90) than a session: they are confirmed. */
    static boolean farAbovePlan(int minutes, int planned) {
        return minutes > 1.5 * planned && minutes - planned > 30;
    }

    /**
     * Asks beside each attended row whose minutes are far above the plan to confirm them, unless the coach has
     * ticked the confirmation; true when there is anything to confirm.
     */
    boolean askToConfirmMinutes(Map<Long, Parsed> parsed, int plannedMinutes, FormErrors errors) {
        if ("true".equals(minutesConfirmed)) {
            return false;
        }
        boolean ask = false;
        for (Map.Entry<Long, Parsed> row : parsed.entrySet()) {
            Integer mins = row.getValue().minutes();
            if (row.getValue().attended() && mins != null && farAbovePlan(mins, plannedMinutes)) {
                errors.add(CloseRow.minutesKey(row.getKey()), mins + " min is far more than the planned "
                        + plannedMinutes + " min. Correct it, or tick “These minutes are right” below and save again.");
                ask = true;
            }
        }
        return ask;
    }

    public CloseForm {
        version = SessionFields.orEmpty(version);
        rows = rows == null ? List.of() : List.copyOf(rows);
        rowVersion = rowVersion == null ? List.of() : List.copyOf(rowVersion);
        attended = attended == null ? List.of() : List.copyOf(attended);
        minutes = minutes == null ? List.of() : List.copyOf(minutes);
        rpe = rpe == null ? List.of() : List.copyOf(rpe);
    }

    public Long versionNumber() {
        return SessionFields.longOrNull(version);
    }

    /** The rows as submitted, or empty when the lists do not line up (not a form this page sent). */
    public List<Entry> entries() {
        int n = rows.size();
        if (rowVersion.size() != n || minutes.size() != n || rpe.size() != n) {
            return List.of();
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = rows.get(i).trim();
            entries.add(new Entry(id, rowVersion.get(i), attended.contains(id), minutes.get(i), rpe.get(i)));
        }
        return entries;
    }

    /** One submitted row, as typed. */
    public record Entry(String id, String version, boolean attended, String minutes, String rpe) {

        public Long idNumber() {
            return SessionFields.longOrNull(id);
        }

        public Long versionNumber() {
            return SessionFields.longOrNull(version);
        }

        /** Parses the row's values; problems are keyed by the row so they show beside its inputs. */
        Parsed parse(FormErrors errors) {
            Integer mins = FormValues.optionalInt(minutes, CloseRow.minutesKey(id), 1, 600, "minutes", errors);
            Integer rating = FormValues.optionalInt(rpe, CloseRow.rpeKey(id), Cr10.MIN, Cr10.MAX,
                    "on the CR-10 scale", errors);
            if (!attended && !FormValues.blank(rpe) && !errors.has(CloseRow.rpeKey(id))) {
                errors.add(CloseRow.rpeKey(id), "Tick attended or clear the rating: only attended sessions are rated.");
            }
            return new Parsed(attended, mins, rating);
        }
    }

    record Parsed(boolean attended, Integer minutes, Integer rpe) {
    }
}
