package app.deload.microcycle;

import app.deload.athlete.Athlete;
import app.deload.audit.AuditedEntity;
import app.deload.team.Team;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** A stored week template: the team's (no athlete) or one athlete's, which replaces the team's for them. */
@Entity
@Table(name = "week_template")
public class StoredTemplate extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "team_id")
    public Team team;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "athlete_id")
    public Athlete athlete;

    /** The coach confirmed the hard days in a row this template has. */
    public boolean hardDaysConfirmed;
    public LocalTime competitionStart;
    public int competitionMinutes;
    public int competitionRpe;

    static Optional<StoredTemplate> findForTeam(Team team) {
        return find("team = ?1 and athlete is null order by id", team).firstResultOptional();
    }

    static Optional<StoredTemplate> findForAthlete(Athlete athlete) {
        return find("athlete = ?1 order by id", athlete).firstResultOptional();
    }

    /** The athletes' own templates among these athletes. */
    static List<StoredTemplate> listForAthletes(Collection<Long> athleteIds) {
        if (athleteIds.isEmpty()) {
            return List.of();
        }
        return list("from StoredTemplate t join fetch t.athlete a where a.id in ?1", athleteIds);
    }
}
