package app.deload.privacy;

import java.io.IOException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import app.deload.account.Access;
import app.deload.account.Role;
import app.deload.athlete.Athlete;
import app.deload.audit.AuditLog;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;

/** The athlete's own data: what they agreed to, and all of it as one download. */
@Path("/me/data")
@RolesAllowed(Role.ATHLETE)
public class MyDataResource {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance data(ConsentNotice notice, String consentGiven, String retention);
    }

    @Inject
    Access access;

    @Inject
    PersonalData personalData;

    @Inject
    AuditLog auditLog;

    @Inject
    ObjectMapper json;

    @Inject
    Retention retention;

    @GET
    @Transactional
    public TemplateInstance show() {
        Athlete athlete = access.self();
        String given = AthleteConsent.findFor(athlete).map(c -> WHEN.format(c.givenAt.atZone(athlete.team.zone()))
                + " (" + athlete.team.timeZone + "), notice of " + c.noticeVersion).orElse(null);
        return Templates.data(ConsentNotice.CURRENT, given, retention.describe());
    }

    @GET
    @Path("download.zip")
    @Transactional
    public Response download() throws IOException {
        Athlete athlete = access.self();
        List<PersonalData.Section> sections = personalData.of(athlete);
        String now = ZonedDateTime.now(athlete.team.zone()).withNano(0).toOffsetDateTime().toString();
        byte[] zip = DataDownload.zip(athlete.code, now, sections, json);
        auditLog.record(AuditLog.EXPORT, "athlete #" + athlete.id + " downloaded their data", athlete.team.id,
                sections.stream().map(s -> s.name() + " " + s.rows().size()).reduce((a, b) -> a + ", " + b).orElse(""));
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(zip, "application/zip").cacheControl(noStore)
                .header("Content-Disposition", "attachment; filename=\"deload-my-data-" + Instant.now().toString()
                        .substring(0, 10) + ".zip\"").build();
    }
}
