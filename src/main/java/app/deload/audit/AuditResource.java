package app.deload.audit;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.jboss.resteasy.reactive.RestQuery;

import app.deload.account.Role;
import app.deload.team.Team;
import app.deload.team.TimeZones;
import app.deload.web.FormErrors;
import app.deload.web.Redirects;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/**
 * The audit log for admins: newest first, filtered by action, user and days, with times in a zone the admin
 * picks (by default the first active team's, which is the club's zone for most clubs), named on the page.
 */
@Path("/admin/audit")
@RolesAllowed(Role.ADMIN)
public class AuditResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance log(AuditPage page);
    }

    @GET
    @Transactional
    public Response log(@RestQuery String action, @RestQuery String user, @RestQuery String from,
            @RestQuery String to, @RestQuery String zone, @RestQuery Integer page) {
        int shown = page == null || page < 0 ? 0 : page;
        ZoneId clubZone = Team.listActive().stream().findFirst().map(Team::zone).orElse(ZoneOffset.UTC);
        AuditPage.Filter filter = new AuditPage.Filter(blankToNull(action), blankToNull(user), blankToNull(from),
                blankToNull(to), zone == null || zone.isBlank() ? clubZone.getId() : zone.strip(), shown);
        FormErrors errors = FormErrors.none();
        AuditPage.Parsed parsed = AuditPage.parse(filter, clubZone, errors);
        List<String> actions = AuditRecord.listActions();
        if (errors.any()) {
            return Redirects.invalid(Templates.log(AuditPage.of(filter, errors, clubZone, TimeZones.all(), actions,
                    List.of())));
        }
        List<AuditRecord> records = AuditRecord.listMatching(parsed.query(), shown, AuditPage.PAGE_SIZE);
        return Response.ok(Templates.log(AuditPage.of(filter, errors, parsed.zone(), TimeZones.all(), actions,
                records))).build();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
