package app.deload.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.deload.training.LogForm;

/**
 * An individual session logged after the fact, for one athlete. It is checked by the same rules as the "log a
 * session" page: a date from two years ago to tomorrow in the team's calendar, 1–600 minutes, session RPE 0–10.
 */
@Schema(description = "An individual session done by one athlete. Load = rpe × minutes (AU).")
public record SessionLogDto(
        @Schema(description = "ISO date in the team's calendar, from two years ago to tomorrow.", required = true)
        String date,
        @Schema(description = "Team-local start time as HH:MM; leave out when unknown (the session then counts "
                + "from the start of its day).") String startTime,
        @Schema(description = "One of " + SessionLogDto.TYPES + ".", required = true) String type,
        @Schema(description = "Duration in minutes, 1–600.", required = true) Integer minutes,
        @Schema(description = "Session RPE on Foster's CR-10 scale, 0 (rest) to 10 (maximal). Required when athletes "
                + "log their own session; a coach may leave it out for the athlete to rate.") Integer rpe,
        @Schema(description = "At most 1000 characters.") String notes) {

    /** The {@code SessionType} keys, spelled out for the OpenAPI document; a test keeps them in step. */
    static final String TYPES = "strength, conditioning, skill, match, active_recovery, other";

    /** The body as the log page's form reads it, so both are checked by one set of rules. */
    LogForm form() {
        return new LogForm(date, startTime, type, text(minutes), text(rpe), notes);
    }

    private static String text(Integer value) {
        return value == null ? "" : value.toString();
    }
}
