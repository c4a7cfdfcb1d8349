package app.deload.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import app.deload.athlete.Athlete;
import app.deload.support.WebSession;
import app.deload.team.Team;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;

/** Sessions for tests: planned through the pages as a coach does, read back from the database. */
final class TrainingData {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private TrainingData() {
    }

    /** A plan form for the whole team. */
    static Map<String, Object> plan(LocalDate date, String time, String minutes, String rpe) {
        Map<String, Object> form = new HashMap<>();
        form.put("date", date.toString());
        form.put("startTime", time);
        form.put("type", "conditioning");
        form.put("plannedMinutes", minutes);
        form.put("plannedRpe", rpe);
        form.put("notes", "Intervals 6 × 4 min");
        form.put("audience", "team");
        return form;
    }

    static Map<String, Object> forAthletes(Map<String, Object> form, Object... athleteIds) {
        form.put("audience", "chosen");
        form.put("athleteIds", List.of(athleteIds).stream().map(String::valueOf).toList());
        return form;
    }

    /** Plans through the page and returns the new session's id. */
    static long planned(WebSession coach, long teamId, Map<String, Object> form) {
        Response response = coach.post("/teams/" + teamId + "/sessions", form);
        assertEquals(303, response.statusCode(), () -> response.asString());
        String location = response.header("Location");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** A session that started two hours ago (team time), so a rating now is on time. */
    static long startedTwoHoursAgo(WebSession coach, long teamId) {
        return startedAgo(coach, teamId, 120);
    }

    /** A session that started the given minutes ago (one team session per start time). */
    static long startedAgo(WebSession coach, long teamId, int minutes) {
        ZonedDateTime start = ZonedDateTime.now(BERLIN).minusMinutes(minutes).truncatedTo(ChronoUnit.MINUTES);
        return planned(coach, teamId, plan(start.toLocalDate(), start.toLocalTime().toString(), "60", "5"));
    }

    /** A session three days ago: any rating now is more than 24 h after its end. */
    static long threeDaysAgo(WebSession coach, long teamId) {
        return planned(coach, teamId, plan(LocalDate.now(BERLIN).minusDays(3), "10:00", "90", "6"));
    }

    static long inThreeDays(WebSession coach, long teamId) {
        return planned(coach, teamId, plan(LocalDate.now(BERLIN).plusDays(3), "10:00", "45", "3"));
    }

    /** The athlete's attendance row, detached. */
    static SessionAttendance row(long sessionId, long athleteId) {
        return QuarkusTransaction.requiringNew().call(() -> SessionAttendance
                .<SessionAttendance>find("session.id = ?1 and athlete.id = ?2", sessionId, athleteId).firstResult());
    }

    static List<SessionAttendance> rows(long sessionId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> SessionAttendance.<SessionAttendance>list("session.id = ?1 order by athlete.id", sessionId));
    }

    static Optional<TrainingSession> session(long id) {
        return QuarkusTransaction.requiringNew().call(() -> TrainingSession.<TrainingSession>findByIdOptional(id));
    }

    static long sessionsOf(long teamId) {
        return QuarkusTransaction.requiringNew().call(() -> TrainingSession.count("team.id", teamId));
    }

    static void timeZone(long teamId, String zone) {
        QuarkusTransaction.requiringNew().run(() -> Team.<Team>findById(teamId).timeZone = zone);
    }

    static void deactivate(long athleteId) {
        QuarkusTransaction.requiringNew().run(() -> Athlete.<Athlete>findById(athleteId).active = false);
    }

    /** The attendance form as the close page sends it, one entry per row in the given order. */
    static Map<String, Object> closeForm(long sessionId, List<SessionAttendance> rows, List<Boolean> attended,
            List<String> minutes, List<String> rpe) {
        Map<String, Object> form = new HashMap<>();
        form.put("version", String.valueOf(session(sessionId).orElseThrow().version));
        form.put("row", rows.stream().map(r -> String.valueOf(r.id)).toList());
        form.put("rowVersion", rows.stream().map(r -> String.valueOf(r.version)).toList());
        List<String> ticked = new java.util.ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (attended.get(i)) {
                ticked.add(String.valueOf(rows.get(i).id));
            }
        }
        form.put("attended", ticked);
        form.put("minutes", minutes);
        form.put("rpe", rpe);
        return form;
    }
}
