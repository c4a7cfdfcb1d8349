package app.deload.reminder;

import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

import org.jboss.resteasy.reactive.RestForm;

import app.deload.account.Access;
import app.deload.account.Role;
import app.deload.audit.CurrentActor;
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

/** A team's coaches set when reminders go out, in the team's time zone. */
@Path("/teams/{teamId}/reminders")
@RolesAllowed({ Role.COACH, Role.ADMIN })
public class TeamRemindersResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance team(String action, String teamName, String zone, String questionnaireBy,
                String digestAt, FormErrors errors);
    }

    @Inject
    Access access;

    @GET
    @Transactional
    public TemplateInstance show(long teamId) {
        Team team = access.team(teamId);
        TeamReminders reminders = TeamReminders.forTeam(team.id);
        return Templates.team("/teams/" + team.id + "/reminders", team.name, team.timeZone, text(reminders.questionnaireBy),
                text(reminders.digestAt), FormErrors.none());
    }

    @POST
    @Transactional
    public Response save(long teamId, @RestForm String questionnaireBy, @RestForm String digestAt) {
        Team team = access.team(teamId);
        FormErrors errors = FormErrors.none();
        LocalTime by = time(questionnaireBy, "questionnaireBy", errors);
        LocalTime digest = time(digestAt, "digestAt", errors);
        if (errors.any()) {
            return Redirects.invalid(Templates.team("/teams/" + team.id + "/reminders", team.name, team.timeZone, questionnaireBy, digestAt,
                    errors));
        }
        TeamReminders reminders = TeamReminders.forTeam(team.id);
        reminders.questionnaireBy = by;
        reminders.digestAt = digest;
        reminders.updatedAt = Instant.now();
        reminders.updatedBy = CurrentActor.username();
        reminders.persist();
        return Redirects.seeOther("/teams/" + team.id + "/reminders", "Reminder times saved.");
    }

    private static LocalTime time(String raw, String field, FormErrors errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(raw.strip());
        } catch (DateTimeParseException e) {
            errors.add(field, "Enter a time as HH:MM, or leave it empty for no reminder.");
            return null;
        }
    }

    private static String text(LocalTime time) {
        return time == null ? "" : time.toString();
    }
}
