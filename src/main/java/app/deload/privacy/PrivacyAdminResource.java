package app.deload.privacy;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;

import app.deload.account.Role;
import app.deload.athlete.Athlete;
import app.deload.web.FormErrors;
import app.deload.web.Redirects;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/**
 * Admins honour athletes' rights: the list of athletes with their status and the retention period, and the
 * erasure of one athlete after typing their code to confirm.
 */
@Path("/admin")
@RolesAllowed(Role.ADMIN)
public class PrivacyAdminResource {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance athletes(List<AthleteLine> athletes, String retention);

        static native TemplateInstance erase(AthleteLine athlete, Map<String, Long> rows, String typed,
                FormErrors errors);
    }

    /** One athlete as the admin's lists show them. */
    public record AthleteLine(long id, String name, String code, String team, boolean active, String since,
            String eraseHref) {

        static AthleteLine of(Athlete a) {
            String since = a.active ? "" : DAY.format(a.updatedAt.atZone(a.team.zone()));
            return new AthleteLine(a.id, a.name, a.code, a.team.name, a.active, since,
                    "/admin/athletes/" + a.id + "/erase");
        }
    }

    @Inject
    Erasure erasure;

    @Inject
    Retention retention;

    @Inject
    PersonalData personalData;

    @GET
    @Path("privacy")
    @Transactional
    public TemplateInstance athletes() {
        return Templates.athletes(Athlete.listAllWithTeam().stream().map(AthleteLine::of).toList(),
                retention.describe());
    }

    @GET
    @Path("athletes/{id}/erase")
    @Transactional
    public TemplateInstance confirm(long id) {
        Athlete athlete = Athlete.findWithTeam(id).orElseThrow(NotFoundException::new);
        return Templates.erase(AthleteLine.of(athlete), personalData.counts(athlete), "", FormErrors.none());
    }

    @POST
    @Path("athletes/{id}/erase")
    @Transactional
    public Response erase(long id, @RestForm String code) {
        Athlete athlete = Athlete.findWithTeam(id).orElseThrow(NotFoundException::new);
        if (code == null || !code.strip().equalsIgnoreCase(athlete.code)) {
            FormErrors errors = FormErrors.none().add("code", "Type the athlete's code, " + athlete.code
                    + ", to confirm. Nothing was erased.");
            return Redirects.invalid(Templates.erase(AthleteLine.of(athlete), personalData.counts(athlete),
                    code == null ? "" : code, errors));
        }
        Athlete.getEntityManager().detach(athlete);
        erasure.erase(id, "erased by an administrator").orElseThrow(NotFoundException::new);
        return Redirects.seeOther("/admin/privacy", "The athlete and all their data were erased.");
    }
}
