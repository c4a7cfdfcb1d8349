package app.deload.microcycle;

import app.deload.account.Access;
import app.deload.account.Role;
import app.deload.athlete.Athlete;
import app.deload.plan.PlanningService;
import app.deload.web.Redirects;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** An athlete's own week template page: it replaces the team's for them until it is reset. */
@Path("/athletes/{athleteId}/template")
@RolesAllowed({ Role.COACH, Role.ADMIN })
public class AthleteTemplateResource {

    @Inject
    Access access;

    @Inject
    TemplateStore store;

    @Inject
    PlanningService planning;

    @Inject
    TemplatePages pages;

    @GET
    public TemplateInstance show(long athleteId) {
        Athlete athlete = access.managedAthlete(athleteId);
        EffectiveTemplate effective = store.forAthlete(athlete);
        return pages.shown(page(athlete, effective), effective, planning.layoutFor(athlete), athlete.team);
    }

    @POST
    @Transactional
    public Response save(long athleteId, @BeanParam TemplateForm form) {
        Athlete athlete = access.managedAthlete(athleteId);
        return pages.submitted(page(athlete, store.forAthlete(athlete)), form, athlete.team, athlete,
                planning.layoutFor(athlete), athlete.name + "'s own week template saved. Generate the plan's "
                        + "sessions again to apply it.");
    }

    @POST
    @Transactional
    @Path("reset")
    public Response reset(long athleteId) {
        Athlete athlete = access.managedAthlete(athleteId);
        boolean had = store.reset(athlete);
        return Redirects.seeOther(path(athlete), had ? athlete.name + " follows the team's week template again."
                : athlete.name + " already follows the team's week template.");
    }

    private static TemplateEditor.Page page(Athlete athlete, EffectiveTemplate effective) {
        String source = effective.athletes() ? athlete.name + " has a week template of their own: it replaces the "
                + "team's for them." : athlete.name + " follows the team's week template, shown below. Saving gives "
                + athlete.name + " a template of their own.";
        return new TemplateEditor.Page("Week template · " + athlete.name, "Week template · " + athlete.name,
                path(athlete), source, effective.athletes() ? path(athlete) + "/reset" : null,
                "/athletes/" + athlete.id, "Back to " + athlete.name, "/teams/" + athlete.team.id + "/plan/generate",
                java.util.List.of());
    }

    private static String path(Athlete athlete) {
        return "/athletes/" + athlete.id + "/template";
    }
}
