package app.deload.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;

import org.jboss.logging.Logger;

import app.deload.team.Team;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

/**
 * Evaluates every active team's proposals once a day, from {@link #LOCAL_TIME} in the team's own zone. Every
 * instance runs the job; the first to lock a team's row records the day in {@code proposal_evaluation}, so a team
 * is evaluated once a day whatever the number of instances, and raising itself is idempotent besides.
 */
@ApplicationScoped
public class DailyProposals {

    private static final Logger LOG = Logger.getLogger(DailyProposals.class);

    /** Late enough for the morning questionnaires of a team that trains in the evening. */
    static final LocalTime LOCAL_TIME = LocalTime.of(9, 0);

    @Inject
    Proposals proposals;

    @Scheduled(every = "${deload.proposals.check-every:15m}", delayed = "2m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void evaluateDueTeams() {
        List<Long> teams = QuarkusTransaction.requiringNew()
                .call(() -> Team.<Team>list("active = true").stream().map(t -> t.id).toList());
        for (long id : teams) {
            try {
                evaluateIfDue(id, Instant.now());
            } catch (RuntimeException e) {
                LOG.error("Evaluating the proposals of team " + id + " failed", e);
            }
        }
    }

    /** Evaluates the team's day when its local time has reached {@link #LOCAL_TIME} and no instance did yet today. */
    boolean evaluateIfDue(long teamId, Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Team team = Team.findById(teamId, LockModeType.PESSIMISTIC_WRITE);
            ZonedDateTime local = now.atZone(team.zone());
            LocalDate day = local.toLocalDate();
            if (local.toLocalTime().isBefore(LOCAL_TIME) || evaluated(teamId, day)) {
                return false;
            }
            Panache.getEntityManager().createNativeQuery("insert into proposal_evaluation (team_id, evaluated_on, "
                    + "evaluated_at) values (?1, ?2, ?3)").setParameter(1, teamId).setParameter(2, day)
                    .setParameter(3, now).executeUpdate();
            int raised = proposals.raiseToday(team);
            if (raised > 0) {
                LOG.infof("Raised %d proposal(s) for team %d on %s", raised, teamId, day);
            }
            return true;
        });
    }

    private static boolean evaluated(long teamId, LocalDate day) {
        return ((Number) Panache.getEntityManager().createNativeQuery("select count(*) from proposal_evaluation "
                + "where team_id = ?1 and evaluated_on = ?2").setParameter(1, teamId).setParameter(2, day)
                .getSingleResult()).longValue() > 0;
    }
}
