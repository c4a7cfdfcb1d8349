package app.deload.training;

import static app.deload.training.TrainingData.BERLIN;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import app.deload.account.Role;
import app.deload.support.Fixtures;
import app.deload.support.WebSession;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.persistence.EntityManagerFactory;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;

@QuarkusTest
class TrainingSessionTest {

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Test
    void aCoachPlansASessionForTheWholeTeam() {
        Fixtures.Squad squad = Fixtures.squad();
        long second = Fixtures.athlete(squad.teamId(), null);
        long retired = Fixtures.athlete(squad.teamId(), null);
        TrainingData.deactivate(retired);
        WebSession coach = WebSession.signIn(squad.coach());
        LocalDate date = LocalDate.now(BERLIN).plusDays(2);

        long id = TrainingData.planned(coach, squad.teamId(), TrainingData.plan(date, "17:30", "75", "7"));

        List<SessionAttendance> rows = TrainingData.rows(id);
        assertEquals(List.of(squad.athleteId(), second), rows.stream().map(r -> r.athlete.id).toList(),
                "every active athlete, not the inactive one");
        assertTrue(rows.stream().allMatch(r -> r.attended && r.minutes == null && r.rpe == null));
        TrainingSession session = TrainingData.session(id).orElseThrow();
        assertEquals(date, session.date);
        assertEquals(LocalTime.of(17, 30), session.startTime);
        assertEquals(SessionType.CONDITIONING, session.type);
        assertEquals(75, session.plannedMinutes);
        assertEquals(7, session.plannedRpe);
        assertFalse(session.individual);
        assertEquals(squad.coach(), session.updatedBy);

        coach.get("/sessions/" + id).then().statusCode(200).body(containsString("Conditioning"),
                containsString("75 min"), containsString("7 · Very hard"), containsString("Intervals 6 × 4 min"),
                containsString("planned"));
        coach.get("/teams/" + squad.teamId() + "/sessions?week=" + date).then().statusCode(200)
                .body(containsString("/sessions/" + id), containsString("2 athletes"), containsString("17:30"));
    }

    @Test
    void aCoachPlansASessionForChosenAthletes() {
        Fixtures.Squad squad = Fixtures.squad();
        long second = Fixtures.athlete(squad.teamId(), null);
        Fixtures.athlete(squad.teamId(), null);
        WebSession coach = WebSession.signIn(squad.coach());

        long id = TrainingData.planned(coach, squad.teamId(), TrainingData.forAthletes(
                TrainingData.plan(LocalDate.now(BERLIN), "07:00", "40", "3"), squad.athleteId(), second));

        assertEquals(List.of(squad.athleteId(), second),
                TrainingData.rows(id).stream().map(r -> r.athlete.id).toList());
    }

    @Test
    void aCoachOfAnotherTeamGets404() {
        Fixtures.Squad mine = Fixtures.squad();
        long id = TrainingData.inThreeDays(WebSession.signIn(mine.coach()), mine.teamId());
        WebSession other = WebSession.signIn(Fixtures.squad().coach());

        other.get("/teams/" + mine.teamId() + "/sessions").then().statusCode(404);
        other.get("/teams/" + mine.teamId() + "/sessions/new").then().statusCode(404);
        other.get("/sessions/" + id).then().statusCode(404);
        other.get("/sessions/" + id + "/edit").then().statusCode(404);
        other.get("/sessions/" + id + "/close").then().statusCode(404);
        other.get("/athletes/" + mine.athleteId() + "/sessions").then().statusCode(404);
        other.post("/sessions/" + id, TrainingData.plan(LocalDate.now(BERLIN), "08:00", "30", "2")).then()
                .statusCode(404);
        other.post("/teams/" + mine.teamId() + "/sessions", TrainingData.plan(LocalDate.now(BERLIN), "08:00", "30",
                "2")).then().statusCode(404);
        assertEquals(45, TrainingData.session(id).orElseThrow().plannedMinutes);
    }

