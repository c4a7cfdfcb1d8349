package app.deload.microcycle;

import app.deload.account.Access;
import app.deload.account.Role;
import app.deload.athlete.Athlete;
import app.deload.plan.PlanningService;
import app.deload.team.Team;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;

/** The team's week template page; it starts from the team sport's default. */
@Path("/teams/{teamId}/template")
@RolesAllowed({ Role.COACH, Role.ADMIN })
public class TeamTemplateResource {

    @Inject
    Access access;

    @Inject
    TemplateStore store;

    @Inject
    PlanningService planning;

    @Inject
    TemplatePages pages;

    @GET
    public TemplateInstance show(long teamId) {
        Team team = access.team(teamId);
        EffectiveTemplate effective = store.forTeam(team);
        return pages.shown(page(team, effective, athletes(team)), effective, planning.layoutFor(team), team);
    }

    @POST
    @Transactional
    public Response save(long teamId, @BeanParam TemplateForm form) {
        Team team = access.team(teamId);
        return pages.submitted(page(team, store.forTeam(team), athletes(team)), form, team, null, planning.layoutFor(team),
                "Week template saved. Generate the plan's sessions again to apply it.");
    }

    /** The team's active athletes, each with a link to their template page and whose template they follow. */
    private List<TemplateEditor.AthleteLink> athletes(Team team) {
        List<Athlete> athletes = Athlete.listActiveForTeam(team);
        Set<Long> own = store.ownOf(athletes.stream().map(a -> a.id).toList()).keySet();
        return athletes.stream().map(a -> new TemplateEditor.AthleteLink(a.name, "/athletes/" + a.id + "/template",
                own.contains(a.id) ? "their own template" : "the team's template")).toList();
    }

    private static TemplateEditor.Page page(Team team, EffectiveTemplate effective,
            List<TemplateEditor.AthleteLink> athletes) {
        String source = effective.stored() ? "The team's template: every athlete without a template of their own "
                + "follows it." : "Nothing saved yet: this is the default week for " + team.sport + ". Change it "
                + "and save to make it the team's.";
        return new TemplateEditor.Page("Week template · " + team.name, "Week template · " + team.name,
                "/teams/" + team.id + "/template", source, null, "/teams/" + team.id + "/plan",
                "Back to the plan", "/teams/" + team.id + "/plan/generate", athletes);
    }
}
