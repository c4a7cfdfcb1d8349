package app.deload.wellness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import app.deload.athlete.Athlete;
import app.deload.monitoring.WellnessInput;
import app.deload.support.Fixtures;
import app.deload.team.Team;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class WellnessFindersTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    @Inject
    SessionFactory sessions;

    static WellnessValues values(int item) {
        return new WellnessValues(item, item, item, item, item, 8, 50, 70.0, Set.of(), null);
    }

    /** A team whose athletes each answered on the given number of days from MONDAY. */
    static List<Long> teamWithAnswers(long teamId, int athletes, int days) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < athletes; i++) {
            ids.add(Fixtures.athlete(teamId, null));
        }
        QuarkusTransaction.requiringNew().run(() -> {
            for (long id : ids) {
                for (int d = 0; d < days; d++) {
                    WellnessEntry.upsert(Athlete.findById(id), MONDAY.plusDays(d), values(1 + d % 5));
                }
            }
        });
        return ids;
    }

    /** Statements a read runs, the entries' athletes included. */
    long statementsFor(long teamId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Team team = Team.findById(teamId);
            sessions.getStatistics().clear();
            List<WellnessEntry> entries = WellnessEntry.listForTeamBetween(team, MONDAY, MONDAY.plusDays(6));
            entries.forEach(e -> e.athlete.name.length());
            return sessions.getStatistics().getPrepareStatementCount();
        });
    }

    @Test
    void aTeamsEntriesComeInOneQueryHoweverManyAthletes() {
        long small = Fixtures.team(null);
        long large = Fixtures.team(null);
        teamWithAnswers(small, 1, 3);
        teamWithAnswers(large, 6, 3);
        assertEquals(1, statementsFor(small));
        assertEquals(1, statementsFor(large));
    }

    @Test
    void rangesAreInclusiveAndOtherTeamsAreLeftOut() {
        long teamId = Fixtures.team(null);
        long other = Fixtures.team(null);
        List<Long> athletes = teamWithAnswers(teamId, 2, 10);
        teamWithAnswers(other, 1, 10);
        QuarkusTransaction.requiringNew().run(() -> {
            List<WellnessEntry> week = WellnessEntry.listForTeamBetween(Team.findById(teamId), MONDAY.plusDays(1),
                    MONDAY.plusDays(7));
            assertEquals(14, week.size());
            assertTrue(week.stream().allMatch(e -> athletes.contains(e.athlete.id)));
            List<WellnessEntry> mine = WellnessEntry.listForAthleteBetween(Athlete.findById(athletes.get(0)),
                    MONDAY.plusDays(8), MONDAY.plusDays(20));
            assertEquals(List.of(MONDAY.plusDays(8), MONDAY.plusDays(9)), mine.stream().map(e -> e.entryDate).toList());
        });
    }

    @Test
    void upsertCreatesThenUpdatesTheSameRowAndFeedsTheMonitoringCore() {
        long athleteId = Fixtures.athlete(Fixtures.team(null), null);
        QuarkusTransaction.requiringNew().run(() -> WellnessEntry.upsert(Athlete.findById(athleteId), MONDAY, values(2)));
        QuarkusTransaction.requiringNew().run(() -> WellnessEntry.upsert(Athlete.findById(athleteId), MONDAY, values(4)));
        QuarkusTransaction.requiringNew().run(() -> {
            Athlete athlete = Athlete.findById(athleteId);
            assertEquals(1, WellnessEntry.count("athlete", athlete));
            WellnessEntry entry = WellnessEntry.findFor(athlete, MONDAY).orElseThrow();
            assertEquals(20, entry.total());
            assertEquals(1, entry.version);
            assertEquals(new WellnessInput(MONDAY, 4, 4, 4, 4, 4, 8, 50, 70.0), entry.toInput());
            assertTrue(WellnessEntry.findFor(athlete, MONDAY.plusDays(1)).isEmpty());
        });
    }
}
