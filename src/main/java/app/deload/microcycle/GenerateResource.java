package app.deload.microcycle;

import app.deload.account.Access;
import app.deload.account.Role;
import app.deload.athlete.Athlete;
import app.deload.planning.PlanRuleException;
import app.deload.signals.TeamMetrics;
import app.deload.team.Team;
import app.deload.web.FormErrors;
import app.deload.web.Redirects;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Generating the plan's sessions from the week templates: choose a range, preview it, confirm it, and undo the last
 * generation in one step.
 */
@Path("/teams/{teamId}/plan/generate")
@RolesAllowed({ Role.COACH, Role.ADMIN })
public class GenerateResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance generate(GenerationPage page);
    }

    @Inject
    Access access;

    @Inject
    SessionGenerator generator;

    @Inject
    TeamMetrics metrics;

    /** The range form; with {@code preview} (the form's button) also what generating the range would do. */
    @GET
    public Response show(long teamId, @RestQuery String from, @RestQuery String to, @RestQuery String preview) {
        Team team = access.team(teamId);
        LocalDate today = LocalDate.now(team.zone());
        if (preview == null) {
            GenerationRange standard = GenerationRange.standard(today);
            return Response.ok(page(team, standard.from().toString(), standard.to().toString(), FormErrors.none(),
                    null)).build();
        }
        FormErrors errors = FormErrors.none();
        Optional<GenerationRange> range = GenerationRange.parse(from, to, today, errors);
        if (range.isPresent()) {
            try {
                GenerationPage.Preview shown = GenerationPage.preview(generator.preview(team, range.get()),
                        athletes(team), metrics.thresholds(team), today);
                return Response.ok(page(team, range.get().from().toString(), range.get().to().toString(), errors,
                        shown)).build();
            } catch (PlanRuleException e) {
                errors.add(e.field(), TemplateInput.capitalised(e.getMessage()) + ".");
            }
        }
        return Redirects.invalid(page(team, from, to, errors, null));
    }

    @POST
    @Transactional
    public Response generate(long teamId, @RestForm String from, @RestForm String to) {
        Team team = access.team(teamId);
        FormErrors errors = FormErrors.none();
        Optional<GenerationRange> range = GenerationRange.parse(from, to, LocalDate.now(team.zone()), errors);
        if (range.isPresent()) {
            try {
                SessionGeneration g = generator.generate(team, range.get(), access.user().username);
                return Redirects.seeOther(path(team), "Sessions generated from " + range.get().from() + " to "
                        + range.get().to() + ": " + GenerationPage.summary(g.createdSessions, g.updatedSessions,
                                g.deletedSessions, g.keptDays) + ".");
            } catch (PlanRuleException e) {
                errors.add(e.field(), TemplateInput.capitalised(e.getMessage()) + ".");
            }
        }
        return Redirects.invalid(page(team, from, to, errors, null));
    }

    @POST
    @Transactional
    @Path("undo")
    public Response undo(long teamId, @RestForm String generationId) {
        Team team = access.team(teamId);
        Long expected = parseId(generationId);
        if (expected == null) {
            return Redirects.seeOther(path(team), "Nothing was undone: the page did not say which generation. "
                    + "Reload it and try again.");
        }
        try {
            UndoResult r = generator.undo(team, expected, access.user().username);
            String kept = r.kept().isEmpty() ? "" : " Kept because edited by hand or rated since: "
                    + String.join("; ", r.kept()) + ".";
            return Redirects.seeOther(path(team), "Generation undone: " + r.removed() + " sessions removed, "
                    + r.restored() + " restored." + kept);
        } catch (PlanRuleException e) {
            return Redirects.seeOther(path(team), "Nothing was undone: " + e.getMessage() + ".");
        }
    }

    private TemplateInstance page(Team team, String from, String to, FormErrors errors,
            GenerationPage.Preview preview) {
        GenerationPage.Last last = generator.last(team).map(g -> GenerationPage.last(g, team.zone())).orElse(null);
        return Templates.generate(new GenerationPage(team.id, team.name, from == null ? "" : from,
                to == null ? "" : to, errors, preview, last));
    }

    private static Map<Long, Athlete> athletes(Team team) {
        return Athlete.listForTeam(team).stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
    }

    private static Long parseId(String raw) {
        try {
            return raw == null ? null : Long.valueOf(raw.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String path(Team team) {
        return "/teams/" + team.id + "/plan/generate";
    }
}
