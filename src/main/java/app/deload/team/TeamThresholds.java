package app.deload.team;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import app.deload.audit.AuditedEntity;
import app.deload.monitoring.IntensityBasis;
import app.deload.monitoring.Thresholds;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;

/** A team's own values for the heuristic thresholds; a null field means "the configured default". */
@Entity
public class TeamThresholds extends AuditedEntity {

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "team_id")
    public Team team;

    public Double ratioSpike;
    public Double monotonyHigh;
    public Double zWatch;
    public Double zAlert;
    public Double sleepRestrictionHours;
    public Double shortSleepHours;
    public Double defaultSwcPercent;
    @Enumerated(EnumType.STRING)
    public IntensityBasis activeRecoveryBasis;

    public static TeamThresholds forTeam(Team team) {
        TeamThresholds found = find("team", team).firstResult();
        if (found == null) {
            found = new TeamThresholds();
            found.team = team;
        }
        return found;
    }

    /** The effective thresholds of each given team, in one query. */
    public static Map<Long, Thresholds> effectiveFor(Collection<Team> teams, ThresholdDefaults defaults) {
        Map<Long, TeamThresholds> own = teams.isEmpty() ? Map.of()
                : TeamThresholds.<TeamThresholds>list("team in ?1", teams).stream()
                        .collect(Collectors.toMap(t -> t.team.id, Function.identity()));
        return teams.stream().collect(Collectors.toMap(t -> t.id,
                t -> own.containsKey(t.id) ? own.get(t.id).effective(defaults) : defaults.thresholds()));
    }

    public static Thresholds effectiveFor(Team team, ThresholdDefaults defaults) {
        return effectiveFor(List.of(team), defaults).get(team.id);
    }

    public Thresholds effective(ThresholdDefaults d) {
        return Thresholds.defaults().withHeuristics(or(ratioSpike, d.ratioSpike()), or(monotonyHigh, d.monotonyHigh()),
                or(zWatch, d.zWatch()), or(zAlert, d.zAlert()),
                or(sleepRestrictionHours, d.sleepRestrictionHours()), or(shortSleepHours, d.shortSleepHours()),
                or(defaultSwcPercent, d.defaultSwcPercent()),
                activeRecoveryBasis == null ? d.activeRecoveryBasis() : activeRecoveryBasis);
    }

    void copyOverridesTo(TeamThresholds target) {
        target.ratioSpike = ratioSpike;
        target.monotonyHigh = monotonyHigh;
        target.zWatch = zWatch;
        target.zAlert = zAlert;
        target.sleepRestrictionHours = sleepRestrictionHours;
        target.shortSleepHours = shortSleepHours;
        target.defaultSwcPercent = defaultSwcPercent;
        target.activeRecoveryBasis = activeRecoveryBasis;
    }

    /** What each setting is now, as text, for the change log. */
    List<String> describe() {
        List<String> values = new ArrayList<>();
        for (Object value : new Object[] { ratioSpike, monotonyHigh, zWatch, zAlert, sleepRestrictionHours,
                shortSleepHours, defaultSwcPercent, activeRecoveryBasis }) {
            values.add(value == null ? "default" : value.toString());
        }
        return values;
    }

    private static double or(Double own, double fallback) {
        return own == null ? fallback : own;
    }
}
