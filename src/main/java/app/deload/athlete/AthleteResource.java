package app.deload.athlete;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;


import app.deload.account.Access;
import app.deload.account.Role;
import app.deload.signals.MetricsLedger;
import app.deload.team.Team;
import app.deload.web.FormErrors;
import app.deload.web.Forms;
import app.deload.web.PublicUrl;
import app.deload.web.Redirects;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** Athlete profiles: edited by their coach or an admin, seen by the athlete too. */
@Path("/")
@RolesAllowed({ Role.COACH, Role.ADMIN })
public class AthleteResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance profile(AthleteView athlete, boolean canManage, boolean invitationPending);

        static native TemplateInstance form(AthleteForm form, FormErrors errors, Long athleteId, long teamId,
                List<TeamChoices.Option> teams, String action);

        static native TemplateInstance invitation(AthleteView athlete, String link, Instant expiresAt);
    }

    @Inject
    Access access;

    @Inject
    Forms forms;

    @Inject
    TeamChoices teams;

    @Inject
    InvitationPolicy invitations;

    @Inject
    PublicUrl publicUrl;

    @Inject
    MetricsLedger ledger;

    @GET
    @Path("athletes/{id}")
    @RolesAllowed({ Role.COACH, Role.ADMIN, Role.ATHLETE })
    public TemplateInstance profile(long id) {
        Athlete athlete = access.athlete(id);
        boolean canManage = access.canManage(athlete.team);
        boolean pending = canManage && athlete.user == null && Invitation.latestFor(athlete)
                .filter(i -> i.usedAt == null && i.revokedAt == null && i.expiresAt.isAfter(Instant.now())).isPresent();
        return Templates.profile(AthleteView.of(athlete, LocalDate.now(athlete.team.zone())), canManage, pending);
    }

    @GET
    @Path("athletes/{id}/edit")
    public TemplateInstance editForm(long id) {
        Athlete athlete = access.managedAthlete(id);
        return Templates.form(AthleteForm.of(athlete), FormErrors.none(), athlete.id, athlete.team.id, teams.options(),
                "/athletes/" + athlete.id);
    }

    @POST
    @Path("athletes/{id}")
    @Transactional
    public Response update(long id, @BeanParam AthleteForm form) {
        Athlete athlete = access.managedAthlete(id);
        FormErrors errors = forms.check(form);
        AthleteForm.Parsed parsed = form.parse(errors, athlete.id, LocalDate.now(athlete.team.zone()));
        Team target = errors.has("teamId") ? null : teams.target(parsed.teamId(), errors);
        if (errors.any()) {
            return Redirects.invalid(Templates.form(form, errors, athlete.id, athlete.team.id, teams.options(),
                    "/athletes/" + athlete.id));
        }
        form.applyTo(athlete, parsed, target);
        // A move or a reactivation changes the thresholds and the calendar the athlete's days use.
        ledger.changed(athlete.team, List.of(athlete.id), MetricsLedger.WHOLE_HISTORY);
        return Redirects.seeOther("/athletes/" + athlete.id, "Athlete saved.");
    }

    /** Shows the link once: only its hash is stored. */
    @POST
    @Path("athletes/{id}/invitation")
    @Transactional
    public Response invite(long id) {
        Athlete athlete = access.managedAthlete(id);
        if (athlete.user != null) {
            return Redirects.seeOther("/athletes/" + id, "This athlete already has a login.");
        }
        Instant expiresAt = Instant.now().plus(invitations.validity());
        String token = Invitation.issue(athlete, expiresAt);
        String link = publicUrl.link("/invite/" + token);
        return Response.ok(Templates.invitation(AthleteView.of(athlete, LocalDate.now(athlete.team.zone())), link,
                expiresAt)).build();
    }
}
