package app.deload.plan;

import app.deload.audit.AuditedEntity;
import app.deload.team.Team;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A team's priority event: the plan tapers the two weeks before its week (science §11 in the README). */
@Entity
@Table(name = "plan_event")
public class TeamEvent extends AuditedEntity {

    public static final int NAME_MAX_LENGTH = 120;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "team_id")
    public Team team;

    @Column(name = "event_date")
    public LocalDate date;
    public String name;
    /** The event week's planned load when the coach sets it; otherwise the taper's second week's. */
    public Double eventWeekLoad;

    public app.deload.planning.PlanEvent toPlanning() {
        return new app.deload.planning.PlanEvent(date, name, eventWeekLoad);
    }

    public static List<TeamEvent> listForTeam(Team team) {
        return list("team = ?1 order by date, id", team);
    }

    public static List<TeamEvent> listForTeamBetween(Team team, LocalDate from, LocalDate to) {
        return list("team = ?1 and date between ?2 and ?3 order by date, id", team, from, to);
    }

    public static Optional<TeamEvent> findForTeam(Team team, long id) {
        return find("team = ?1 and id = ?2", team, id).firstResultOptional();
    }
}
