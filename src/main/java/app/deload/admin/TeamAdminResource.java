package app.deload.admin;

import java.util.Comparator;
import java.util.List;

import org.jboss.resteasy.reactive.RestForm;

import app.deload.account.Role;
import app.deload.account.User;
import app.deload.signals.MetricsLedger;
import app.deload.team.Team;
import app.deload.team.TeamForm;
import app.deload.team.TeamRow;
import app.deload.team.TimeZones;
import app.deload.web.FormErrors;
import app.deload.web.Forms;
import app.deload.web.Redirects;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** Admin: create, edit and deactivate teams, and choose who coaches them. */
@Path("/admin/teams")
@RolesAllowed(Role.ADMIN)
public class TeamAdminResource {

    public record CoachOption(long id, String name, String username) {
        public String removeAction(long teamId) {
            return "/admin/teams/" + teamId + "/coaches/" + id + "/remove";
        }
    }

    /** Where the forms of the team page post to. */
    public record Paths(String save, String coaches, String active) {
        static Paths of(Long teamId) {
            String base = teamId == null ? "/admin/teams" : "/admin/teams/" + teamId;
            return new Paths(base, base + "/coaches", base + "/active");
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<TeamRow> teams);

        static native TemplateInstance form(TeamForm form, FormErrors errors, Long teamId, Paths paths,
                List<String> zones, List<CoachOption> coaches, List<CoachOption> otherCoaches, boolean active);
    }

    @Inject
    Forms forms;

    @Inject
    MetricsLedger ledger;

    @GET
    public TemplateInstance list() {
        return Templates.list(TeamRow.of(Team.listAllByName()));
    }

    @GET
    @Path("new")
    public TemplateInstance createForm() {
        return Templates.form(TeamForm.empty(), FormErrors.none(), null, Paths.of(null), TimeZones.all(), List.of(),
                List.of(), true);
    }

    @POST
    @Transactional
    public Response create(@BeanParam TeamForm form) {
        FormErrors errors = form.checkRules(forms.check(form), null);
        if (errors.any()) {
            return Redirects.invalid(
                    Templates.form(form, errors, null, Paths.of(null), TimeZones.all(), List.of(), List.of(), true));
        }
        Team team = new Team();
        form.applyTo(team);
        team.persist();
        return Redirects.seeOther("/admin/teams/" + team.id, "Team created. Now assign its coaches.");
    }

    @GET
    @Path("{id}")
    public TemplateInstance editForm(long id) {
        Team team = team(id);
        return form(team, TeamForm.of(team), FormErrors.none());
    }

    @POST
    @Path("{id}")
    @Transactional
    public Response update(long id, @BeanParam TeamForm form) {
        Team team = team(id);
        FormErrors errors = form.checkRules(forms.check(form), team.id);
        if (errors.any()) {
            return Redirects.invalid(form(team, form, errors));
        }
        String zone = team.timeZone;
        form.applyTo(team);
        if (!zone.equals(team.timeZone)) {
            ledger.changed(team, List.of(), MetricsLedger.WHOLE_HISTORY);
        }
        return Redirects.seeOther("/admin/teams/" + id, "Team saved.");
    }

    @POST
    @Path("{id}/active")
    @Transactional
    public Response setActive(long id, @RestForm boolean active) {
        Team team = team(id);
        team.active = active;
        return Redirects.seeOther("/admin/teams/" + id, active ? "Team reactivated." : "Team deactivated.");
    }

    @POST
    @Path("{id}/coaches")
    @Transactional
    public Response addCoach(long id, @RestForm Long coachId) {
        Team team = team(id);
        User coach = coachId == null ? null : User.findById(coachId);
        if (coach == null || !coach.isCoach() || !coach.active) {
            return Redirects.seeOther("/admin/teams/" + id, "Choose an active coach.");
        }
        team.coaches.add(coach);
        return Redirects.seeOther("/admin/teams/" + id, coach.displayName + " now coaches " + team.name + ".");
    }

    @POST
    @Path("{id}/coaches/{coachId}/remove")
    @Transactional
    public Response removeCoach(long id, long coachId) {
        Team team = team(id);
        team.coaches.removeIf(c -> c.id == coachId);
        return Redirects.seeOther("/admin/teams/" + id, "Coach removed from the team.");
    }

    private TemplateInstance form(Team team, TeamForm form, FormErrors errors) {
        List<CoachOption> coaches = team.coaches.stream().sorted(Comparator.comparing((User u) -> u.displayName))
                .map(TeamAdminResource::option).toList();
        List<CoachOption> others = User.listActiveCoaches().stream().filter(c -> !team.coaches.contains(c))
                .map(TeamAdminResource::option).toList();
        return Templates.form(form, errors, team.id, Paths.of(team.id), TimeZones.all(), coaches, others,
                team.active);
    }

    private static CoachOption option(User user) {
        return new CoachOption(user.id, user.displayName, user.username);
    }

    private static Team team(long id) {
        Team team = Team.findById(id);
        if (team == null) {
            throw new NotFoundException();
        }
        return team;
    }
}
