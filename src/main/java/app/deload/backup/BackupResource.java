package app.deload.backup;

import java.io.IOException;
import java.sql.SQLException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestForm;

import app.deload.account.Role;
import app.deload.audit.AuditLog;
import app.deload.team.Team;
import app.deload.web.FormErrors;
import app.deload.web.Redirects;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** Admins back the database up on demand and restore a backup, after typing RESTORE to confirm. */
@Path("/admin/backups")
@RolesAllowed(Role.ADMIN)
public class BackupResource {

    static final String CONFIRMATION = "RESTORE";
    private static final Logger LOG = Logger.getLogger(BackupResource.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance backups(BackupsPage page);
    }

    /** The page: where backups go, the command for doing it by hand, the backups there, and a restore form. */
    public record BackupsPage(String directory, String database, String command, String zone, List<Row> backups,
            String chosen, FormErrors errors) {
    }

    public record Row(String name, String size, String written) {
    }

    @Inject
    Backups backups;

    @Inject
    AuditLog auditLog;

    @GET
    public TemplateInstance show() throws IOException {
        return Templates.backups(page("", FormErrors.none()));
    }

    @POST
    public Response backUp() throws IOException, InterruptedException {
        try {
            Backups.Backup written = backups.backUp();
            auditLog.recordAlone(actor(), AuditLog.BACKUP, "backup " + written.name(), null,
                    written.bytes() + " bytes");
            return Redirects.seeOther("/admin/backups", "Backup written: " + written.name() + ".");
        } catch (SQLException | IOException e) {
            LOG.error("Backup failed", e);
            return Response.status(500).entity(Templates.backups(page("", FormErrors.none()
                    .add("backup", "The backup failed: " + e.getMessage())))).build();
        }
    }

    @POST
    @Path("restore")
    public Response restore(@RestForm String name, @RestForm String confirm) throws IOException, InterruptedException {
        FormErrors errors = FormErrors.none();
        if (name == null || backups.find(name).isEmpty()) {
            errors.add("name", "Choose a backup from the list.");
        }
        if (!CONFIRMATION.equals(confirm == null ? "" : confirm.strip())) {
            errors.add("confirm", "Type RESTORE to confirm. Nothing was restored.");
        }
        if (errors.any()) {
            return Redirects.invalid(Templates.backups(page(name == null ? "" : name, errors)));
        }
        String actor = actor();
        try {
            backups.restore(name);
        } catch (SQLException | IOException e) {
            LOG.error("Restore failed", e);
            return Response.status(500).entity(Templates.backups(page(name, FormErrors.none()
                    .add("name", "The restore failed: " + e.getMessage())))).build();
        }
        auditLog.recordAlone(actor, AuditLog.BACKUP, "restored " + name, null, null);
        return Redirects.seeOther("/admin/backups", "Restored " + name + ". Everything is as it was then.");
    }

    private static String actor() {
        return app.deload.audit.CurrentActor.username();
    }

    private BackupsPage page(String chosen, FormErrors errors) throws IOException {
        ZoneId zone = QuarkusTransaction.requiringNew().call(
                () -> Team.listActive().stream().findFirst().map(Team::zone).orElse(ZoneOffset.UTC));
        List<Row> rows = backups.list().stream().map(b -> new Row(b.name(), String.format("%,d KB",
                (b.bytes() + 1023) / 1024), WHEN.format(b.written().atZone(zone)))).toList();
        return new BackupsPage(backups.directory().toString(), backups.postgresql() ? "PostgreSQL" : "H2",
                backups.command(), zone.getId(), rows, chosen, errors);
    }
}
