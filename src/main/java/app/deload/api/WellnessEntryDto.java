package app.deload.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import app.deload.wellness.SoreArea;
import app.deload.wellness.WellnessEntry;
import app.deload.wellness.WellnessValues;

/**
 * A stored wellness entry: the answers of one morning (its date in the team's calendar), their total 5–25 and
 * when it last changed.
 */
public record WellnessEntryDto(LocalDate date, int fatigue, int sleepQuality, int soreness, int stress, int mood,
        int total, double sleepHours, Integer restingHr, Double rmssd, List<String> soreAreas, String comment,
        Instant updatedAt) {

    static WellnessEntryDto of(WellnessEntry entry) {
        WellnessValues v = entry.values();
        return new WellnessEntryDto(entry.entryDate, v.fatigue(), v.sleepQuality(), v.soreness(), v.stress(), v.mood(),
                v.total(), v.sleepHours(), v.restingHr(), v.rmssd(), v.soreAreas().stream().map(SoreArea::code).toList(),
                v.comment(), entry.updatedAt);
    }
}