    @Test
    void anAthleteGets403OnCoachPages() {
        Fixtures.Squad squad = Fixtures.squad();
        long id = TrainingData.inThreeDays(WebSession.signIn(squad.coach()), squad.teamId());
        WebSession athlete = WebSession.signIn(squad.athlete());

        athlete.get("/teams/" + squad.teamId() + "/sessions").then().statusCode(403);
        athlete.get("/sessions/" + id).then().statusCode(403);
        athlete.get("/sessions/" + id + "/close").then().statusCode(403);
        athlete.get("/athletes/" + squad.athleteId() + "/sessions").then().statusCode(403);
        athlete.post("/teams/" + squad.teamId() + "/sessions",
                TrainingData.plan(LocalDate.now(BERLIN), "08:00", "30", "2")).then().statusCode(403);
        WebSession.signIn(squad.coach()).get("/me/sessions").then().statusCode(403);
    }

    @Test
    void closingASessionRecordsAttendanceAndMinutesPerAthlete() {
        Fixtures.Squad squad = Fixtures.squad();
        long absent = Fixtures.athlete(squad.teamId(), null);
        WebSession coach = WebSession.signIn(squad.coach());
        long id = TrainingData.threeDaysAgo(coach, squad.teamId());

        coach.get("/sessions/" + id + "/close").then().statusCode(200)
                .body(containsString("Save attendance"), containsString("value=\"90\""));
        List<SessionAttendance> rows = TrainingData.rows(id);
        coach.post("/sessions/" + id + "/close", TrainingData.closeForm(id, rows, List.of(true, false),
                List.of("75", "90"), List.of("", ""))).then().statusCode(303);

        SessionAttendance present = TrainingData.row(id, squad.athleteId());
        assertTrue(present.attended);
        assertEquals(75, present.minutes);
        assertNull(present.rpe);
        assertFalse(TrainingData.row(id, absent).attended);
        TrainingSession session = TrainingData.session(id).orElseThrow();
        assertEquals(squad.coach(), session.closedBy);
        coach.get("/sessions/" + id).then().statusCode(200).body(containsString("did not attend"),
                containsString("missing"), containsString("taken"));
    }

    @Test
    void aCoachCorrectsARatingAndIsRecordedAsTheRater() {
        Fixtures.Squad squad = Fixtures.squad();
        WebSession coach = WebSession.signIn(squad.coach());
        long id = TrainingData.startedTwoHoursAgo(coach, squad.teamId());
        WebSession.signIn(squad.athlete()).post("/me/sessions/" + id, Map.of("rpe", "5", "minutes", "60")).then()
                .statusCode(303);
        assertEquals(squad.athlete(), TrainingData.row(id, squad.athleteId()).ratedBy);

        coach.post("/sessions/" + id + "/close", TrainingData.closeForm(id, TrainingData.rows(id), List.of(true),
                List.of("60"), List.of("6"))).then().statusCode(303);

        SessionAttendance row = TrainingData.row(id, squad.athleteId());
        assertEquals(6, row.rpe);
        assertEquals(squad.coach(), row.ratedBy);
        assertEquals(squad.coach(), row.updatedBy);
        coach.get("/sessions/" + id).then().body(containsString("360 AU"), containsString("by " + squad.coach()));
        WebSession.signIn(squad.athlete()).get("/me/sessions/" + id).then().statusCode(200)
                .body(containsString("360 AU"), containsString("by your coach"),
                        containsString("Ask them if it needs a correction"), not(containsString("Change my rating")));
    }

