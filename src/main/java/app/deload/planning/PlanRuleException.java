package app.deload.planning;

/** A plan input that breaks a planning rule; the message is written for the coach, the field names the input. */
public class PlanRuleException extends IllegalArgumentException {
    private final String field;

    public PlanRuleException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
