package app.deload.microcycle;

import app.deload.audit.AuditedEntity;
import app.deload.team.Team;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** One generation: the planned sessions of a range made from the plan and the week templates in one step. */
@Entity
public class SessionGeneration extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "team_id")
    public Team team;

    public LocalDate firstDay;
    public LocalDate lastDay;
    public int createdSessions;
    public int updatedSessions;
    public int deletedSessions;
    /** Days left as they were: a session on them was entered or edited by hand, or rated. */
    public int keptDays;
    public String doneBy;
    public Instant undoneAt;
    public String undoneBy;

    /** The team's last generation that has not been undone: the one an undo takes back. */
    static Optional<SessionGeneration> lastOf(Team team) {
        return find("team = ?1 and undoneAt is null order by createdAt desc, id desc", team).firstResultOptional();
    }

    static Optional<SessionGeneration> findForTeam(Team team, long id) {
        return find("team = ?1 and id = ?2", team, id).firstResultOptional();
    }
}
