package app.deload.plan;

import app.deload.planning.PlanEvent;
import app.deload.web.FormErrors;
import app.deload.web.FormValues;
import java.time.LocalDate;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;

/** A priority event as typed on the plan page (and sent to the API): date, name, optional event week load. */
public record EventForm(@RestForm String date, @RestForm String name, @RestForm String eventWeekLoad) {

    public static EventForm empty() {
        return new EventForm("", "", "");
    }

    /** The event, or empty with messages: it must be today or later and inside the active plan. */
    public Optional<PlanEvent> parse(LocalDate today, TrainingPlan plan, FormErrors errors) {
        LocalDate day = PlanDates.parse(date).orElse(null);
        if (day == null) {
            errors.add("date", "Enter the event's date as YYYY-MM-DD.");
        } else if (day.isBefore(today)) {
            errors.add("date", "The event's date " + day + " is in the past; events are planned from today ("
                    + today + ") on.");
        } else if (plan == null) {
            errors.add("date", "Create a plan first: an event tapers the plan around it.");
        } else if (day.isBefore(plan.startDate) || day.isAfter(plan.lastDay())) {
            errors.add("date", "Choose a date inside the plan, " + plan.startDate + " to " + plan.lastDay() + ".");
        }
        String trimmed = FormValues.trimmedOrNull(name);
        if (trimmed == null) {
            errors.add("name", "Name the event, e.g. Cup final.");
        } else if (trimmed.length() > TeamEvent.NAME_MAX_LENGTH) {
            errors.add("name", "Keep the name to " + TeamEvent.NAME_MAX_LENGTH + " characters.");
        }
        Double load = FormValues.optionalDecimal(eventWeekLoad, "eventWeekLoad", 1, 100_000, errors);
        if (errors.any()) {
            return Optional.empty();
        }
        return Optional.of(new PlanEvent(day, trimmed, load));
    }
}
