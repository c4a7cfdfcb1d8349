package app.deload.plan;

import app.deload.team.Team;
import app.deload.training.SessionAttendance;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the team's active athletes actually did: session RPE × minutes of their rated sessions, summed in the
 * database per athlete and team-local day with one query, then per plan week here.
 */
final class PerformedLoads {

    /** Loads by athlete id, then by the Monday of the week. */
    private final Map<Long, Map<LocalDate, Double>> byAthleteAndWeek = new HashMap<>();

    private PerformedLoads() {
    }

    record DayLoad(long athleteId, LocalDate date, Long load) {
    }

    static PerformedLoads read(Team team, LocalDate from, LocalDate to) {
        PerformedLoads loads = new PerformedLoads();
        if (to.isBefore(from)) {
            return loads;
        }
        List<DayLoad> rows = SessionAttendance.getEntityManager().createQuery(
                "select new app.deload.plan.PerformedLoads$DayLoad(ath.id, s.date, "
                        + "sum(a.rpe * coalesce(a.minutes, s.plannedMinutes))) "
                        + "from SessionAttendance a join a.session s join a.athlete ath "
                        + "where ath.team = ?1 and ath.active = true and a.attended = true and a.rpe is not null "
                        + "and s.date between ?2 and ?3 group by ath.id, s.date", DayLoad.class)
                .setParameter(1, team).setParameter(2, from).setParameter(3, to).getResultList();
        for (DayLoad row : rows) {
            loads.byAthleteAndWeek.computeIfAbsent(row.athleteId(), k -> new HashMap<>())
                    .merge(PlanDates.monday(row.date()), row.load() == null ? 0.0 : row.load().doubleValue(),
                            Double::sum);
        }
        return loads;
    }

    /** The athlete's performed load in the week starting on this Monday, or null without a rated session. */
    Double of(long athleteId, LocalDate monday) {
        Map<LocalDate, Double> weeks = byAthleteAndWeek.get(athleteId);
        return weeks == null ? null : weeks.get(monday);
    }
}
