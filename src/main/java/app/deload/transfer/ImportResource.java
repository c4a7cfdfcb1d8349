package app.deload.transfer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import app.deload.account.Access;
import app.deload.account.Role;
import app.deload.athlete.Athlete;
import app.deload.team.Team;
import app.deload.web.FormErrors;
import app.deload.web.Redirects;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

/**
 * Importing a team's sessions or wellness from CSV: upload, a preview that says what would be written (or lists
 * every line that cannot be), and a confirmation that writes all of it in one transaction. Nothing is written
 * before the confirmation; the checked upload waits in the database, not in memory, so any instance can confirm.
 */
@Path("/teams/{teamId}/import")
@RolesAllowed({ Role.COACH, Role.ADMIN })
public class ImportResource {

    private static final Logger LOG = Logger.getLogger(ImportResource.class);
    static final String TOO_LARGE_MESSAGE = "The file is larger than 5 MB: split it, e.g. by date.";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance upload(ImportPage page);

        static native TemplateInstance preview(PreviewPage page);

        static native TemplateInstance closed(String title, String message, String backHref);
    }

    @Inject
    Access access;

    @Inject
    ImportConfirmation confirmation;

    @GET
    public TemplateInstance form(long teamId) {
        Team team = access.team(teamId);
        return Templates.upload(ImportPage.of(team, "", FormErrors.none(), List.of(), null));
    }

    @POST
    @Transactional
    public Response upload(long teamId, @RestForm String kind, @RestForm FileUpload file) {
        Team team = access.team(teamId);
        FormErrors errors = FormErrors.none();
        Optional<TransferKind> chosen = TransferKind.fromKey(kind);
        if (chosen.isEmpty()) {
            errors.add("kind", "Choose what the file holds: sessions or wellness.");
        }
        String fileName = file == null ? null : fileName(file);
        if (file == null || fileName.isEmpty()) {
            errors.add("file", "Choose the CSV file to upload.");
        } else if (file.size() > ImportFile.MAX_BYTES) {
            errors.add("file", TOO_LARGE_MESSAGE);
        }
        if (errors.any()) {
            return Redirects.invalid(Templates.upload(ImportPage.of(team, kind, errors, List.of(), null)));
        }
        Checked<? extends ImportRow> checked = ImportFile.check(chosen.get(), read(file), Roster.of(
                Athlete.listForTeam(team)), ZonedDateTime.now(team.zone()));
        if (!checked.valid()) {
            return Redirects.invalid(Templates.upload(ImportPage.of(team, kind, errors, checked.problems(), fileName)));
        }
        PendingImport pending = PendingImport.store(team, chosen.get(), fileName, checked.rows().size(),
                ImportFile.payload(chosen.get(), checked.rows()), access.user().username, Instant.now());
        return Redirects.seeOther(previewHref(teamId, pending.id));
    }

    @GET
    @Path("{importId}")
    public Response preview(long teamId, long importId) {
        Team team = access.team(teamId);
        PendingImport pending = PendingImport.findForTeam(importId, team, Instant.now())
                .orElseThrow(NotFoundException::new);
        Checked<? extends ImportRow> checked = ImportFile.checkPayload(pending.kind, pending.payload,
                Roster.of(Athlete.listForTeam(team)), ZonedDateTime.now(team.zone()));
        if (!checked.valid()) {
            return Response.status(Response.Status.CONFLICT)
                    .entity(Templates.preview(PreviewPage.refused(team, pending, checked.problems(), null))).build();
        }
        ImportPlan plan = ImportPlan.of(pending.kind, team, checked.rows());
        return Response.ok(Templates.preview(PreviewPage.of(team, pending, checked.rows(), plan.effects()))).build();
    }

    @POST
    @Path("{importId}/confirm")
    public Response confirm(long teamId, long importId, @RestForm String checksum) {
        Team team = access.team(teamId);
        ImportConfirmation.Outcome outcome;
        try {
            outcome = confirmation.confirm(team.id, importId, checksum == null ? "" : checksum.strip(),
                    access.user().username);
        } catch (PersistenceException e) {
            LOG.warnf("Import %d for team %d was rolled back: %s", importId, teamId, rootCause(e));
            return Response.status(Response.Status.CONFLICT).entity(Templates.closed("Nothing was imported",
                    "The database refused part of the import (someone may have changed the same data at the same "
                            + "moment), so all of it was rolled back: nothing from the file was written. The import "
                            + "is still waiting; open it to try again.", previewHref(teamId, importId))).build();
        }
        if (outcome instanceof ImportConfirmation.Imported imported) {
            return Redirects.seeOther(formHref(teamId), "Import done: " + imported.effects().summary() + ".");
        }
        if (outcome instanceof ImportConfirmation.Refused refused) {
            return Response.status(Response.Status.CONFLICT).entity(Templates.preview(PreviewPage.refused(team,
                    refused.pending(), refused.problems(), "The team's data changed since the preview, so nothing "
                            + "was imported."))).build();
        }
        if (outcome instanceof ImportConfirmation.Mismatch) {
            return Redirects.invalid(Templates.closed("Nothing was imported", "This confirmation does not match the "
                    + "preview of this import. Open the preview again and confirm from there.",
                    previewHref(teamId, importId)));
        }
        return gone("Nothing to import", formHref(teamId));
    }

    @POST
    @Path("{importId}/discard")
    @Transactional
    public Response discard(long teamId, long importId, @RestForm String checksum) {
        Team team = access.team(teamId);
        Optional<PendingImport> pending = PendingImport.lockForTeam(importId, team, Instant.now());
        if (pending.isEmpty()) {
            return gone("Nothing to discard", formHref(teamId));
        }
        if (!pending.get().checksum.equals(checksum == null ? "" : checksum.strip())) {
            return Redirects.invalid(Templates.closed("Not discarded", "This request does not match the preview "
                    + "of this import. Open the preview again.", previewHref(teamId, importId)));
        }
        pending.get().delete();
        return Redirects.seeOther(formHref(teamId), "Import discarded; nothing was written.");
    }

    @GET
    @Path("template/{kind}.csv")
    @Produces("text/csv")
    public Response template(long teamId, String kind) {
        access.team(teamId);
        TransferKind chosen = TransferKind.fromKey(kind).orElseThrow(NotFoundException::new);
        return Response.ok(chosen.template()).type("text/csv; charset=UTF-8").header("Content-Disposition",
                "attachment; filename=\"deload-" + chosen.key() + "-template.csv\"").build();
    }

    /**
     * 404, as for any row that is not the caller's: an import already confirmed or discarded, expired, or of
     * another team all look the same, and a second confirmation writes nothing.
     */
    private static Response gone(String title, String backHref) {
        return Response.status(Response.Status.NOT_FOUND).entity(Templates.closed(title, "There is no import "
                + "waiting here: it was already confirmed or discarded, or it expired an hour after the upload. "
                + "Nothing more was written.", backHref)).build();
    }

    static String formHref(long teamId) {
        return "/teams/" + teamId + "/import";
    }

    static String previewHref(long teamId, long importId) {
        return formHref(teamId) + "/" + importId;
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.toString();
    }

    /** The name as the browser sent it, without any folder, for display only. */
    private static String fileName(FileUpload file) {
        String name = file.fileName() == null ? "" : file.fileName().strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        return name.length() > PendingImport.MAX_FILE_NAME ? name.substring(0, PendingImport.MAX_FILE_NAME) : name;
    }

    private static byte[] read(FileUpload file) {
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
