package app.deload.plan;

import app.deload.planning.Pattern;
import app.deload.planning.PlanParameters;
import app.deload.planning.PlanRuleException;
import app.deload.web.FormErrors;
import app.deload.web.FormValues;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;

/**
 * A plan's parameters as typed on the plan page (and, converted, as sent to the API). Weeks may be given as a
 * number or through the last day; the pattern defaults to 3:1, the taper reduction to 0.5.
 */
public record PlanForm(@RestForm String start, @RestForm String weeks, @RestForm String endDate,
        @RestForm String pattern, @RestForm String firstWeekLoad, @RestForm String progressionPercent,
        @RestForm String deloadReduction, @RestForm String taperReduction, @RestForm String athleteId) {

    public static PlanForm empty(LocalDate today) {
        return new PlanForm(PlanDates.nextMonday(today).toString(), "16", "", "3:1", "", "5", "0.5", "0.5", "");
    }

    public static PlanForm of(TrainingPlan plan, LocalDate start, int weeks) {
        return new PlanForm(start.toString(), Integer.toString(weeks), "", plan.pattern,
                PlanText.number(plan.firstWeekLoad), PlanText.number(plan.progressionPercent),
                PlanText.number(plan.deloadReduction), PlanText.number(plan.taperReduction), "");
    }

    /**
     * The parameters, or empty with a message beside each wrong field. {@code fixedStart} replaces the typed start
     * (an edited plan that has started continues from next Monday).
     */
    public Optional<PlanParameters> parse(LocalDate today, LocalDate fixedStart, FormErrors errors) {
        LocalDate first = fixedStart != null ? fixedStart : startDate(today, errors);
        Integer weekCount = weekCount(first, errors);
        Pattern chosen = null;
        try {
            chosen = Pattern.parse(FormValues.blank(pattern) ? "3:1" : pattern.trim());
        } catch (PlanRuleException e) {
            errors.add("pattern", "Choose the pattern 2:1, 3:1 or 4:1.");
        }
        Double load = number(firstWeekLoad, "firstWeekLoad", 1, 100_000,
                "Enter the first week's planned load in AU, from 1 to 100000.", errors);
        Double progression = number(progressionPercent, "progressionPercent", 0, 10,
                "Enter a weekly progression from 0 to 10 %: planned weekly increases above 10 % are refused, "
                        + "because larger jumps in load are what the cap exists to prevent.", errors);
        Double deload = number(deloadReduction, "deloadReduction", 0.4, 0.6,
                "Enter a deload reduction from 0.4 to 0.6 (the deload week carries 40–60 % less load).", errors);
        Double taper = FormValues.blank(taperReduction) ? Double.valueOf(0.5) : number(taperReduction,
                "taperReduction", 0.41, 0.60,
                "Enter a taper reduction from 0.41 to 0.60 (tapers cut volume by 41–60 %).", errors);
        if (errors.any()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PlanParameters(first, weekCount, chosen, load, progression, deload, taper));
        } catch (PlanRuleException e) {
            errors.add(e.field(), capitalised(e.getMessage()));
            return Optional.empty();
        }
    }

    private LocalDate startDate(LocalDate today, FormErrors errors) {
        Optional<LocalDate> day = PlanDates.parse(start);
        if (day.isEmpty()) {
            errors.add("start", "Enter the first Monday of the plan as YYYY-MM-DD.");
            return null;
        }
        LocalDate d = day.get();
        if (d.getDayOfWeek() != DayOfWeek.MONDAY) {
            errors.add("start", "A plan starts on a Monday; " + d + " is a "
                    + d.getDayOfWeek().toString().charAt(0) + d.getDayOfWeek().toString().substring(1).toLowerCase()
                    + ".");
            return null;
        }
        if (d.isBefore(today.minusDays(PlanDates.PAST_DAYS)) || d.isAfter(today.plusDays(PlanDates.FUTURE_DAYS))) {
            errors.add("start", "Start the plan between " + today.minusDays(PlanDates.PAST_DAYS) + " and "
                    + today.plusDays(PlanDates.FUTURE_DAYS) + ".");
            return null;
        }
        return d;
    }

    private Integer weekCount(LocalDate first, FormErrors errors) {
        if (FormValues.blank(weeks) && !FormValues.blank(endDate)) {
            Optional<LocalDate> last = PlanDates.parse(endDate);
            if (last.isEmpty()) {
                errors.add("endDate", "Enter the plan's last day as YYYY-MM-DD, or the number of weeks.");
                return null;
            }
            if (first == null) {
                return null;
            }
            long days = ChronoUnit.DAYS.between(first, last.get()) + 1;
            if (days < 1 || days > 104 * 7) {
                errors.add("endDate", "The last day must fall within 104 weeks after the start.");
                return null;
            }
            return (int) ((days + 6) / 7);
        }
        Integer count = FormValues.optionalInt(weeks, "weeks", 1, 104, "weeks", errors);
        if (count == null && !errors.has("weeks")) {
            errors.add("weeks", "Enter the number of weeks, from 1 to 104, or the last day.");
        }
        return count;
    }

    private static Double number(String raw, String field, double min, double max, String message,
            FormErrors errors) {
        if (FormValues.blank(raw)) {
            errors.add(field, message);
            return null;
        }
        try {
            double value = Double.parseDouble(raw.trim().replace(',', '.'));
            if (!Double.isFinite(value) || value < min || value > max) {
                errors.add(field, message);
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            errors.add(field, message);
            return null;
        }
    }

    static String capitalised(String message) {
        return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1)
                + (message.endsWith(".") ? "" : ".");
    }

    /** The athlete an individual plan is for, or null. */
    Long athlete(FormErrors errors) {
        if (FormValues.blank(athleteId)) {
            errors.add("athleteId", "Choose the athlete.");
            return null;
        }
        try {
            return Long.parseLong(athleteId.trim());
        } catch (NumberFormatException e) {
            errors.add("athleteId", "Choose the athlete.");
            return null;
        }
    }
}
