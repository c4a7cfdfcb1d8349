package app.deload.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A session RPE on Foster's CR-10 scale, with the minutes actually trained when they differ from the plan. */
@Schema(description = "Session RPE (CR-10, 0–10) and, optionally, the minutes actually trained.")
public record SessionRatingDto(
        @Schema(description = "0 rest, 1 very, very easy, 2 easy, 3 moderate, 4 somewhat hard, 5 hard, 7 very hard, "
                + "10 maximal.")
        @NotNull(message = SessionRatingDto.RPE) @Min(value = 0, message = SessionRatingDto.RPE)
        @Max(value = 10, message = SessionRatingDto.RPE) Integer rpe,
        @Schema(description = "Minutes actually trained, 1–600; left out, the minutes that count stay as they are.")
        @Min(value = 1, message = SessionRatingDto.MINUTES)
        @Max(value = 600, message = SessionRatingDto.MINUTES) Integer minutes) {

    static final String RPE = "Send the session RPE, a whole number from 0 (rest) to 10 (maximal).";
    static final String MINUTES = "Send the minutes trained, a whole number from 1 to 600, or leave it out.";
}
