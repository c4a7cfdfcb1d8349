package app.deload.microcycle;

import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The week template page's form: per weekday (Monday first) its kind, {@link #ROWS} session rows and the
 * active-recovery fields, then what an event day becomes. Every field is a list in page order; missing values count
 * as empty. {@code action} "check" only checks the week, anything else saves.
 */
public record TemplateForm(
        @RestForm List<String> kind,
        @RestForm List<String> type,
        @RestForm List<String> start,
        @RestForm List<String> minutes,
        @RestForm List<String> rpe,
        @RestForm List<String> share,
        @RestForm List<String> recoveryStart,
        @RestForm List<String> recoveryMinutes,
        @RestForm List<String> recoveryRpe,
        @RestForm List<String> recoveryActivity,
        @RestForm String matchStart,
        @RestForm String matchMinutes,
        @RestForm String matchRpe,
        @RestForm String hardDaysConfirmed,
        @RestForm String rows,
        @RestForm String action) {

    /** Session rows per day on the page, at least; a stored day with more sessions gets one row each. */
    public static final int ROWS = 3;
    private static final int MAX_ROWS = 12;

    public boolean checkOnly() {
        return "check".equals(action);
    }

    /** The values as the template parser takes them. */
    public TemplateInput input() {
        int perDay = rowsPerDay();
        List<TemplateInput.Day> days = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            List<TemplateInput.Session> sessions = new ArrayList<>();
            for (int r = 0; r < perDay; r++) {
                int i = d * perDay + r;
                sessions.add(new TemplateInput.Session(at(type, i), at(start, i), at(minutes, i), at(rpe, i),
                        at(share, i)));
            }
            days.add(new TemplateInput.Day(at(kind, d), sessions, new TemplateInput.Recovery(at(recoveryStart, d),
                    at(recoveryMinutes, d), at(recoveryRpe, d), at(recoveryActivity, d))));
        }
        return new TemplateInput(days, new TemplateInput.Session("match", orEmpty(matchStart), orEmpty(matchMinutes),
                orEmpty(matchRpe), ""), "true".equals(hardDaysConfirmed));
    }

    /** The rows per day the page showed. */
    public int rowsPerDay() {
        try {
            int n = Integer.parseInt(orEmpty(rows).trim());
            return n < ROWS || n > MAX_ROWS ? ROWS : n;
        } catch (NumberFormatException e) {
            return ROWS;
        }
    }

    private static String at(List<String> values, int index) {
        return values == null || index >= values.size() || values.get(index) == null ? "" : values.get(index);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
