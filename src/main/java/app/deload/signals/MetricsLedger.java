package app.deload.signals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.hibernate.Session;

import app.deload.plan.DeloadRecords;
import app.deload.monitoring.AthleteHistory;
import app.deload.monitoring.Checkpoint;
import app.deload.monitoring.DayMetrics;
import app.deload.monitoring.DayMetricsCodec;
import app.deload.monitoring.Domain;
import app.deload.monitoring.MetricsCalculator;
import app.deload.monitoring.Thresholds;
import app.deload.plan.PlanningService;
import app.deload.team.Team;
import app.deload.team.TeamThresholds;
import app.deload.team.ThresholdDefaults;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Keeps every athlete's computed days (table athlete_day) current. Each write that changes a monitoring input
 * calls {@link #changed} in its own transaction; the ledger locks the athletes' rows, resumes the calculation
 * from the checkpoint stored on the day before the earliest changed date and replaces the days from there
 * through tomorrow in the team's zone. A page that finds a day not covered yet (a new day began, a planned
 * session started, the thresholds' fingerprint differs) calls {@link #catchUp}, which does the same in a
 * transaction of its own. Both lock the athlete row first, so two instances never interleave their work on one
 * athlete, and nothing is cached outside the database.
 */
@ApplicationScoped
public class MetricsLedger {

    /** Part of the fingerprint: raise it when the monitoring core's results change, to recompute every ledger. */
    static final int CORE_VERSION = 1;

    /** As {@code from}: a change that reaches every day (thresholds, a test's definition, a time zone). */
    public static final LocalDate WHOLE_HISTORY = MonitoringInputs.EARLIEST;

    @Inject
    ThresholdDefaults defaults;

    @Inject
    PlanningService planning;

    /** What a ledger covers, as stored in athlete_ledger. */
    record Coverage(LocalDate firstDay, LocalDate through, String fingerprint, LocalDate pendingDay,
            Instant pendingAt) {

        /** Whether the stored day is current: computed with these thresholds, no planned session started since. */
        boolean covers(LocalDate day, String expectedFingerprint, Instant now) {
            return fingerprint.equals(expectedFingerprint) && !day.isAfter(through)
                    && (pendingAt == null || pendingAt.isAfter(now) || day.isBefore(pendingDay));
        }
    }

    /**
     * Recomputes the athletes' days from {@code from} on (empty ids: every athlete of the team), in the caller's
     * transaction. Call it after every write that changes a session, attendance, rating, questionnaire, test
     * result, threshold, an athlete's team or the dates of a deload; {@code from} is the earliest date the write
     * touched (the ledger itself finds when the athlete's first day moved and then recomputes everything).
     */
    @Transactional
    public void changed(Team team, Collection<Long> athleteIds, LocalDate from) {
        EntityManager em = Panache.getEntityManager();
        em.flush();
        List<Long> ids = lockAthletes(team, athleteIds);
        Map<Long, Thresholds> thresholds = new HashMap<>();
        Map<Long, DeloadRecords> deloads = new HashMap<>();
        for (Long id : ids) {
            refresh(id, from, thresholds, deloads);
        }
    }

    /**
     * Brings the given athletes' ledgers up to date (a new day, a started session, new thresholds), in the
     * caller's transaction if there is one, so a write followed by a read in one transaction sees its own data.
     */
    @Transactional
    public void catchUp(Collection<Long> athleteIds) {
        List<Long> ids = lockAthletes(null, athleteIds);
        Map<Long, Thresholds> thresholds = new HashMap<>();
        Map<Long, DeloadRecords> deloads = new HashMap<>();
        for (Long id : ids) {
            refresh(id, null, thresholds, deloads);
        }
    }

    /** The thresholds' fingerprint a ledger must have been computed with to be read. */
    static String fingerprint(Thresholds thresholds) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(("core " + CORE_VERSION + ", format "
                    + DayMetricsCodec.VERSION + ", " + thresholds).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The days from..to computed from scratch over the athlete's whole history through tomorrow in the team's
     * zone: what the ledger must always equal (and what days before the first day show, from the test results).
     */
    public static List<DayMetrics> fromScratch(long athleteId, LocalDate joined, ZoneId zone, Thresholds thresholds,
            LocalDate lastDeloadEnd, LocalDate from, LocalDate to) {
        Instant now = Instant.now();
        LocalDate horizon = LocalDate.now(zone).plusDays(1);
        LocalDate through = to.isAfter(horizon) ? to : horizon;
        LocalDate first = MonitoringInputs.firstDay(athleteId, joined, through, now);
        AthleteHistory history = MonitoringInputs.forAthlete(athleteId, MonitoringInputs.EARLIEST, through, now)
                .history(first, lastDeloadEnd);
        return new MetricsCalculator(thresholds).days(history, from, to);
    }

    /** Days before the athlete's first day: nothing but test results can show there. */
    static List<DayMetrics> beforeFirstDay(long athleteId, LocalDate firstDay, Thresholds thresholds, LocalDate from,
            LocalDate to) {
        AthleteHistory history = new AthleteHistory(firstDay, List.of(), List.of(),
                MonitoringInputs.performance(athleteId, to), null);
        return new MetricsCalculator(thresholds).days(history, from, to);
    }

    private List<Long> lockAthletes(Team team, Collection<Long> athleteIds) {
        EntityManager em = Panache.getEntityManager();
        List<?> locked;
        if (athleteIds == null || athleteIds.isEmpty()) {
            locked = em.createNativeQuery("SELECT id FROM athlete WHERE team_id = ?1 ORDER BY id FOR UPDATE")
                    .setParameter(1, team.id).getResultList();
        } else {
            Set<Long> sorted = new TreeSet<>(athleteIds);
            locked = em.createNativeQuery("SELECT id FROM athlete WHERE id IN (?1) ORDER BY id FOR UPDATE")
                    .setParameter(1, sorted).getResultList();
        }
        return locked.stream().map(id -> ((Number) id).longValue()).collect(Collectors.toList());
    }

    /** The team's thresholds and deload records are read once per call, however many of its athletes are refreshed. */
    private void refresh(long athleteId, LocalDate from, Map<Long, Thresholds> thresholdsByTeam,
            Map<Long, DeloadRecords> deloadsByTeam) {
        EntityManager em = Panache.getEntityManager();
        Object[] athlete = (Object[]) em.createNativeQuery("SELECT a.team_id, a.created_at, t.time_zone "
                + "FROM athlete a JOIN team t ON t.id = a.team_id WHERE a.id = ?1")
                .setParameter(1, athleteId).getSingleResult();
        long teamId = ((Number) athlete[0]).longValue();
        ZoneId zone = ZoneId.of((String) athlete[2]);
        Thresholds thresholds = thresholdsByTeam.computeIfAbsent(teamId,
                id -> TeamThresholds.effectiveFor(em.getReference(Team.class, id), defaults));
        String fingerprint = fingerprint(thresholds);
        Instant now = Instant.now();
        LocalDate horizon = LocalDate.now(zone).plusDays(1);
        LocalDate joined = LocalDate.ofInstant(instant(athlete[1]), zone);
        LocalDate first = MonitoringInputs.firstDay(athleteId, joined, horizon, now);
        Coverage stored = coverage(athleteId);

        LocalDate start;
        if (stored == null || !stored.fingerprint().equals(fingerprint) || !stored.firstDay().equals(first)) {
            start = first;
        } else {
            start = stored.through().plusDays(1);
            if (from != null && from.isBefore(start)) {
                start = from;
            }
            if (stored.pendingAt() != null && !stored.pendingAt().isAfter(now) && stored.pendingDay().isBefore(start)) {
                start = stored.pendingDay();
            }
            if (start.isBefore(first)) {
                start = first;
            }
            if (start.isAfter(horizon)) {
                return;
            }
        }
        Checkpoint state = start.equals(first) ? Checkpoint.before(first) : checkpoint(athleteId, start.minusDays(1));
        if (state == null) {
            start = first;
            state = Checkpoint.before(first);
        }
        MetricsCalculator calculator = new MetricsCalculator(thresholds);
        MonitoringInputs.Inputs inputs = MonitoringInputs.forAthlete(athleteId,
                start.minusDays(calculator.lookbackDays()), horizon, now);
        List<MetricsCalculator.LedgerDay> days = calculator.resume(inputs.history(first,
                deloadsByTeam.computeIfAbsent(teamId, id -> planning.deloadRecords(em.getReference(Team.class, id)))
                        .lastEnd(athleteId, horizon.minusDays(1)).orElse(null)),
                state, horizon);
        write(athleteId, start.equals(first) ? null : start, days);
        MonitoringInputs.Pending pending = inputs.pending();
        em.createNativeQuery("DELETE FROM athlete_ledger WHERE athlete_id = ?1").setParameter(1, athleteId)
                .executeUpdate();
        em.createNativeQuery("INSERT INTO athlete_ledger (athlete_id, first_day, through_day, fingerprint, "
                + "pending_day, pending_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, athleteId).setParameter(2, first).setParameter(3, horizon)
                .setParameter(4, fingerprint).setParameter(5, pending == null ? null : pending.day())
                .setParameter(6, pending == null ? null : OffsetDateTime.ofInstant(pending.startsAt(), zone))
                .executeUpdate();
    }

    /** What the athlete's ledger covers, or null when it has never been computed. */
    static Coverage coverage(long athleteId) {
        List<?> rows = Panache.getEntityManager().createNativeQuery("SELECT first_day, through_day, fingerprint, "
                + "pending_day, pending_at FROM athlete_ledger WHERE athlete_id = ?1")
                .setParameter(1, athleteId).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] row = (Object[]) rows.get(0);
        return coverage(row, 0);
    }

    /** A coverage read from five columns starting at {@code offset}; null when the first is null. */
    static Coverage coverage(Object[] row, int offset) {
        if (row[offset] == null) {
            return null;
        }
        return new Coverage(date(row[offset]), date(row[offset + 1]), (String) row[offset + 2],
                date(row[offset + 3]), row[offset + 4] == null ? null : instant(row[offset + 4]));
    }

    private Checkpoint checkpoint(long athleteId, LocalDate day) {
        List<?> rows = Panache.getEntityManager().createNativeQuery("SELECT ewma_acute, ewma_chronic, ewma_seed_day, "
                + "ctl, atl, watch_days, sore_days, recent_domains FROM athlete_day "
                + "WHERE athlete_id = ?1 AND metrics_date = ?2")
                .setParameter(1, athleteId).setParameter(2, day).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] r = (Object[]) rows.get(0);
        List<Set<Domain>> recent = new ArrayList<>();
        String masks = (String) r[7];
        if (!masks.isEmpty()) {
            for (String mask : masks.split(",")) {
                recent.add(Checkpoint.domains(Integer.parseInt(mask)));
            }
        }
        return new Checkpoint(day, r[0] == null ? Double.NaN : ((Number) r[0]).doubleValue(),
                r[1] == null ? Double.NaN : ((Number) r[1]).doubleValue(), date(r[2]), ((Number) r[3]).doubleValue(),
                ((Number) r[4]).doubleValue(), ((Number) r[5]).intValue(), ((Number) r[6]).intValue(), recent);
    }

    /** Replaces the stored days from {@code from} on (all of them when null) with the computed ones. */
    private void write(long athleteId, LocalDate from, List<MetricsCalculator.LedgerDay> days) {
        EntityManager em = Panache.getEntityManager();
        if (from == null) {
            em.createNativeQuery("DELETE FROM athlete_day WHERE athlete_id = ?1").setParameter(1, athleteId)
                    .executeUpdate();
        } else {
            em.createNativeQuery("DELETE FROM athlete_day WHERE athlete_id = ?1 AND metrics_date >= ?2")
                    .setParameter(1, athleteId).setParameter(2, from).executeUpdate();
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO athlete_day (athlete_id, "
                    + "metrics_date, metrics, ewma_acute, ewma_chronic, ewma_seed_day, ctl, atl, watch_days, "
                    + "sore_days, recent_domains) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int batched = 0;
                for (MetricsCalculator.LedgerDay day : days) {
                    Checkpoint s = day.state();
                    insert.setLong(1, athleteId);
                    insert.setDate(2, Date.valueOf(s.date()));
                    insert.setBytes(3, DayMetricsCodec.encode(day.metrics()));
                    nullableDouble(insert, 4, s.ewmaAcute());
                    nullableDouble(insert, 5, s.ewmaChronic());
                    insert.setDate(6, s.ewmaSeedDay() == null ? null : Date.valueOf(s.ewmaSeedDay()));
                    insert.setDouble(7, s.ctl());
                    insert.setDouble(8, s.atl());
                    insert.setInt(9, s.watchDays());
                    insert.setInt(10, s.soreDays());
                    insert.setString(11, s.recentDomains().stream().map(d -> Integer.toString(Checkpoint.mask(d)))
                            .collect(Collectors.joining(",")));
                    insert.addBatch();
                    if (++batched % 200 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
        });
    }

    private static void nullableDouble(PreparedStatement statement, int index, double value)
            throws java.sql.SQLException {
        if (Double.isNaN(value)) {
            statement.setNull(index, Types.DOUBLE);
        } else {
            statement.setDouble(index, value);
        }
    }

    static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        return ((Date) value).toLocalDate();
    }

    static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.time.ZonedDateTime z) {
            return z.toInstant();
        }
        if (value instanceof java.time.LocalDateTime l) {
            return l.atZone(ZoneId.systemDefault()).toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