    @Test
    void twoCoachesEditingTheSameSessionTheSecondGetsAConflict() {
        Fixtures.Squad squad = Fixtures.squad();
        String colleague = Fixtures.user(Role.COACH);
        QuarkusTransaction.requiringNew().run(() -> app.deload.team.Team.<app.deload.team.Team>findById(squad.teamId())
                .coaches.add(app.deload.account.User.findByUsername(colleague).orElseThrow()));
        WebSession first = WebSession.signIn(squad.coach());
        WebSession second = WebSession.signIn(colleague);
        long id = TrainingData.inThreeDays(first, squad.teamId());
        String version = String.valueOf(TrainingData.session(id).orElseThrow().version);
        first.get("/sessions/" + id + "/edit").then().statusCode(200)
                .body(containsString("name=\"version\" value=\"" + version + "\""));

        Map<String, Object> mine = TrainingData.plan(LocalDate.now(BERLIN).plusDays(3), "10:00", "50", "4");
        mine.put("version", version);
        first.post("/sessions/" + id, mine).then().statusCode(303);

        Map<String, Object> theirs = TrainingData.plan(LocalDate.now(BERLIN).plusDays(3), "11:15", "95", "7");
        theirs.put("version", version);
        second.post("/sessions/" + id, theirs).then().statusCode(409)
                .body(containsString("Someone else changed this session"), containsString("value=\"95\""),
                        containsString("value=\"11:15\""), containsString("Open the current version"));

        TrainingSession saved = TrainingData.session(id).orElseThrow();
        assertEquals(50, saved.plannedMinutes);
        assertEquals(LocalTime.of(10, 0), saved.startTime);
        assertEquals(squad.coach(), saved.updatedBy);
    }

