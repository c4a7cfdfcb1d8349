package app.deload.plan;

import app.deload.account.Access;
import app.deload.account.Role;
import app.deload.athlete.Athlete;
import app.deload.decision.Proposal;
import app.deload.planning.PlanEvent;
import app.deload.planning.PlanParameters;
import app.deload.planning.PlanRuleException;
import app.deload.team.Team;
import app.deload.web.FormErrors;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;

/**
 * A team's training plan: its weeks laid out by the planner with planned against performed load and the
 * projection, its priority events, the athletes' individual plans and the plan's history.
 */
@Path("/teams/{teamId}/plan")
@RolesAllowed({ Role.COACH, Role.ADMIN })
public class PlanResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance plan(PlanView view, PlanForm form, EventForm eventForm, PlanForm individualForm,
                FormErrors errors, FormErrors eventErrors, FormErrors individualErrors, String openProposals);

        static native TemplateInstance edit(PlanView.Summary plan, long teamId, String teamName, String startText,
                boolean started, PlanForm form, FormErrors errors, String action);
    }

    @Inject
    Access access;

    @Inject
    PlanningService planning;

    @Inject
    PlanReports reports;

    @GET
    public TemplateInstance show(long teamId) {
        Team team = access.team(teamId);
        LocalDate today = LocalDate.now(team.zone());
        return page(team, PlanForm.empty(today), EventForm.empty(), PlanForm.empty(today), FormErrors.none(),
                FormErrors.none(), FormErrors.none());
    }

    @POST
    @Transactional
    public Response create(long teamId, @BeanParam PlanForm form) {
        Team team = access.team(teamId);
        LocalDate today = LocalDate.now(team.zone());
        FormErrors errors = FormErrors.none();
        Optional<PlanParameters> parameters = form.parse(today, null, errors);
        if (parameters.isPresent()) {
            try {
                planning.create(team, null, parameters.get());
                return Redirects.seeOther(planPath(team), "Plan created.");
            } catch (PlanRuleException e) {
                errors.add(e.field(), PlanForm.capitalised(e.getMessage()));
            }
        }
        return Redirects.invalid(page(team, form, EventForm.empty(), PlanForm.empty(today), errors, FormErrors.none(),
                FormErrors.none()));
    }

    @POST
    @Transactional
    @Path("individual")
    public Response createIndividual(long teamId, @BeanParam PlanForm form) {
        Team team = access.team(teamId);
        LocalDate today = LocalDate.now(team.zone());
        FormErrors errors = FormErrors.none();
        Long athleteId = form.athlete(errors);
        Athlete athlete = athleteId == null ? null : Athlete.<Athlete>findByIdOptional(athleteId)
                .filter(a -> a.team.id.equals(team.id) && a.active).orElse(null);
        if (athleteId != null && athlete == null) {
            errors.add("athleteId", "Choose one of the team's active athletes.");
        }
        Optional<PlanParameters> parameters = form.parse(today, null, errors);
        if (parameters.isPresent() && athlete != null && !errors.any()) {
            try {
                planning.create(team, athlete, parameters.get());
                return Redirects.seeOther(planPath(team), "Individual plan created.");
            } catch (PlanRuleException e) {
                errors.add("athleteId", PlanForm.capitalised(e.getMessage()));
            }
        }
        return Redirects.invalid(page(team, PlanForm.empty(today), EventForm.empty(), form, FormErrors.none(),
                FormErrors.none(), errors));
    }

    @GET
    @Path("{planId}/edit")
    public TemplateInstance editForm(long teamId, long planId) {
        Team team = access.team(teamId);
        TrainingPlan plan = activePlan(team, planId);
        LocalDate today = LocalDate.now(team.zone());
        boolean started = !plan.startDate.isAfter(today);
        LocalDate start = started ? PlanDates.nextMonday(today) : plan.startDate;
        int remaining = (int) Math.max(1, java.time.temporal.ChronoUnit.WEEKS.between(start,
                plan.lastDay().plusDays(1)));
        return edit(team, plan, today, PlanForm.of(plan, start, remaining), FormErrors.none());
    }

    @POST
    @Transactional
    @Path("{planId}/edit")
    public Response edit(long teamId, long planId, @BeanParam PlanForm form) {
        Team team = access.team(teamId);
        TrainingPlan plan = activePlan(team, planId);
        LocalDate today = LocalDate.now(team.zone());
        boolean started = !plan.startDate.isAfter(today);
        FormErrors errors = FormErrors.none();
        Optional<PlanParameters> parameters = form.parse(today, started ? PlanDates.nextMonday(today) : null, errors);
        if (parameters.isPresent()) {
            try {
                planning.edit(plan, parameters.get(), today);
                return Redirects.seeOther(planPath(team), started
                        ? "Plan changed from next Monday; the weeks so far stay as planned." : "Plan changed.");
            } catch (PlanRuleException e) {
                errors.add(e.field(), PlanForm.capitalised(e.getMessage()));
            }
        }
        return Redirects.invalid(edit(team, plan, today, form, errors));
    }

    @POST
    @Transactional
    @Path("{planId}/end")
    public Response end(long teamId, long planId, @RestForm String version) {
        Team team = access.team(teamId);
        TrainingPlan plan = TrainingPlan.findForTeam(team, planId).orElseThrow(NotFoundException::new);
        if (!plan.isActive() || !unchanged(plan.version, version)) {
            return Redirects.seeOther(planPath(team), "The plan changed since the page was shown, so it was not "
                    + "ended. Check it and try again.");
        }
        planning.end(plan, LocalDate.now(team.zone()));
        return Redirects.seeOther(planPath(team), plan.athlete == null ? "Plan ended." : "Individual plan ended.");
    }

    @POST
    @Transactional
    @Path("events")
    public Response addEvent(long teamId, @BeanParam EventForm form) {
        Team team = access.team(teamId);
        LocalDate today = LocalDate.now(team.zone());
        FormErrors errors = FormErrors.none();
        Optional<PlanEvent> event = form.parse(today, TrainingPlan.findActiveForTeam(team).orElse(null), errors);
        if (event.isPresent()) {
            planning.addEvent(team, event.get());
            return Redirects.seeOther(planPath(team), "Event added; the plan tapers to it.");
        }
        return Redirects.invalid(page(team, PlanForm.empty(today), form, PlanForm.empty(today), FormErrors.none(),
                errors, FormErrors.none()));
    }

    @POST
    @Transactional
    @Path("events/{eventId}/delete")
    public Response removeEvent(long teamId, long eventId, @RestForm String version) {
        Team team = access.team(teamId);
        TeamEvent event = TeamEvent.findForTeam(team, eventId).orElseThrow(NotFoundException::new);
        if (!unchanged(event.version, version)) {
            return Redirects.seeOther(planPath(team), "The event changed since the page was shown, so it was kept. "
                    + "Check it and try again.");
        }
        planning.removeEvent(event);
        return Redirects.seeOther(planPath(team), "Event removed.");
    }

    /** "1 open proposal", "3 open proposals", or "No open proposals". */
    static String openProposals(long count) {
        return count == 0 ? "No open proposals" : count + " open proposal" + (count == 1 ? "" : "s");
    }

    private TrainingPlan activePlan(Team team, long planId) {
        TrainingPlan plan = TrainingPlan.findForTeam(team, planId).orElseThrow(NotFoundException::new);
        if (!plan.isActive()) {
            throw new NotFoundException();
        }
        return plan;
    }

    TemplateInstance page(Team team, PlanForm form, EventForm eventForm, PlanForm individualForm, FormErrors errors,
            FormErrors eventErrors, FormErrors individualErrors) {
        LocalDate today = LocalDate.now(team.zone());
        PlanReport report = reports.build(team, today);
        PlanView view = PlanView.of(team, report, TeamEvent.listForTeam(team), TrainingPlan.listActiveIndividual(team),
                planning.history(team));
        return Templates.plan(view, form, eventForm, individualForm, errors, eventErrors, individualErrors,
                openProposals(Proposal.countPendingForTeam(team)));
    }

    private static TemplateInstance edit(Team team, TrainingPlan plan, LocalDate today, PlanForm form,
            FormErrors errors) {
        boolean started = !plan.startDate.isAfter(today);
        String startText = started ? "The plan has started: the weeks up to " + PlanText.day(
                PlanDates.nextMonday(today).minusDays(1)) + " stay as planned, and the changed plan continues from "
                + PlanText.day(PlanDates.nextMonday(today)) + " for the weeks you give here."
                : "The plan has not started yet: every week is laid out again.";
        return Templates.edit(PlanView.summary(plan), team.id, team.name, startText, started, form, errors,
                planPath(team) + "/" + plan.id + "/edit");
    }

    /** The version the page showed is still the stored one (a stale or missing one changes nothing). */
    private static boolean unchanged(long stored, String shown) {
        try {
            return shown != null && Long.parseLong(shown.trim()) == stored;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static String planPath(Team team) {
        return "/teams/" + team.id + "/plan";
    }
}
