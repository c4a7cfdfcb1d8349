package app.deload.microcycle;

import app.deload.training.SessionAttendance;
import app.deload.training.TrainingSession;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Instant;
import java.util.List;

/** Reads and changes sessions for the microcycle tests through the entities, as a coach's edits would. */
final class MicrocycleData {

    private MicrocycleData() {
    }

    static List<Long> generatedSessionIds(long teamId) {
        return QuarkusTransaction.requiringNew().call(() -> TrainingSession.<TrainingSession>list(
                "team.id = ?1 and generationId is not null order by date, startsAt, id", teamId).stream()
                .map(s -> s.id).toList());
    }

    static long sessionCount(long teamId) {
        return QuarkusTransaction.requiringNew().call(() -> TrainingSession.count("team.id", teamId));
    }

    static void editMinutes(long sessionId, int minutes) {
        QuarkusTransaction.requiringNew().run(() -> TrainingSession.<TrainingSession>findById(sessionId)
                .plannedMinutes = minutes);
    }

    static int minutes(long sessionId) {
        return QuarkusTransaction.requiringNew().call(() -> TrainingSession.<TrainingSession>findById(sessionId)
                .plannedMinutes);
    }

    static boolean exists(long sessionId) {
        return QuarkusTransaction.requiringNew().call(() -> TrainingSession.findById(sessionId) != null);
    }

    static void rate(long sessionId, int rpe) {
        QuarkusTransaction.requiringNew().run(() -> {
            TrainingSession s = TrainingSession.findById(sessionId);
            SessionAttendance a = SessionAttendance.listForSession(s).get(0);
            a.rate(rpe, "test", Instant.now(), s.team.zone());
        });
    }

    static List<Long> sessionsFor(long teamId, long athleteId) {
        return QuarkusTransaction.requiringNew().call(() -> TrainingSession.<TrainingSession>list(
                "team.id = ?1 and generatedForAthleteId = ?2", teamId, athleteId).stream().map(s -> s.id).toList());
    }
}
