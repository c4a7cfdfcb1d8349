package app.deload.microcycle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A week template as the template page's form sends it: lists in page order, three session rows per day. */
final class TemplateWeek {

    static final int ROWS = 3;

    private final String[] kinds = new String[7];
    private final String[][][] sessions = new String[7][ROWS][];
    private final String[][] recovery = new String[7][];
    private boolean confirmed;

    /** Rest Monday, training Tuesday to Friday (shares 20, 40, 25, 15), a Saturday match and Sunday active recovery. */
    static TemplateWeek matchWeek() {
        return new TemplateWeek().rest(0)
                .training(1, "strength", "17:00", "45", "5", "20")
                .training(2, "skill", "18:00", "75", "7", "40")
                .training(3, "conditioning", "18:00", "60", "5", "25")
                .training(4, "skill", "18:00", "45", "3", "15")
                .training(5, "match", "15:00", "90", "8", "")
                .recovery(6, "10:00", "30", "2");
    }

    TemplateWeek rest(int day) {
        kinds[day] = "rest";
        sessions[day] = new String[ROWS][];
        return this;
    }

    /** Each session: type, start, minutes, rpe, share. */
    TemplateWeek training(int day, String... values) {
        kinds[day] = "training";
        sessions[day] = new String[ROWS][];
        for (int i = 0; i * 5 < values.length; i++) {
            sessions[day][i] = java.util.Arrays.copyOfRange(values, i * 5, i * 5 + 5);
        }
        return this;
    }

    TemplateWeek recovery(int day, String start, String minutes, String rpe) {
        kinds[day] = "active_recovery";
        sessions[day] = new String[ROWS][];
        recovery[day] = new String[] { start, minutes, rpe };
        return this;
    }

    TemplateWeek confirmed() {
        confirmed = true;
        return this;
    }

    Map<String, Object> form(String action) {
        Map<String, List<String>> lists = new HashMap<>();
        for (String name : List.of("kind", "type", "start", "minutes", "rpe", "share", "recoveryStart",
                "recoveryMinutes", "recoveryRpe", "recoveryActivity")) {
            lists.put(name, new ArrayList<>());
        }
        String[] sessionFields = { "type", "start", "minutes", "rpe", "share" };
        for (int d = 0; d < 7; d++) {
            lists.get("kind").add(kinds[d]);
            for (int r = 0; r < ROWS; r++) {
                String[] s = sessions[d] == null ? null : sessions[d][r];
                for (int f = 0; f < 5; f++) {
                    lists.get(sessionFields[f]).add(s == null ? "" : s[f]);
                }
            }
            String[] rec = recovery[d] == null ? new String[] { "", "30", "2" } : recovery[d];
            lists.get("recoveryStart").add(rec[0]);
            lists.get("recoveryMinutes").add(rec[1]);
            lists.get("recoveryRpe").add(rec[2]);
            lists.get("recoveryActivity").add("");
        }
        Map<String, Object> form = new HashMap<>(lists);
        form.put("matchStart", "15:00");
        form.put("matchMinutes", "90");
        form.put("matchRpe", "8");
        form.put("rows", Integer.toString(ROWS));
        form.put("action", action);
        if (confirmed) {
            form.put("hardDaysConfirmed", "true");
        }
        return form;
    }
}
