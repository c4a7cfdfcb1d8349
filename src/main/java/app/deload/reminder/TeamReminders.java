package app.deload.reminder;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A team's reminder times in its own time zone: the questionnaire deadline and the coaches' digest. */
@Entity
@Table(name = "team_reminders")
public class TeamReminders extends PanacheEntityBase {

    @Id
    public Long teamId;
    public LocalTime questionnaireBy;
    public LocalTime digestAt;
    public Instant updatedAt;
    public String updatedBy;

    public static TeamReminders forTeam(long teamId) {
        TeamReminders found = findById(teamId);
        if (found != null) {
            return found;
        }
        TeamReminders fresh = new TeamReminders();
        fresh.teamId = teamId;
        return fresh;
    }

    public static List<TeamReminders> listSet() {
        return list("questionnaireBy is not null or digestAt is not null");
    }
}
