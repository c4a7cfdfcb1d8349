package app.deload.api;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.deload.web.FormErrors;
import app.deload.wellness.SoreArea;
import app.deload.wellness.WellnessValues;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One morning's answers as a wearable sync or a spreadsheet sends them, with the questionnaire's ranges
 * (science.md §6; McLean et al. 2010, items 1–5, higher is better). A PUT replaces the whole entry, so an optional
 * value left out is cleared.
 */
@Schema(description = "One morning's wellness answers. The five items are 1–5, higher is better.")
public record WellnessAnswersDto(
        @Schema(description = "5 very fresh … 1 always tired")
        @NotNull(message = WellnessAnswersDto.ITEM) @Min(value = 1, message = WellnessAnswersDto.ITEM)
        @Max(value = 5, message = WellnessAnswersDto.ITEM) Integer fatigue,
        @Schema(description = "5 very restful … 1 insomnia")
        @NotNull(message = WellnessAnswersDto.ITEM) @Min(value = 1, message = WellnessAnswersDto.ITEM)
        @Max(value = 5, message = WellnessAnswersDto.ITEM) Integer sleepQuality,
        @Schema(description = "Muscle soreness: 5 feeling great … 1 very sore")
        @NotNull(message = WellnessAnswersDto.ITEM) @Min(value = 1, message = WellnessAnswersDto.ITEM)
        @Max(value = 5, message = WellnessAnswersDto.ITEM) Integer soreness,
        @Schema(description = "5 very relaxed … 1 very stressed")
        @NotNull(message = WellnessAnswersDto.ITEM) @Min(value = 1, message = WellnessAnswersDto.ITEM)
        @Max(value = 5, message = WellnessAnswersDto.ITEM) Integer stress,
        @Schema(description = "5 very positive … 1 highly annoyed, irritable or down")
        @NotNull(message = WellnessAnswersDto.ITEM) @Min(value = 1, message = WellnessAnswersDto.ITEM)
        @Max(value = 5, message = WellnessAnswersDto.ITEM) Integer mood,
        @Schema(description = "Hours slept, 0–16 in quarter hours (7, 7.25, 7.5, 7.75)")
        @NotNull(message = WellnessAnswersDto.SLEEP) Double sleepHours,
        @Schema(description = "Morning resting heart rate in bpm, 25–150")
        @Min(value = WellnessValues.MIN_RESTING_HR, message = WellnessAnswersDto.RESTING_HR)
        @Max(value = WellnessValues.MAX_RESTING_HR, message = WellnessAnswersDto.RESTING_HR) Integer restingHr,
        @Schema(description = "Morning RMSSD in ms, 3–300, at most one decimal") Double rmssd,
        @Schema(description = "Sore body areas by code, e.g. [\"quadriceps\", \"lower_back\"]; codes: "
                + WellnessAnswersDto.AREA_CODES) List<String> soreAreas,
        @Size(max = WellnessValues.MAX_COMMENT, message = "Use at most 500 characters.") String comment) {

    static final String ITEM = "Send a whole number from 1 to 5 (higher is better).";
    static final String SLEEP = "Send the hours slept, from 0 to 16 in quarter hours, e.g. 7.5.";
    static final String RESTING_HR = "Send a whole number from 25 to 150 bpm, or leave it out.";
    /** The {@link SoreArea} codes, spelled out for the OpenAPI document; a test keeps them in step. */
    static final String AREA_CODES = "neck, shoulders, upper_back, lower_back, chest, arms, hips_glutes, groin, "
            + "quadriceps, hamstrings, knees, calves, ankles_feet";

    /**
     * The answers as the value object every writer stores, after the checks annotations cannot express; null
     * when {@code errors} holds any problem, this body's or the caller's.
     */
    WellnessValues values(FormErrors errors) {
        if (sleepHours != null && !WellnessValues.isQuarterHours(sleepHours)) {
            errors.add("sleepHours", SLEEP);
        }
        if (rmssd != null && !WellnessValues.isRmssd(rmssd)) {
            errors.add("rmssd", "Send RMSSD in ms from 3 to 300 with at most one decimal, or leave it out.");
        }
        Set<SoreArea> areas = EnumSet.noneOf(SoreArea.class);
        for (String code : soreAreas == null ? List.<String>of() : soreAreas) {
            SoreArea.fromCode(code).ifPresentOrElse(areas::add,
                    () -> errors.add("soreAreas", "Unknown sore area '" + code + "'. Use: " + AREA_CODES + "."));
        }
        if (errors.any()) {
            return null;
        }
        return new WellnessValues(fatigue, sleepQuality, soreness, stress, mood, sleepHours, restingHr, rmssd, areas,
                comment);
    }
}
