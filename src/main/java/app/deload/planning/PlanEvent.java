package app.deload.planning;

import java.time.LocalDate;

/**
 * A priority event: the two weeks before its week are a taper and its week is an event week.
 *
 * @param eventWeekLoad the event week's planned load; null: the taper's second week's load
 */
public record PlanEvent(LocalDate date, String name, Double eventWeekLoad) {
    public PlanEvent {
        if (date == null) {
            throw new PlanRuleException("date", "an event needs a date");
        }
        if (name == null || name.isBlank()) {
            throw new PlanRuleException("name", "an event needs a name");
        }
        name = name.strip();
        if (eventWeekLoad != null && !(eventWeekLoad > 0 && eventWeekLoad <= PlanParameters.MAX_WEEK_LOAD)) {
            throw new PlanRuleException("eventWeekLoad", "the event week's planned load must be above 0 and at most "
                    + "100000 AU but was " + Words.number(eventWeekLoad, 2));
        }
    }

    public PlanEvent(LocalDate date, String name) {
        this(date, name, null);
    }
}