    @Test
    void aSaveThatLosesTheRaceWhenWritingIsReportedAndRolledBack() {
        Fixtures.Squad squad = Fixtures.squad();
        long id = TrainingData.inThreeDays(WebSession.signIn(squad.coach()), squad.teamId());
        AtomicBoolean saved = new AtomicBoolean(true);
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                TrainingSession mine = TrainingSession.findById(id);
                mine.plannedMinutes = 33;
                QuarkusTransaction.requiringNew()
                        .run(() -> TrainingSession.<TrainingSession>findById(id).plannedMinutes = 44);
                saved.set(SessionResource.saved(mine));
            });
        } catch (RuntimeException rolledBack) {
            // The losing transaction may also report its rollback; what matters is below.
        }
        assertFalse(saved.get());
        assertEquals(44, TrainingData.session(id).orElseThrow().plannedMinutes);
    }

    @Test
    void theAttendancePageRefusesToOverwriteARatingGivenMeanwhile() {
        Fixtures.Squad squad = Fixtures.squad();
        WebSession coach = WebSession.signIn(squad.coach());
        long id = TrainingData.startedTwoHoursAgo(coach, squad.teamId());
        Map<String, Object> stale = TrainingData.closeForm(id, TrainingData.rows(id), List.of(true), List.of("60"),
                List.of(""));
        WebSession.signIn(squad.athlete()).post("/me/sessions/" + id, Map.of("rpe", "8", "minutes", "60")).then()
                .statusCode(303);

        coach.post("/sessions/" + id + "/close", stale).then().statusCode(409)
                .body(containsString("The attendance changed while you were editing"));
        assertEquals(8, TrainingData.row(id, squad.athleteId()).rpe);
    }

    @Test
    void anAthleteWhoRatedCannotBeDroppedFromThePlan() {
        Fixtures.Squad squad = Fixtures.squad();
        long second = Fixtures.athlete(squad.teamId(), null);
        WebSession coach = WebSession.signIn(squad.coach());
        long id = TrainingData.startedTwoHoursAgo(coach, squad.teamId());
        WebSession.signIn(squad.athlete()).post("/me/sessions/" + id, Map.of("rpe", "4", "minutes", "60")).then()
                .statusCode(303);
        TrainingSession session = TrainingData.session(id).orElseThrow();

        Map<String, Object> form = TrainingData.forAthletes(TrainingData.plan(session.date,
                session.startTime.toString(), "60", "5"), second);
        form.put("version", String.valueOf(session.version));
        coach.post("/sessions/" + id, form).then().statusCode(400)
                .body(containsString("has already rated this session"));
        assertEquals(2, TrainingData.rows(id).size());

        form = TrainingData.forAthletes(TrainingData.plan(session.date, session.startTime.toString(), "60", "5"),
                squad.athleteId());
        form.put("version", String.valueOf(session.version));
        coach.post("/sessions/" + id, form).then().statusCode(303);
        assertEquals(List.of(squad.athleteId()), TrainingData.rows(id).stream().map(r -> r.athlete.id).toList());
        assertEquals(4, TrainingData.row(id, squad.athleteId()).rpe, "the rating survives the edit");
    }

    @Test
    void aSessionNobodyRatedCanBeDeletedARatedOneIsKept() {
        Fixtures.Squad squad = Fixtures.squad();
        WebSession coach = WebSession.signIn(squad.coach());
        long unrated = TrainingData.inThreeDays(coach, squad.teamId());
        long rated = TrainingData.startedTwoHoursAgo(coach, squad.teamId());
        WebSession.signIn(squad.athlete()).post("/me/sessions/" + rated, Map.of("rpe", "4", "minutes", "60")).then()
                .statusCode(303);

        coach.post("/sessions/" + unrated + "/delete", Map.of("version", "999")).then().statusCode(409);
        String version = String.valueOf(TrainingData.session(unrated).orElseThrow().version);
        coach.post("/sessions/" + unrated + "/delete", Map.of("version", version)).then().statusCode(303);
        assertTrue(TrainingData.session(unrated).isEmpty());
        assertTrue(TrainingData.rows(unrated).isEmpty());

        String ratedVersion = String.valueOf(TrainingData.session(rated).orElseThrow().version);
        coach.post("/sessions/" + rated + "/delete", Map.of("version", ratedVersion)).then().statusCode(409)
                .body(containsString("Athletes have rated this session"));
        assertTrue(TrainingData.session(rated).isPresent());
    }

    @Test
    void theWeekViewNavigatesByWeekFromMondayToSunday() {
        Fixtures.Squad squad = Fixtures.squad();
        WebSession coach = WebSession.signIn(squad.coach());
        LocalDate wednesday = LocalDate.now(BERLIN).plusWeeks(2).with(DayOfWeek.WEDNESDAY);
        long id = TrainingData.planned(coach, squad.teamId(), TrainingData.plan(wednesday, "09:00", "30", "2"));
        LocalDate monday = wednesday.with(DayOfWeek.MONDAY);
        String base = "/teams/" + squad.teamId() + "/sessions";

        coach.get(base + "?week=" + wednesday.plusDays(4)).then().statusCode(200)
                .body(containsString("/sessions/" + id), containsString("?week=" + monday.minusWeeks(1)),
                        containsString("?week=" + monday.plusWeeks(1)), containsString("This week"));
        coach.get(base + "?week=" + monday.plusWeeks(1)).then().statusCode(200)
                .body(not(containsString("href=\"/sessions/" + id + "\"")));
        coach.get(base + "?week=not-a-date").then().statusCode(400);
    }

    @Test
    void theWeekViewNeedsTheSameQueriesForFewOrManyAthletes() {
        Fixtures.Squad small = Fixtures.squad();
        Fixtures.Squad large = Fixtures.squad();
        for (int i = 0; i < 6; i++) {
            Fixtures.athlete(large.teamId(), null);
        }
        WebSession smallCoach = WebSession.signIn(small.coach());
        WebSession largeCoach = WebSession.signIn(large.coach());
        for (int i = 0; i < 2; i++) {
            TrainingData.startedAgo(smallCoach, small.teamId(), 120 + i);
            TrainingData.startedAgo(largeCoach, large.teamId(), 120 + i);
        }
        assertEquals(statements(smallCoach, "/teams/" + small.teamId() + "/sessions"),
                statements(largeCoach, "/teams/" + large.teamId() + "/sessions"));
    }

    private long statements(WebSession session, String path) {
        var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        session.get(path).then().statusCode(200);
        statistics.clear();
        session.get(path).then().statusCode(200);
        return statistics.getPrepareStatementCount();
    }
}
