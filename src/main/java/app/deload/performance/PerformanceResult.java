package app.deload.performance;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import app.deload.athlete.Athlete;
import app.deload.audit.AuditedEntity;
import app.deload.monitoring.PerformanceInput;
import app.deload.team.Team;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.ManyToOne;

/** One athlete's result in one test on one date of the team's calendar; at most one per test, athlete and date. */
@Entity
public class PerformanceResult extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "test_id")
    public PerformanceTest test;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "athlete_id")
    public Athlete athlete;

    public LocalDate resultDate;
    /** The result in the test's unit. */
    public double measured;

    /** The result as the monitoring core reads it; needs {@link #test} loaded. */
    public PerformanceInput toInput() {
        return new PerformanceInput(resultDate, test.name, measured, test.higherIsBetter, test.swcPercent);
    }

    /**
     * Records a squad's results of one test on one date, replacing results already there for the same athletes;
     * needs a transaction. Every athlete must be on the test's team. Writers of one test queue on a lock of the
     * test row, so two coaches saving at once never collide on the unique constraint.
     */
    public static void record(PerformanceTest test, LocalDate date, List<Measurement> measurements) {
        PerformanceTest locked = getEntityManager().find(PerformanceTest.class, test.id, LockModeType.PESSIMISTIC_WRITE);
        Map<Long, Athlete> team = Athlete.listForTeam(locked.team).stream()
                .collect(Collectors.toMap(a -> a.id, Function.identity()));
        Map<Long, PerformanceResult> existing = PerformanceResult.<PerformanceResult>list(
                "test = ?1 and resultDate = ?2", locked, date).stream()
                .collect(Collectors.toMap(r -> r.athlete.id, Function.identity()));
        for (Measurement m : measurements) {
            Athlete athlete = team.get(m.athleteId());
            if (athlete == null) {
                throw new IllegalArgumentException("athlete " + m.athleteId() + " is not on the test's team");
            }
            PerformanceResult result = existing.computeIfAbsent(m.athleteId(), id -> new PerformanceResult());
            result.test = locked;
            result.athlete = athlete;
            result.resultDate = date;
            result.measured = m.value();
            result.persist();
        }
        getEntityManager().flush();
    }

    /** Every result of the test with its athlete, oldest first. */
    public static List<PerformanceResult> listForTest(PerformanceTest test) {
        return list("from PerformanceResult r join fetch r.athlete where r.test = ?1 order by r.resultDate, r.id",
                test);
    }

    /** Every result of the athlete with its test, oldest first. */
    public static List<PerformanceResult> listForAthlete(Athlete athlete) {
        return list("from PerformanceResult r join fetch r.test where r.athlete = ?1 order by r.resultDate, r.id",
                athlete);
    }

    /** The athlete's results from {@code from} to {@code to} inclusive with their tests, oldest first. */
    public static List<PerformanceResult> listForAthleteBetween(Athlete athlete, LocalDate from, LocalDate to) {
        return list("from PerformanceResult r join fetch r.test where r.athlete = ?1 and r.resultDate between ?2 and ?3 "
                + "order by r.resultDate, r.id", athlete, from, to);
    }

    /**
     * Results of the team's current athletes from {@code from} to {@code to} inclusive, in one query with each
     * result's test and athlete loaded, ordered by athlete name, test name, then date.
     */
    public static List<PerformanceResult> listForTeamBetween(Team team, LocalDate from, LocalDate to) {
        return list("from PerformanceResult r join fetch r.test t join fetch r.athlete a where a.team = ?1 "
                + "and r.resultDate between ?2 and ?3 order by a.name, a.id, t.name, r.resultDate", team, from, to);
    }
}
