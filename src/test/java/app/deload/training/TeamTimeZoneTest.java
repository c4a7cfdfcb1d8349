package app.deload.training;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.deload.athlete.Athlete;
import app.deload.support.Fixtures;
import app.deload.support.WebSession;
import app.deload.team.Team;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Every session belongs to a date in its team's zone, whatever the server's or UTC date is. */
@QuarkusTest
class TeamTimeZoneTest {

    private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");

    @Test
    void aLateEveningSessionInAucklandBelongsToItsLocalDate() {
        Fixtures.Squad squad = Fixtures.squad();
        TrainingData.timeZone(squad.teamId(), AUCKLAND.getId());
        WebSession coach = WebSession.signIn(squad.coach());
        LocalDate day = LocalDate.now(AUCKLAND).plusWeeks(1).with(DayOfWeek.WEDNESDAY);

        long late = TrainingData.planned(coach, squad.teamId(), TrainingData.plan(day, "23:30", "60", "4"));
        long early = TrainingData.planned(coach, squad.teamId(), TrainingData.plan(day, "06:00", "60", "4"));

        TrainingSession session = TrainingData.session(late).orElseThrow();
        assertEquals(day, session.date);
        assertEquals(ZonedDateTime.of(day, LocalTime.of(23, 30), AUCKLAND).toInstant(), session.startsAt);
        assertEquals(day.minusDays(1), TrainingData.session(early).orElseThrow().startsAt
                .atZone(ZoneId.of("UTC")).toLocalDate(), "06:00 in Auckland is the previous day in UTC");

        List<SessionLoad> loads = QuarkusTransaction.requiringNew().call(() -> SessionAttendance
                .listForTeamBetween(Team.findById(squad.teamId()), day, day));
        assertEquals(List.of(early, late), loads.stream().map(SessionLoad::sessionId).toList());
        assertTrue(loads.stream().allMatch(l -> l.date().equals(day) && l.athleteId() == squad.athleteId()
                && l.attended() && l.minutes() == 60 && l.rpe() == null && l.load() == null));
        assertTrue(loads.stream().noneMatch(l -> l.isMissing(Instant.now())), "not started: not missing yet");
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> SessionAttendance
                .listForTeamBetween(Team.findById(squad.teamId()), day.plusDays(1), day.plusDays(1))).size());

        String week = coach.get("/teams/" + squad.teamId() + "/sessions?week=" + day).then().statusCode(200)
                .body(containsString("Pacific/Auckland")).extract().asString();
        String wednesday = week.substring(week.indexOf("Wednesday"), week.indexOf("Thursday"));
        assertTrue(wednesday.contains("/sessions/" + late) && wednesday.contains("23:30"));
    }

    @Test
    void tomorrowIsJudgedInTheTeamsZone() {
        Fixtures.Squad squad = Fixtures.squad();
        TrainingData.timeZone(squad.teamId(), AUCKLAND.getId());
        WebSession athlete = WebSession.signIn(squad.athlete());
        LocalDate tomorrow = LocalDate.now(AUCKLAND).plusDays(1);

        athlete.post("/me/sessions", SessionRatingTest.log(tomorrow.plusDays(1).toString(), "30", "3")).then()
                .statusCode(400);
        athlete.post("/me/sessions", SessionRatingTest.log(tomorrow.toString(), "30", "3")).then().statusCode(303);
    }

    @Test
    void theFindersGiveLoadsPerAthleteAndDateInOneQueryForTheTeam() {
        Fixtures.Squad squad = Fixtures.squad();
        long second = Fixtures.athlete(squad.teamId(), null);
        WebSession coach = WebSession.signIn(squad.coach());
        long id = TrainingData.threeDaysAgo(coach, squad.teamId());
        coach.post("/sessions/" + id + "/close", TrainingData.closeForm(id, TrainingData.rows(id),
                List.of(true, true), List.of("80", "90"), List.of("6", ""))).then().statusCode(303);
        LocalDate day = LocalDate.now(TrainingData.BERLIN).minusDays(3);

        List<SessionLoad> team = QuarkusTransaction.requiringNew().call(() -> SessionAttendance
                .listForTeamBetween(Team.findById(squad.teamId()), day, day));
        assertEquals(2, team.size());
        SessionLoad rated = team.get(0);
        assertEquals(squad.athleteId(), rated.athleteId());
        assertEquals(480, rated.load());
        SessionLoad missing = team.get(1);
        assertEquals(second, missing.athleteId());
        assertEquals(90, missing.minutes());
        assertTrue(missing.isMissing(Instant.now()));

        List<SessionLoad> mine = QuarkusTransaction.requiringNew().call(() -> SessionAttendance
                .listForAthleteBetween(Athlete.findById(second), day.minusDays(7), day));
        assertEquals(List.of(id), mine.stream().map(SessionLoad::sessionId).toList());
        List<AttendanceLine> waiting = QuarkusTransaction.requiringNew().call(() -> SessionAttendance
                .listAwaitingRating(Athlete.findById(second), Instant.now()));
        assertEquals(List.of(id), waiting.stream().map(AttendanceLine::sessionId).toList());
        assertEquals(AttendanceLine.State.MISSING, waiting.get(0).state());
    }
}
