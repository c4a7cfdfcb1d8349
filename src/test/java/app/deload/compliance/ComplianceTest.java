package app.deload.compliance;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

import org.junit.jupiter.api.Test;

import app.deload.athlete.Athlete;
import app.deload.support.Fixtures;
import app.deload.support.WebSession;
import app.deload.team.Team;
import app.deload.training.SessionAttendance;
import app.deload.training.SessionType;
import app.deload.training.TrainingSession;
import app.deload.wellness.WellnessEntry;
import app.deload.wellness.WellnessValues;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ComplianceTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void showsWhoOwesTodaysQuestionnaireOrARatingAndTheirCompletion() {
        Fixtures.Squad squad = Fixtures.squad();
        long silent = Fixtures.athlete(squad.teamId(), null);
        LocalDate today = LocalDate.now(BERLIN);
        QuarkusTransaction.requiringNew().run(() -> {
            Athlete diligent = Athlete.findById(squad.athleteId());
            WellnessEntry.upsert(diligent, today, new WellnessValues(4, 4, 4, 4, 4, 8.0, null, null, Set.of(), null));
            TrainingSession session = new TrainingSession();
            session.team = Team.findById(squad.teamId());
            session.schedule(today, LocalTime.MIDNIGHT, BERLIN);
            session.type = SessionType.SKILL;
            session.plannedMinutes = 60;
            session.persist();
            SessionAttendance rated = SessionAttendance.of(session, diligent);
            rated.rate(5, "test", java.time.Instant.now(), BERLIN);
            rated.persist();
            SessionAttendance.of(session, Athlete.findById(silent)).persist();
        });
        WebSession.signIn(squad.coach()).get("/teams/" + squad.teamId() + "/compliance").then().statusCode(200)
                .body(containsString("1 of 2 athletes still owe"),
                        matchesPattern("(?s).*<strong>not yet</strong>.*<strong>1</strong>.*"),
                        containsString("1 of 1 (100 %)"));
    }

    @Test
    void aFutureDateIsRefusedAndAnotherCoachGets404() {
        Fixtures.Squad squad = Fixtures.squad();
        WebSession.signIn(squad.coach()).get("/teams/" + squad.teamId() + "/compliance?date=2999-01-01").then()
                .statusCode(400);
        WebSession.signIn(Fixtures.squad().coach()).get("/teams/" + squad.teamId() + "/compliance").then()
                .statusCode(404);
    }

    @Test
    void historyOlderThanTheAthletesRecordCountsFromTheFirstAttendedSession() {
        Fixtures.Squad squad = Fixtures.squad();
        LocalDate today = LocalDate.now(BERLIN);
        QuarkusTransaction.requiringNew().run(() -> {
            Athlete athlete = Athlete.findById(squad.athleteId());
            WellnessEntry.upsert(athlete, today, new WellnessValues(4, 4, 4, 4, 4, 8.0, null, null, Set.of(), null));
            for (int daysAgo = 1; daysAgo <= 3; daysAgo++) {
                TrainingSession session = new TrainingSession();
                session.team = Team.findById(squad.teamId());
                session.schedule(today.minusDays(daysAgo), LocalTime.NOON, BERLIN);
                session.type = SessionType.SKILL;
                session.plannedMinutes = 60;
                session.persist();
                SessionAttendance.of(session, athlete).persist();
            }
        });
        WebSession.signIn(squad.coach()).get("/teams/" + squad.teamId() + "/compliance").then().statusCode(200)
                .body(containsString("1 of 4 (25 %)"), containsString("0 of 3 (0 %)"),
                        not(containsString("1 of 1 (100 %)")));
    }
}
