package app.deload.microcycle;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.deload.support.ApiTokens;
import app.deload.support.Fixtures;
import app.deload.training.SessionAttendance;
import app.deload.training.TrainingSession;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A session an athlete logged themselves in the slot of a generated team session: the generation leaves that athlete
 * out of the team session, so they do not have the same session twice; teammates and the athlete's other days are
 * generated as usual.
 */
@QuarkusTest
class OwnSessionSlotTest {

    @Test
    void anAthletesOwnSessionInTheSlotIsNotDoubledByTheGeneratedOne() {
        Fixtures.Squad squad = Fixtures.squad();
        long teammate = Fixtures.athlete(squad.teamId(), null);
        LocalDate tomorrow = LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(1);
        String coach = ApiTokens.issue(squad.coach());
        ApiTokens.as(coach).contentType("application/json").body(Map.of("start",
                tomorrow.minusDays(1).with(DayOfWeek.MONDAY).toString(), "weeks", 8, "pattern", "3:1",
                "firstWeekLoad", 2000, "progressionPercent", 5, "deloadReduction", 0.5))
                .post("/api/v1/teams/" + squad.teamId() + "/plans").then().statusCode(201);
        ApiTokens.as(coach).contentType("application/json").body(trainingEveryDayBut(tomorrow.plusDays(1)))
                .put("/api/v1/teams/" + squad.teamId() + "/template").then().statusCode(200);

        ApiTokens.as(ApiTokens.issue(squad.athlete())).contentType("application/json").body(Map.of("date",
                tomorrow.toString(), "startTime", "07:00", "type", "conditioning", "minutes", 50, "rpe", 4))
                .post("/api/v1/athletes/" + squad.athleteId() + "/sessions").then().statusCode(201);

        ApiTokens.as(coach).contentType("application/json").queryParam("from", tomorrow.toString())
                .queryParam("to", tomorrow.plusDays(6).toString()).queryParam("preview", "false")
                .post("/api/v1/teams/" + squad.teamId() + "/plan/generate").then().statusCode(201);

        Map<LocalDate, List<Long>> attendees = generatedAttendees(squad.teamId());
        assertEquals(List.of(teammate), attendees.get(tomorrow), "the athlete's own session stands for the team's");
        assertTrue(attendees.get(tomorrow.plusDays(2)).containsAll(List.of(squad.athleteId(), teammate)),
                "on other days both are in the generated session: " + attendees);

        ApiTokens.as(ApiTokens.issue(squad.athlete())).queryParam("week", tomorrow.toString())
                .get("/api/v1/me/week").then().statusCode(200)
                .body("days.find { it.date == '" + tomorrow + "' }.sessions", hasSize(1))
                .body("days.find { it.date == '" + tomorrow + "' }.sessions[0].individual", equalTo(true));
    }

    /** Every day one 07:00 conditioning session at RPE 4 with an equal share, except a rest day. */
    private static Map<String, Object> trainingEveryDayBut(LocalDate restDay) {
        List<Map<String, Object>> days = new ArrayList<>();
        int training = 0;
        for (DayOfWeek d : DayOfWeek.values()) {
            Map<String, Object> day = new HashMap<>();
            day.put("day", d.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT));
            if (d == restDay.getDayOfWeek()) {
                day.put("kind", "rest");
                day.put("sessions", List.of());
            } else {
                training++;
                day.put("kind", "training");
                day.put("sessions", List.of(Map.of("type", "conditioning", "start", "07:00", "minutes", 60, "rpe", 4,
                        "sharePercent", training == 6 ? 16.65 : 16.67)));
            }
            days.add(day);
        }
        return Map.of("days", days, "competition", Map.of("type", "match", "start", "09:00", "minutes", 60,
                "rpe", 9));
    }

    private static Map<LocalDate, List<Long>> generatedAttendees(long teamId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<LocalDate, List<Long>> out = new HashMap<>();
            for (TrainingSession s : TrainingSession.<TrainingSession>list("team.id = ?1 and generationId is not null",
                    teamId)) {
                out.put(s.date, SessionAttendance.athleteIdsOf(s).stream().sorted().toList());
            }
            return out;
        });
    }
}
