package app.deload.signals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import app.deload.athlete.Athlete;
import app.deload.monitoring.DayMetrics;
import app.deload.monitoring.DayMetricsCodec;
import app.deload.monitoring.SignalLevel;
import app.deload.monitoring.TeamAlertShare;
import app.deload.monitoring.Thresholds;
import app.deload.plan.PlanningService;
import app.deload.team.Team;
import app.deload.team.TeamThresholds;
import app.deload.team.ThresholdDefaults;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Reads computed days from the metrics ledger ({@link MetricsLedger}): one indexed query for a squad on a date
 * or one athlete over a range, whatever the length of the history. A day the ledger does not cover yet is
 * brought up to date first ({@link MetricsLedger#catchUp}); days before an athlete's first day are computed
 * from the test results alone.
 */
@ApplicationScoped
public class TeamMetrics {

    @Inject
    ThresholdDefaults defaults;

    @Inject
    MetricsLedger ledger;

    @Inject
    PlanningService planning;

    public record AthleteDay(long athleteId, String name, String code, DayMetrics metrics) {
    }

    public record SquadDay(LocalDate date, List<AthleteDay> athletes, TeamAlertShare alertShare,
            Thresholds thresholds) {
    }

    public Thresholds thresholds(Team team) {
        return TeamThresholds.effectiveFor(team, defaults);
    }

    public SquadDay squadOn(Team team, LocalDate day) {
        Thresholds thresholds = thresholds(team);
        String fingerprint = MetricsLedger.fingerprint(thresholds);
        List<Object[]> rows = squadRows(team, day);
        Instant now = Instant.now();
        List<Long> behind = new ArrayList<>();
        for (Object[] row : rows) {
            MetricsLedger.Coverage coverage = MetricsLedger.coverage(row, 3);
            if (coverage == null || !coverage.covers(day, fingerprint, now)
                    || !day.isBefore(coverage.firstDay()) && !DayMetricsCodec.readable((byte[]) row[8])) {
                behind.add(((Number) row[0]).longValue());
            }
        }
        if (!behind.isEmpty()) {
            ledger.catchUp(behind);
            rows = squadRows(team, day);
        }
        List<AthleteDay> athletes = new ArrayList<>(rows.size());
        List<SignalLevel> levels = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            MetricsLedger.Coverage coverage = MetricsLedger.coverage(row, 3);
            DayMetrics metrics = day.isBefore(coverage.firstDay())
                    ? MetricsLedger.beforeFirstDay(id, coverage.firstDay(), thresholds, day, day).get(0)
                    : DayMetricsCodec.decode((byte[]) row[8]);
            athletes.add(new AthleteDay(id, (String) row[1], (String) row[2], metrics));
            levels.add(metrics.signals().level());
        }
        return new SquadDay(day, athletes, TeamAlertShare.of(levels, thresholds), thresholds);
    }

    /** The team's active athletes by name, each with its ledger's coverage and stored day, in one query. */
    @SuppressWarnings("unchecked")
    private static List<Object[]> squadRows(Team team, LocalDate day) {
        return Panache.getEntityManager().createNativeQuery("SELECT a.id, a.name, a.code, h.first_day, "
                + "h.through_day, h.fingerprint, h.pending_day, h.pending_at, d.metrics FROM athlete a "
                + "LEFT JOIN athlete_ledger h ON h.athlete_id = a.id "
                + "LEFT JOIN athlete_day d ON d.athlete_id = a.id AND d.metrics_date = ?1 "
                + "WHERE a.team_id = ?2 AND a.active = TRUE ORDER BY a.name, a.id")
                .setParameter(1, day).setParameter(2, team.id).getResultList();
    }

    public List<DayMetrics> athleteBetween(Athlete athlete, LocalDate from, LocalDate to) {
        Thresholds thresholds = thresholds(athlete.team);
        if (to.isAfter(LocalDate.now(athlete.team.zone()).plusDays(1))) {
            return MetricsLedger.fromScratch(athlete.id, LocalDate.ofInstant(athlete.createdAt, athlete.team.zone()),
                    athlete.team.zone(), thresholds,
                    planning.lastDeloadEnd(athlete, LocalDate.now(athlete.team.zone())).orElse(null), from, to);
        }
        String fingerprint = MetricsLedger.fingerprint(thresholds);
        List<Object[]> rows = athleteRows(athlete.id, from, to);
        if (!complete(rows, from, to, fingerprint)) {
            ledger.catchUp(List.of(athlete.id));
            rows = athleteRows(athlete.id, from, to);
        }
        MetricsLedger.Coverage coverage = MetricsLedger.coverage(rows.get(0), 0);
        List<DayMetrics> days = new ArrayList<>((int) (to.toEpochDay() - from.toEpochDay() + 1));
        if (from.isBefore(coverage.firstDay())) {
            LocalDate last = to.isBefore(coverage.firstDay()) ? to : coverage.firstDay().minusDays(1);
            days.addAll(MetricsLedger.beforeFirstDay(athlete.id, coverage.firstDay(), thresholds, from, last));
        }
        for (Object[] row : rows) {
            if (row[6] != null) {
                days.add(DayMetricsCodec.decode((byte[]) row[6]));
            }
        }
        return days;
    }

    public DayMetrics athleteOn(Athlete athlete, LocalDate day) {
        return athleteBetween(athlete, day, day).get(0);
    }

    /** The ledger's coverage with the stored days from..to, by date, in one query (one row without a ledger). */
    @SuppressWarnings("unchecked")
    private static List<Object[]> athleteRows(long athleteId, LocalDate from, LocalDate to) {
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("SELECT h.first_day, h.through_day, "
                + "h.fingerprint, h.pending_day, h.pending_at, d.metrics_date, d.metrics FROM athlete_ledger h "
                + "LEFT JOIN athlete_day d ON d.athlete_id = h.athlete_id AND d.metrics_date BETWEEN ?2 AND ?3 "
                + "WHERE h.athlete_id = ?1 ORDER BY d.metrics_date")
                .setParameter(1, athleteId).setParameter(2, from).setParameter(3, to).getResultList();
        return rows;
    }

    /** Whether the rows hold every day from..to on or after the first day, current and readable. */
    private static boolean complete(List<Object[]> rows, LocalDate from, LocalDate to, String fingerprint) {
        if (rows.isEmpty()) {
            return false;
        }
        MetricsLedger.Coverage coverage = MetricsLedger.coverage(rows.get(0), 0);
        Instant now = Instant.now();
        if (!coverage.covers(to, fingerprint, now)) {
            return false;
        }
        LocalDate expected = from.isBefore(coverage.firstDay()) ? coverage.firstDay() : from;
        Map<LocalDate, Boolean> stored = new TreeMap<>();
        for (Object[] row : rows) {
            if (row[5] != null) {
                stored.put(MetricsLedger.date(row[5]), DayMetricsCodec.readable((byte[]) row[6]));
            }
        }
        for (LocalDate d = expected; !d.isAfter(to); d = d.plusDays(1)) {
            if (!Boolean.TRUE.equals(stored.get(d))) {
                return false;
            }
        }
        return true;
    }
}
