package app.deload.decision;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import app.deload.athlete.Athlete;
import app.deload.plan.PlanHistoryEntry;
import app.deload.plan.PlanningService;
import app.deload.support.ApiTokens;
import app.deload.support.Fixtures;
import app.deload.support.WebSession;
import app.deload.team.Team;
import app.deload.training.SessionAttendance;
import app.deload.training.SessionType;
import app.deload.training.TrainingSession;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * Today's decision for a team of four with a hard session tonight: one athlete in alert (rest or active
 * recovery), one on watch through wellness today (modify), two ordinary ones (proceed). The coach accepts
 * active recovery and rest, sees them logged, undoes one; the athlete sees the coach's words, never z-scores.
 */
@QuarkusTest
class TodayDecisionsTest {

    @Inject
    PlanningService planning;

    @Test
    void recommendationsAcceptedUndoneAndShownToTheAthlete() {
        Drift.Team12 team = Drift.team(4, 0);
        long alert = team.athletes().get(0);
        long watch = team.athletes().get(1);
        Drift.badMorning(watch, team.today());
        long session = DecisionFixtures.sessionToday(team.teamId(), LocalTime.of(23, 30), SessionType.STRENGTH, 7,
                team.athletes().stream().mapToLong(Long::longValue).toArray());
        WebSession coach = WebSession.signIn(team.coach());
        String page = "/teams/" + team.teamId() + "/today";

        coach.get(page).then().statusCode(200).body(containsString("rest or active recovery"),
                containsString("modify: active recovery instead"), containsString("proceed as planned"),
                containsString("in alert today"), containsString("hard session: planned RPE 7"),
                containsString("watch through wellness"), containsString(" bpm"),
                containsString("Accept active recovery for " + ProposalScenarioTest.name(watch)));

        String token = ApiTokens.issue(team.coach());
        ApiTokens.as(token).get("/api/v1/teams/" + team.teamId() + "/today").then().statusCode(200)
                .body("$", hasSize(4), "find { it.athleteId == " + alert + " }.decision", equalTo("rest"),
                        "find { it.athleteId == " + watch + " }.decision", equalTo("modify"),
                        "findAll { it.decision == 'proceed' }", hasSize(2),
                        "find { it.athleteId == " + watch + " }.activeRecovery", containsString("bpm"),
                        "find { it.athleteId == " + watch + " }.reasons", org.hamcrest.Matchers.hasItem(
                                containsString("watch through wellness")));
        ApiTokens.as(token).get("/api/v1/teams/" + team.teamId() + "/today?date=" + team.today().minusDays(1))
                .then().statusCode(200).body("date", org.hamcrest.Matchers.everyItem(
                        equalTo(team.today().minusDays(1).toString())));
        for (String bad : List.of("yesterday", "99999-01-01", "2026-02-30")) {
            ApiTokens.as(token).get("/api/v1/teams/" + team.teamId() + "/today?date=" + bad).then().statusCode(400)
                    .contentType("application/problem+json").body("detail", containsString("YYYY-MM-DD"));
        }
        coach.get(page + "?date=99999-01-01").then().statusCode(400).body(containsString("must be a date as YYYY-MM-DD"));
        coach.get(page + "?date=" + team.today().minusDays(1)).then().statusCode(200);
        ApiTokens.as(token).get("/api/v1/teams/" + team.teamId() + "/today?date=" + team.today().plusDays(1)).then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.date", containsString("ISO date"));

        long proceeding = attendance(session, team.athletes().get(2));
        coach.post(page + "/decisions", Map.of("attendanceId", proceeding, "choice", "active-recovery")).then()
                .statusCode(400).body(containsString("there is nothing to accept"));
        coach.post(page + "/decisions", Map.of("attendanceId", "x", "choice", "nap")).then().statusCode(400)
                .body(containsString("Choose active recovery or rest"));
        coach.post(page + "/decisions", Map.of("attendanceId", attendance(session, watch), "choice", "rest")).then()
                .statusCode(400).body(containsString("Rest is recommended only for an athlete in alert"));

        coach.post(page + "/decisions", Map.of("attendanceId", attendance(session, watch), "choice",
                "active-recovery")).then().statusCode(303);
        coach.post(page + "/decisions", Map.of("attendanceId", attendance(session, alert), "choice", "rest")).then()
                .statusCode(303);
        coach.post(page + "/decisions", Map.of("attendanceId", attendance(session, alert), "choice", "rest")).then()
                .statusCode(400).body(containsString("already has a decision"));

        assertFalse(attended(session, watch));
        assertFalse(attended(session, alert));
        TrainingSession recovery = recoverySession(watch, team.today());
        assertEquals(SessionType.ACTIVE_RECOVERY, recovery.type);
        assertEquals(30, recovery.plannedMinutes);
        assertEquals(2, recovery.plannedRpe);
        assertTrue(recovery.notes.startsWith("Coach: active recovery today, 20–40 min at "), recovery.notes);
        assertTrue(recovery.startTime.equals(LocalTime.of(23, 30)));

        coach.get(page).then().statusCode(200).body(containsString("Coach: rest today (instead of Strength at 23:30)"),
                containsString("Undo for " + ProposalScenarioTest.name(watch)));
        WebSession athlete = WebSession.signIn(team.logins().get(1));
        athlete.get("/me/sessions").then().statusCode(200)
                .body(containsString("Coach: active recovery today, 20–40 min at "), containsString(" bpm, RPE 1–3"),
                        containsString("Active recovery"), not(containsString("z -")), not(containsString("SD")));

        List<PlanHistoryEntry> history = QuarkusTransaction.requiringNew()
                .call(() -> planning.history(Team.findById(team.teamId())));
        assertTrue(history.stream().anyMatch(h -> h.action().equals("today's decision: active recovery")),
                history.toString());
        assertTrue(history.stream().anyMatch(h -> h.action().equals("today's decision: rest")), history.toString());

        long decision = QuarkusTransaction.requiringNew().call(() -> SessionDecision.<SessionDecision>find(
                "athlete.id = ?1 and undoneAt is null", watch).firstResult().id);
        Fixtures.Squad other = Fixtures.squad();
        WebSession otherCoach = WebSession.signIn(other.coach());
        otherCoach.post("/teams/" + other.teamId() + "/today/decisions/" + decision + "/undo", Map.of()).then()
                .statusCode(404);
        otherCoach.post("/teams/" + other.teamId() + "/today/decisions", Map.of("attendanceId",
                attendance(session, team.athletes().get(3)), "choice", "rest")).then().statusCode(404);

        coach.post(page + "/decisions/" + decision + "/undo", Map.of()).then().statusCode(303);
        assertTrue(attended(session, watch));
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> TrainingSession
                .count("type = ?1 and date = ?2 and team.id = ?3", SessionType.ACTIVE_RECOVERY, team.today(),
                        team.teamId())));
        athlete.get("/me/sessions").then().statusCode(200).body(not(containsString("Coach: active recovery")));
        coach.post(page + "/decisions/" + decision + "/undo", Map.of()).then().statusCode(303);
        assertTrue(QuarkusTransaction.requiringNew().call(() -> planning.history(Team.findById(team.teamId())))
                .stream().anyMatch(h -> h.action().equals("today's decision undone")));
    }

    @Test
    void anAthleteUnderTenWithoutHrMaxGetsNoEstimate() {
        Fixtures.Squad squad = Fixtures.squad();
        QuarkusTransaction.requiringNew().run(() -> {
            Athlete a = Athlete.findById(squad.athleteId());
            a.birthDate = LocalDate.now().minusYears(8);
            a.hrMax = null;
        });
        DecisionFixtures.sessionToday(squad.teamId(), LocalTime.of(23, 45), SessionType.SKILL, 3,
                squad.athleteId());
        WebSession.signIn(squad.coach()).get("/teams/" + squad.teamId() + "/today").then().statusCode(200)
                .body(containsString("no estimate"), containsString("not enough data"),
                        containsString("enter HRmax on the athlete&#39;s profile"));
    }

    private static long attendance(long sessionId, long athleteId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> SessionAttendance.findFor(sessionId, Athlete.findById(athleteId)).orElseThrow().id);
    }

    private static boolean attended(long sessionId, long athleteId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> SessionAttendance.findFor(sessionId, Athlete.findById(athleteId)).orElseThrow().attended);
    }

    private static TrainingSession recoverySession(long athleteId, LocalDate day) {
        return QuarkusTransaction.requiringNew().call(() -> TrainingSession.<TrainingSession>find(
                "select s from SessionAttendance a join a.session s where a.athlete.id = ?1 and s.date = ?2 "
                        + "and s.individual = true", athleteId, day).firstResult());
    }

}
