package app.deload.planning.microcycle;

/**
 * One check of a week.
 *
 * @param ok      passed, or confirmed by the coach where a confirmation is allowed
 * @param message what was found, in plain words
 */
public record WeekCheck(Kind kind, boolean ok, String message) {
    public enum Kind {
        HARD_DAYS("no two hard days in a row"),
        REST_DAY("at least one rest day"),
        RECOVERY_AFTER_MATCH("active recovery after a match"),
        WEEK_LOAD("weekly load within 5 % of the plan");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
