package app.deload.account;

import java.util.List;

import app.deload.athlete.Athlete;
import app.deload.team.Team;
import app.deload.web.Wayfinding;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;

/**
 * Who may see what, the second check after the role: a coach reaches only the teams they coach and
 * those teams' athletes, an athlete only their own record, an admin everything. Anything else is 404. What a
 * page was allowed to show also tells the layout where the page sits ({@link Wayfinding}).
 */
@RequestScoped
public class Access {

    @Inject
    SecurityIdentity identity;

    @Inject
    Wayfinding wayfinding;

    private User user;

    public User user() {
        if (user == null) {
            user = User.findActiveByUsername(identity.getPrincipal().getName()).orElseThrow(NotFoundException::new);
        }
        return user;
    }

    public boolean isAdmin() {
        return identity.hasRole(Role.ADMIN);
    }

    public boolean canManage(Team team) {
        return isAdmin() || (identity.hasRole(Role.COACH) && Team.isCoachedBy(team.id, user()));
    }

    /** A team the caller coaches (or any team, for an admin). */
    public Team team(long id) {
        Team team = Team.findById(id);
        if (team == null || !canManage(team)) {
            throw new NotFoundException();
        }
        wayfinding.team(team.id, team.name, team.zone(), true);
        return team;
    }

    /** Teams the caller may manage, by name. */
    public List<Team> manageableTeams() {
        if (isAdmin()) {
            return Team.listAllByName();
        }
        return identity.hasRole(Role.COACH) ? Team.listCoachedBy(user()) : List.of();
    }

    /** An athlete the caller may see: their coach, an admin, or the athlete themself. */
    public Athlete athlete(long id) {
        Athlete athlete = Athlete.findWithTeam(id).orElseThrow(NotFoundException::new);
        boolean self = identity.hasRole(Role.ATHLETE) && athlete.user != null && athlete.user.id.equals(user().id);
        boolean manages = canManage(athlete.team);
        if (!self && !manages) {
            throw new NotFoundException();
        }
        return onWay(athlete, manages);
    }

    /** An athlete the caller manages as coach or admin; an athlete's own record is read-only to them. */
    public Athlete managedAthlete(long id) {
        Athlete athlete = Athlete.findWithTeam(id).orElseThrow(NotFoundException::new);
        if (!canManage(athlete.team)) {
            throw new NotFoundException();
        }
        return onWay(athlete, true);
    }

    /** A team's session or test the caller manages, named for the breadcrumb; false when not theirs. */
    public boolean canManageItem(Team team, String label, String base, String href, String section) {
        if (!canManage(team)) {
            return false;
        }
        wayfinding.team(team.id, team.name, team.zone(), true);
        wayfinding.item(label, base, href, section);
        return true;
    }

    private Athlete onWay(Athlete athlete, boolean manages) {
        wayfinding.team(athlete.team.id, athlete.team.name, athlete.team.zone(), manages);
        wayfinding.athlete(athlete.id, athlete.name);
        return athlete;
    }

    /** The signed-in athlete's own record. */
    public Athlete self() {
        return Athlete.findByUser(user()).orElseThrow(NotFoundException::new);
    }
}
