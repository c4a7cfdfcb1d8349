package app.deload.signals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import app.deload.athlete.Athlete;
import app.deload.monitoring.AthleteHistory;
import app.deload.monitoring.PerformanceInput;
import app.deload.monitoring.SessionInput;
import app.deload.monitoring.WellnessInput;
import app.deload.performance.PerformanceResult;
import app.deload.team.Team;
import app.deload.training.SessionAttendance;
import app.deload.training.SessionLoad;
import app.deload.wellness.WellnessEntry;

/**
 * The monitoring core's inputs for a team's athletes, read with three queries (sessions, wellness, test
 * results) however many athletes there are. Sessions that have not started yet are left out: they are plans,
 * not missing ratings.
 */
final class MonitoringInputs {

    /** Far enough back for any real history; the EWMAs must start at each athlete's first day. */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private MonitoringInputs() {
    }

    static Map<Long, AthleteHistory> forAthletes(Team team, List<Athlete> athletes, LocalDate to) {
        Map<Long, List<SessionInput>> sessions = new HashMap<>();
        Map<Long, List<WellnessInput>> wellness = new HashMap<>();
        Map<Long, List<PerformanceInput>> results = new HashMap<>();
        boolean single = athletes.size() == 1;
        Instant now = Instant.now();
        List<SessionLoad> loads = single ? SessionAttendance.listForAthleteBetween(athletes.get(0), EARLIEST, to)
                : SessionAttendance.listForTeamBetween(team, EARLIEST, to);
        for (SessionLoad load : loads) {
            if (!load.startsAt().isAfter(now)) {
                sessions.computeIfAbsent(load.athleteId(), k -> new ArrayList<>())
                        .add(new SessionInput(load.date(), load.rpe(), load.minutes(), load.attended()));
            }
        }
        List<WellnessEntry> entries = single ? WellnessEntry.listForAthleteBetween(athletes.get(0), EARLIEST, to)
                : WellnessEntry.listForTeamBetween(team, EARLIEST, to);
        for (WellnessEntry w : entries) {
            wellness.computeIfAbsent(w.athlete.id, k -> new ArrayList<>())
                    .add(new WellnessInput(w.entryDate, w.fatigue, w.sleepQuality, w.soreness, w.stress, w.mood,
                            w.sleepHours, w.restingHr, w.rmssd));
        }
        List<PerformanceResult> measured = single
                ? PerformanceResult.listForAthleteBetween(athletes.get(0), EARLIEST, to)
                : PerformanceResult.listForTeamBetween(team, EARLIEST, to);
        for (PerformanceResult r : measured) {
            results.computeIfAbsent(r.athlete.id, k -> new ArrayList<>()).add(new PerformanceInput(r.resultDate,
                    r.test.name, r.measured, r.test.higherIsBetter, r.test.swcPercent));
        }
        Map<Long, AthleteHistory> histories = new HashMap<>();
        for (Athlete athlete : athletes) {
            LocalDate joined = LocalDate.ofInstant(athlete.createdAt, team.zone());
            histories.put(athlete.id, new AthleteHistory(joined, sessions.get(athlete.id), wellness.get(athlete.id),
                    results.get(athlete.id), null));
        }
        return histories;
    }
}
