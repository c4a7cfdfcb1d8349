package app.deload.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Measured heart rates for an athlete's profile, in bpm, e.g. from a wearable. Null clears a value. The bounds
 * are those of the profile form.
 */
public record HeartRateDto(
        @Min(value = 100, message = "Enter a whole number from 100 to 240 bpm.")
        @Max(value = 240, message = "Enter a whole number from 100 to 240 bpm.") Integer hrMax,
        @Min(value = 25, message = "Enter a whole number from 25 to 150 bpm.")
        @Max(value = 150, message = "Enter a whole number from 25 to 150 bpm.") Integer hrRest) {
}
