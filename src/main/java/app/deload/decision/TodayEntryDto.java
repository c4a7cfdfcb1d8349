package app.deload.decision;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * One athlete's session and today's recommendation in the API.
 *
 * @param decision       proceed | modify | rest | insufficient
 * @param activeRecovery the heart-rate band for active recovery, e.g. "99–125 bpm", or null without an estimate
 * @param coachDecision  what the coach decided for this session, in the words the athlete sees, or null
 */
public record TodayEntryDto(long athleteId, String athleteName, long sessionId, LocalDate date, LocalTime startTime,
        String type, int plannedMinutes, Integer plannedRpe, String decision, String label, List<String> reasons,
        String activeRecovery, String activeRecoveryNote, String coachDecision) {

    static TodayEntryDto of(TodayDecisions.Entry e) {
        SessionRow s = e.session();
        return new TodayEntryDto(s.athleteId(), s.athleteName(), s.sessionId(), s.date(), s.startTime(),
                s.type().key(), s.plannedMinutes(), s.plannedRpe(), e.recommendation().decision().code(),
                e.recommendation().decision().label(), e.recommendation().reasons(), e.band(), e.bandNote(),
                e.decided() == null ? null : e.decided().message);
    }
}
