package app.deload.signals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import app.deload.monitoring.AthleteHistory;
import app.deload.monitoring.PerformanceInput;
import app.deload.monitoring.SessionInput;
import app.deload.monitoring.WellnessInput;
import io.quarkus.hibernate.orm.panache.Panache;

/**
 * One athlete's monitoring inputs, read as plain values (never managed entities): sessions, questionnaires and
 * test results on the dates from..through. Sessions that have not started by {@code now} are plans, not
 * missing ratings: they are left out, and the earliest of them is reported so the days it falls on can be
 * recomputed once it has started.
 */
final class MonitoringInputs {

    /** Far enough back for any real history. */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    /** The earliest attended session not started yet at the time of reading, or null. */
    record Pending(LocalDate day, Instant startsAt) {
    }

    record Inputs(List<SessionInput> sessions, List<WellnessInput> wellness, List<PerformanceInput> performance,
            Pending pending) {

        /** @param lastDeloadEnd the end of the last deload or taper the athlete had (medical-review rule), or null */
        AthleteHistory history(LocalDate firstDay, LocalDate lastDeloadEnd) {
            return new AthleteHistory(firstDay, sessions, wellness, performance, lastDeloadEnd);
        }
    }

    private MonitoringInputs() {
    }

    /**
     * The athlete's first day: the earliest of the day they joined, their first started attended session and
     * their first questionnaire (the EWMA seed day and day 1 of "building history").
     */
    static LocalDate firstDay(long athleteId, LocalDate joined, LocalDate through, Instant now) {
        LocalDate session = Panache.getEntityManager().createQuery("select min(s.date) from SessionAttendance a "
                + "join a.session s where a.athlete.id = ?1 and a.attended = true and s.startsAt <= ?2 "
                + "and s.date <= ?3", LocalDate.class)
                .setParameter(1, athleteId).setParameter(2, now).setParameter(3, through).getSingleResult();
        LocalDate wellness = Panache.getEntityManager().createQuery("select min(w.entryDate) from WellnessEntry w "
                + "where w.athlete.id = ?1 and w.entryDate <= ?2", LocalDate.class)
                .setParameter(1, athleteId).setParameter(2, through).getSingleResult();
        LocalDate first = joined;
        if (session != null && session.isBefore(first)) {
            first = session;
        }
        if (wellness != null && wellness.isBefore(first)) {
            first = wellness;
        }
        return first;
    }

    static Inputs forAthlete(long athleteId, LocalDate from, LocalDate through, Instant now) {
        List<SessionInput> sessions = new ArrayList<>();
        Pending pending = null;
        List<Object[]> sessionRows = Panache.getEntityManager().createQuery("select s.date, a.rpe, "
                + "coalesce(a.minutes, s.plannedMinutes), a.attended, s.startsAt from SessionAttendance a "
                + "join a.session s where a.athlete.id = ?1 and s.date between ?2 and ?3", Object[].class)
                .setParameter(1, athleteId).setParameter(2, from).setParameter(3, through).getResultList();
        for (Object[] row : sessionRows) {
            LocalDate date = (LocalDate) row[0];
            boolean attended = (Boolean) row[3];
            Instant startsAt = (Instant) row[4];
            if (!startsAt.isAfter(now)) {
                sessions.add(new SessionInput(date, (Integer) row[1], (Integer) row[2], attended));
            } else if (attended && (pending == null || startsAt.isBefore(pending.startsAt()))) {
                pending = new Pending(date, startsAt);
            }
        }
        List<WellnessInput> wellness = Panache.getEntityManager().createQuery("select new "
                + "app.deload.monitoring.WellnessInput(w.entryDate, w.fatigue, w.sleepQuality, w.soreness, "
                + "w.stress, w.mood, w.sleepHours, w.restingHr, w.rmssd) from WellnessEntry w "
                + "where w.athlete.id = ?1 and w.entryDate between ?2 and ?3", WellnessInput.class)
                .setParameter(1, athleteId).setParameter(2, from).setParameter(3, through).getResultList();
        return new Inputs(sessions, wellness, performance(athleteId, through), pending);
    }

    /** Every test result up to {@code through}: a result is compared with the previous ones of its test. */
    static List<PerformanceInput> performance(long athleteId, LocalDate through) {
        return Panache.getEntityManager().createQuery("select new app.deload.monitoring.PerformanceInput("
                + "r.resultDate, t.name, r.measured, t.higherIsBetter, t.swcPercent) from PerformanceResult r "
                + "join r.test t where r.athlete.id = ?1 and r.resultDate <= ?2 order by r.resultDate, r.id",
                PerformanceInput.class)
                .setParameter(1, athleteId).setParameter(2, through).getResultList();
    }
}
