package app.deload.signals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import app.deload.athlete.Athlete;
import app.deload.monitoring.AthleteHistory;
import app.deload.monitoring.DayMetrics;
import app.deload.monitoring.MetricsCalculator;
import app.deload.monitoring.SignalLevel;
import app.deload.monitoring.TeamAlertShare;
import app.deload.monitoring.Thresholds;
import app.deload.team.Team;
import app.deload.team.TeamThresholds;
import app.deload.team.ThresholdDefaults;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Loads a team's history with a fixed number of queries, whatever its size, and runs the pure monitoring core
 * over it with the team's thresholds. The whole history is used so the EWMAs start at each athlete's first day.
 */
@ApplicationScoped
public class TeamMetrics {

    @Inject
    ThresholdDefaults defaults;

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
        List<Athlete> athletes = Athlete.listActiveForTeam(team);
        Map<Long, AthleteHistory> histories = MonitoringInputs.forAthletes(team, athletes, day);
        MetricsCalculator calculator = new MetricsCalculator(thresholds);
        List<AthleteDay> rows = new ArrayList<>();
        List<SignalLevel> levels = new ArrayList<>();
        for (Athlete athlete : athletes) {
            DayMetrics metrics = calculator.day(histories.get(athlete.id), day);
            rows.add(new AthleteDay(athlete.id, athlete.name, athlete.code, metrics));
            levels.add(metrics.signals().level());
        }
        return new SquadDay(day, rows, TeamAlertShare.of(levels, thresholds), thresholds);
    }

    public List<DayMetrics> athleteBetween(Athlete athlete, LocalDate from, LocalDate to) {
        AthleteHistory history = MonitoringInputs.forAthletes(athlete.team, List.of(athlete), to).get(athlete.id);
        return new MetricsCalculator(thresholds(athlete.team)).days(history, from, to);
    }

    public DayMetrics athleteOn(Athlete athlete, LocalDate day) {
        return athleteBetween(athlete, day, day).get(0);
    }
}
