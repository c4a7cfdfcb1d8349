package app.deload.plan;

import app.deload.planning.PlannedWeek;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON bodies of the plan API. Loads are in AU, rounded to two decimals. */
public final class PlanApiDtos {

    private PlanApiDtos() {
    }

    @Schema(name = "PlanRequest", description = "A team plan's parameters (the plan page's fields).")
    public record PlanRequest(
            @Schema(description = "First day, a Monday, ISO date in the team's calendar, from a year ago to two "
                    + "years ahead.", required = true) String start,
            @Schema(description = "Number of weeks, 1–104; or leave out and send 'end'.") Integer weeks,
            @Schema(description = "Last day, ISO date, instead of 'weeks' (rounded up to whole weeks).") String end,
            @Schema(description = "2:1, 3:1 (default) or 4:1: loading weeks, then one deload week.") String pattern,
            @Schema(description = "First week's planned load in AU, 1–100000.", required = true) Double firstWeekLoad,
            @Schema(description = "Weekly progression in %, 0–10 (the cap; more is refused).", required = true)
            Double progressionPercent,
            @Schema(description = "Deload reduction r, 0.4–0.6.", required = true) Double deloadReduction,
            @Schema(description = "Taper reduction t, 0.41–0.60; default 0.5.") Double taperReduction) {

        PlanForm form() {
            return new PlanForm(start, text(weeks), end, pattern, text(firstWeekLoad), text(progressionPercent),
                    text(deloadReduction), text(taperReduction), null);
        }
    }

    @Schema(name = "EventRequest", description = "A priority event: the plan tapers the two weeks before its week.")
    public record EventRequest(
            @Schema(description = "ISO date, today or later, inside the active plan.", required = true) String date,
            @Schema(description = "Name, at most 120 characters.", required = true) String name,
            @Schema(description = "The event week's planned load in AU; default the taper's second week's.")
            Double eventWeekLoad) {

        EventForm form() {
            return new EventForm(date, name, text(eventWeekLoad));
        }
    }

    @Schema(name = "Plan", description = "A team plan and its weeks as laid out.")
    public record PlanDto(long id, String start, String end, int weeks, String pattern, double firstWeekLoad,
            double progressionPercent, double deloadReduction, double taperReduction, List<PlannedWeekDto> layout) {
    }

    @Schema(name = "PlannedWeek")
    public record PlannedWeekDto(String start, String kind, double plannedLoad, String note) {

        static PlannedWeekDto of(PlannedWeek week) {
            return new PlannedWeekDto(week.start().toString(), week.kind().code(), round(week.plannedLoad()),
                    week.note() == null || week.note().isEmpty() ? null : week.note());
        }
    }

    @Schema(name = "Event")
    public record EventDto(long id, String date, String name, Double eventWeekLoad) {
    }

    @Schema(name = "PlanWeeks", description = "The weeks of the team's active plan in the range.")
    public record PlanWeeksDto(long planId, List<WeekDto> weeks) {
    }

    @Schema(name = "PlanWeek")
    public record WeekDto(
            @Schema(description = "The week's Monday.") String start,
            @Schema(description = "loading, deload, taper or event.") String kind,
            @Schema(description = "Planned load in AU.") double plannedLoad,
            @Schema(description = "The team's median performed load (session RPE × minutes of rated sessions), "
                    + "null before the week starts or without ratings.") Double performedMedian,
            @Schema(description = "Projected form in % of fitness at the end of the week, team median, from today's "
                    + "fitness and fatigue (a heuristic model); null for weeks that ended or without history.")
            Double projectedFormPercent) {
    }

    static double round(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    static Double round(Double value) {
        return value == null ? null : round(value.doubleValue());
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
