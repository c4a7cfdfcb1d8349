package app.deload.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import app.deload.signals.TeamMetrics;
import app.deload.team.Team;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * Proposals are evaluated every day for every team without anyone opening a page: the daily job evaluates a team
 * once a day from 09:00 in its zone, from the stored daily values (the metrics ledger), with the same number of
 * queries for a team of four as for a team of seven (nothing per athlete).
 */
@QuarkusTest
class DailyProposalsTest {

    @Inject
    DailyProposals daily;

    @Inject
    TeamMetrics metrics;

    @Inject
    SessionFactory sessions;

    @Test
    void theDailyJobRaisesTheProposalsOnceADayFromNineInTheTeamsZoneWithoutAPageOpened() {
        Drift.Team12 team = Drift.team(4, 0);
        ZoneId zone = zone(team.teamId());
        assertFalse(daily.evaluateIfDue(team.teamId(), at(team.today(), LocalTime.of(8, 59), zone)),
                "before 09:00 in the team's zone nothing is evaluated");
        assertEquals(List.of(), pending(team.teamId()));

        assertTrue(daily.evaluateIfDue(team.teamId(), at(team.today(), LocalTime.of(9, 0), zone)));
        List<Proposal> raised = pending(team.teamId());
        assertEquals(1, raised.size(), "one proposal, for the athlete in alert (1 of 4 is not 30 %)");
        assertEquals(team.athletes().get(0), raised.get(0).athlete.id);
        assertEquals(team.today(), raised.get(0).raisedOn);
        assertTrue(raised.get(0).reasonList().size() > 1, "the signals behind it are stored with it");

        assertFalse(daily.evaluateIfDue(team.teamId(), at(team.today(), LocalTime.of(15, 0), zone)),
                "evaluated once a day");
        assertEquals(1, pending(team.teamId()).size());
    }

    @Test
    void aTeamIsEvaluatedFromItsStoredDailyValuesWithQueriesPerTeamNotPerAthlete() {
        Drift.Team12 four = Drift.team(4, 0);
        Drift.Team12 seven = Drift.team(7, 0, 1);
        long smallTeam = statementsToEvaluate(four);
        long largeTeam = statementsToEvaluate(seven);
        assertEquals(1, pending(four.teamId()).size());
        assertEquals(2, pending(seven.teamId()).size(), "both athletes in alert get a proposal (2 of 7 < 30 %)");
        assertEquals(smallTeam, largeTeam, "queries for 4 athletes (1 in alert) and for 7 (2 in alert)");
        assertTrue(largeTeam < 20, "a handful of queries per team: " + largeTeam);
    }

    /** The queries the day's evaluation runs once the ledger holds today (as after the night's job). */
    private long statementsToEvaluate(Drift.Team12 team) {
        QuarkusTransaction.requiringNew().run(() -> metrics.squadOn(Team.findById(team.teamId()), team.today()));
        Statistics statistics = sessions.getStatistics();
        statistics.clear();
        assertTrue(daily.evaluateIfDue(team.teamId(), at(team.today(), LocalTime.of(9, 30), zone(team.teamId()))));
        // queries and lazy fetches; inserts and id-sequence calls are left out (the sequence is fetched in blocks)
        return statistics.getQueryExecutionCount() + statistics.getEntityFetchCount()
                + statistics.getCollectionFetchCount();
    }

    private static List<Proposal> pending(long teamId) {
        return QuarkusTransaction.requiringNew().call(() -> Proposal.listForTeam(Team.findById(teamId)).stream()
                .filter(p -> p.status == Proposal.Status.PENDING).toList());
    }

    private static ZoneId zone(long teamId) {
        return QuarkusTransaction.requiringNew().call(() -> Team.<Team>findById(teamId).zone());
    }

    private static Instant at(LocalDate day, LocalTime time, ZoneId zone) {
        return day.atTime(time).atZone(zone).toInstant();
    }
}
