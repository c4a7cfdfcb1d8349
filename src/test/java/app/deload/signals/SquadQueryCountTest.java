package app.deload.signals;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

import org.hibernate.SessionFactory;
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
import jakarta.inject.Inject;

/** The squad and compliance pages read a constant number of queries, whatever the number of athletes. */
@QuarkusTest
class SquadQueryCountTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Inject
    SessionFactory sessionFactory;

    private static void addAthleteWithHistory(long teamId) {
        long id = Fixtures.athlete(teamId, null);
        QuarkusTransaction.requiringNew().run(() -> {
            Athlete athlete = Athlete.findById(id);
            LocalDate today = LocalDate.now(BERLIN);
            for (int day = 0; day < 5; day++) {
                WellnessEntry.upsert(athlete, today.minusDays(day),
                        new WellnessValues(4, 3, 4, 4, 3, 7.5, 50, 60.0, Set.of(), null));
                TrainingSession session = new TrainingSession();
                session.team = Team.findById(teamId);
                session.schedule(today.minusDays(day + 1), LocalTime.of(9, 0), BERLIN);
                session.type = SessionType.STRENGTH;
                session.plannedMinutes = 60;
                session.persist();
                SessionAttendance attendance = SessionAttendance.of(session, athlete);
                attendance.rate(6, "test", java.time.Instant.now(), BERLIN);
                attendance.persist();
            }
        });
    }

    private long statementsFor(WebSession coach, String path) {
        coach.get(path).then().statusCode(200);
        sessionFactory.getStatistics().clear();
        coach.get(path).then().statusCode(200);
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }

    @Test
    void squadAndCompliancePagesDoNotQueryPerAthlete() {
        Fixtures.Squad squad = Fixtures.squad();
        addAthleteWithHistory(squad.teamId());
        WebSession coach = WebSession.signIn(squad.coach());
        String signals = "/teams/" + squad.teamId() + "/signals";
        String compliance = "/teams/" + squad.teamId() + "/compliance";
        long signalsSmall = statementsFor(coach, signals);
        long complianceSmall = statementsFor(coach, compliance);
        for (int i = 0; i < 6; i++) {
            addAthleteWithHistory(squad.teamId());
        }
        assertEquals(signalsSmall, statementsFor(coach, signals), "signals page statements with 8 athletes");
        assertEquals(complianceSmall, statementsFor(coach, compliance), "compliance page statements with 8 athletes");
    }
}
