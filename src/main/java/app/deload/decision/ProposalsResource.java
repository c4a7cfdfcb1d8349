package app.deload.decision;

import java.util.List;

import org.jboss.resteasy.reactive.RestForm;

import app.deload.account.Access;
import app.deload.account.Role;
import app.deload.planning.PlanRuleException;
import app.deload.team.Team;
import app.deload.team.TeamRow;
import app.deload.web.FormErrors;
import app.deload.web.Redirects;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/**
 * A team's proposals to bring a deload forward: raised from today's signals when the page opens (and by the
 * daily job), accepted (the plan is rewritten) or dismissed with a note, both logged in the plan's history.
 */
@Path("/teams/{teamId}/proposals")
@RolesAllowed({ Role.COACH, Role.ADMIN })
public class ProposalsResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance proposals(TeamRow team, List<ProposalView> pending,
                List<ProposalView> decided, long failedId, String note, FormErrors errors);
    }

    @Inject
    Access access;

    @Inject
    Proposals proposals;

    @GET
    public TemplateInstance list(long teamId) {
        Team team = access.team(teamId);
        proposals.raiseToday(team);
        return page(team, 0, "", FormErrors.none());
    }

    @POST
    @Path("{proposalId}/accept")
    public Response accept(long teamId, long proposalId) {
        Team team = access.team(teamId);
        Proposal proposal = proposalOf(team, proposalId);
        try {
            java.time.LocalDate start = proposals.accept(proposal, access.user());
            return Redirects.seeOther(path(team), "Proposal accepted: the deload now starts on " + start + ".");
        } catch (Proposals.AlreadyDecided e) {
            return Redirects.seeOther(path(team), e.getMessage());
        } catch (PlanRuleException e) {
            return Redirects.invalid(page(team, proposalId, "", FormErrors.none().add("accept", e.getMessage())));
        }
    }

    @POST
    @Path("{proposalId}/dismiss")
    public Response dismiss(long teamId, long proposalId, @RestForm String note) {
        Team team = access.team(teamId);
        Proposal proposal = proposalOf(team, proposalId);
        String problem = Proposals.noteProblem(note);
        if (problem != null) {
            return Redirects.invalid(page(team, proposalId, note == null ? "" : note,
                    FormErrors.none().add("note", problem)));
        }
        try {
            proposals.dismiss(proposal, note.strip(), access.user());
            return Redirects.seeOther(path(team), "Proposal dismissed; your note is in the plan's history.");
        } catch (Proposals.AlreadyDecided e) {
            return Redirects.seeOther(path(team), e.getMessage());
        }
    }

    private static Proposal proposalOf(Team team, long proposalId) {
        return Proposal.findWithTeam(proposalId).filter(p -> p.team.id.equals(team.id))
                .orElseThrow(NotFoundException::new);
    }

    private static String path(Team team) {
        return "/teams/" + team.id + "/proposals";
    }

    private TemplateInstance page(Team team, long failedId, String note, FormErrors errors) {
        List<ProposalView> all = Proposal.listForTeam(team).stream().map(ProposalView::of).toList();
        return Templates.proposals(TeamRow.of(List.of(team)).get(0), all.stream().filter(ProposalView::pending)
                .toList(), all.stream().filter(p -> !p.pending()).toList(), failedId, note, errors);
    }
}
