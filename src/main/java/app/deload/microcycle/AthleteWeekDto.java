package app.deload.microcycle;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An athlete's week over the API: the same values as the week page. */
@Schema(name = "AthleteWeek", description = "An athlete's week, Monday to Sunday: each day's kind in words, the "
        + "athlete's sessions, the plan week's kind and reason, the active-recovery heart-rate band and the coach's "
        + "decisions for today.")
public record AthleteWeekDto(
        long athleteId,
        @Schema(description = "The week's Monday, YYYY-MM-DD.") String week,
        @Schema(description = "The plan week's kind: loading, deload, taper or event; none without a plan.")
        String kind,
        @Schema(description = "The week in plain words, e.g. 'deload week: same intensity, less volume'; null "
                + "without a plan.") String reason,
        @Schema(description = "The plan week's planned load in AU (2 decimals); null without a plan.")
        Double plannedLoad,
        @Schema(description = "Active-recovery heart-rate band; null when neither HRmax nor age gives an estimate.")
        Band activeRecoveryBand,
        @Schema(description = "How the band was worked out, or 'no estimate: ...'.") String bandMethod,
        @Schema(description = "What the coach decided for the athlete's sessions today (only in the current week).")
        List<String> coachToday,
        @Schema(description = "Monday to Sunday.") List<Day> days) {

    @Schema(name = "HeartRateBand", description = "Low and high bpm.")
    public record Band(int lowBpm, int highBpm) {
    }

    @Schema(name = "AthleteWeekDay")
    public record Day(
            @Schema(description = "YYYY-MM-DD.") String date,
            @Schema(description = "training, active_recovery, rest or nothing_planned.") String kind,
            @Schema(description = "The kind in words, e.g. 'Rest day'.") String label,
            @Schema(description = "Why, e.g. the active-recovery advice; null on a training day.") String reason,
            @Schema(description = "On an active-recovery day without a session: its minutes and RPE.")
            String recovery,
            List<Session> sessions) {
    }

    @Schema(name = "AthleteWeekSession")
    public record Session(long id,
            @Schema(description = "strength, conditioning, skill, match, active_recovery or other.") String type,
            @Schema(description = "Team-local start, HH:MM; null when not set.") String start,
            int plannedMinutes,
            @Schema(description = "Planned CR-10 RPE; null when not set.") Integer plannedRpe,
            @Schema(description = "Logged for this athlete alone rather than planned for the team.")
            boolean individual,
            @Schema(description = "False when the athlete is marked as not taking part.") boolean attending,
            String notes) {
    }

    static AthleteWeekDto of(AthleteWeek w) {
        return new AthleteWeekDto(w.athleteId(), w.monday().toString(), w.kindCode(), w.reason(),
                w.plannedLoad() == null ? null : Math.round(w.plannedLoad() * 100) / 100.0,
                w.lowBpm() == null ? null : new Band(w.lowBpm(), w.highBpm()), w.bandMethod(), w.coachToday(),
                w.days().stream().map(d -> new Day(d.date().toString(), d.label().code(), d.labelText(), d.reason(),
                        d.recovery(), d.sessions().stream().map(s -> new Session(s.sessionId(), s.typeKey(),
                                s.start() == null ? null : s.start().toString(), s.minutes(), s.rpe(),
                                s.individual(), s.attending(), s.note())).toList())).toList());
    }
}
