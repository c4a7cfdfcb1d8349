package app.deload.athlete;

import java.util.List;

import app.deload.account.Access;
import app.deload.team.Team;
import app.deload.web.FormErrors;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** The teams an athlete may be placed in by the caller: any for an admin, their own for a coach. */
@RequestScoped
public class TeamChoices {

    public record Option(long id, String name) {
        public String key() {
            return Long.toString(id);
        }
    }

    @Inject
    Access access;

    public List<Option> options() {
        return access.manageableTeams().stream().map(t -> new Option(t.id, t.name)).toList();
    }

    /** The chosen team, or null with a message beside the field. */
    public Team target(Long teamId, FormErrors errors) {
        Team team = teamId == null ? null : Team.findById(teamId);
        if (team == null || !access.canManage(team)) {
            errors.add("teamId", "Choose one of your teams.");
            return null;
        }
        return team;
    }
}
