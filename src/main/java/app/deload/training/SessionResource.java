package app.deload.training;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import app.deload.account.Access;
import app.deload.account.Role;
import app.deload.athlete.Athlete;
import app.deload.signals.MetricsLedger;
import app.deload.web.FormErrors;
import app.deload.web.Forms;
import app.deload.web.Redirects;
import app.deload.ops.DomainCounters;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * One session, for its team's coaches and admins: details, editing the plan, taking attendance with
 * per-athlete minutes and ratings, and deleting a session nobody has rated. Every change carries the version
 * the coach started from; a stale one answers 409 and saves nothing.
 */
@Path("/sessions/{id}")
@RolesAllowed({ Role.COACH, Role.ADMIN })
public class SessionResource {

    static final String CONFLICT = "Someone else changed this session while you were editing. Nothing was saved; "
            + "your values are kept below.";
    static final String CONFLICT_AT_COMMIT = "Someone else changed this session at the same moment. Nothing of "
            + "yours was saved: open the session again to see the current values.";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance detail(SessionView session, String problem);

        static native TemplateInstance form(SessionForm form, FormErrors errors, SessionFormPage page);

        static native TemplateInstance close(SessionView session, List<CloseRow> rows, String version,
                FormErrors errors, String problem, boolean confirmMinutes);

        static native TemplateInstance conflict(String message, String backHref);
    }

    @Inject
    Access access;

    @Inject
    MetricsLedger ledger;

    @Inject
    Forms forms;

    @Inject
    DomainCounters counters;

    @GET
    public TemplateInstance detail(long id) {
        TrainingSession session = managed(id);
        return Templates.detail(view(session, Instant.now()), null);
    }

    @GET
    @Path("edit")
    public TemplateInstance editForm(long id) {
        TrainingSession session = managed(id);
        List<Athlete> roster = roster(session);
        List<SessionAttendance> rows = SessionAttendance.listForSession(session);
        List<Long> planned = rows.stream().map(a -> a.athlete.id).toList();
        return Templates.form(SessionForm.of(session, planned, wholeTeam(roster, planned)), FormErrors.none(),
                editPage(session, roster, rows));
    }

    @POST
    @Transactional
    public Response update(long id, @BeanParam SessionForm form) {
        TrainingSession session = managed(id);
        ZoneId zone = session.team.zone();
        List<Athlete> roster = roster(session);
        List<SessionAttendance> rows = SessionAttendance.listForSession(session);
        SessionFormPage page = editPage(session, roster, rows);
        FormErrors errors = forms.check(form);
        SessionForm.Parsed parsed = form.parse(errors, LocalDate.now(zone), session.individual, roster);
        if (!Objects.equals(form.versionNumber(), session.version)) {
            return conflict(Templates.form(form, errors, page.withConflict(CONFLICT)));
        }
        if (!session.individual) {
            form.refuseTakenSlot(parsed, session.team, session.id, errors);
        }
        if (!session.individual && !errors.has("athleteIds") && !errors.has("audience")) {
            rows.stream().filter(a -> a.rpe != null && !parsed.athleteIds().contains(a.athlete.id)).findFirst()
                    .ifPresent(a -> errors.add("athleteIds", a.athlete.name + " has already rated this session: "
                            + "keep them planned, or mark them absent on the attendance page."));
        }
        if (errors.any()) {
            return Redirects.invalid(Templates.form(form, errors, page));
        }
        LocalDate before = session.date;
        Set<Long> athletes = new HashSet<>(parsed.athleteIds());
        rows.forEach(a -> athletes.add(a.athlete.id));
        form.applyTo(session, parsed, zone);
        if (!session.individual) {
            replanAthletes(session, rows, roster, parsed.athleteIds());
        }
        if (!saved(session)) {
            return conflict(Templates.form(form, errors, page.withConflict(CONFLICT)));
        }
        ledger.changed(session.team, athletes, before.isBefore(session.date) ? before : session.date);
        return Redirects.seeOther("/sessions/" + id, "Session saved.");
    }

    @GET
    @Path("close")
    public TemplateInstance closeForm(long id) {
        TrainingSession session = managed(id);
        SessionView view = view(session, Instant.now());
        return Templates.close(view, rows(session, view), Long.toString(session.version), FormErrors.none(),
                view.started() ? null : notStarted(session), false);
    }

    @POST
    @Path("close")
    @Transactional
    public Response close(long id, @BeanParam CloseForm form) {
        TrainingSession session = managed(id);
        Instant now = Instant.now();
        SessionView view = view(session, now);
        List<CloseRow> shown = rows(session, view);
        if (!session.hasStarted(now)) {
            return Redirects.invalid(Templates.close(view, shown, Long.toString(session.version), FormErrors.none(),
                    notStarted(session), false));
        }
        List<CloseForm.Entry> entries = form.entries();
        Map<Long, CloseForm.Entry> submitted = entries.stream().filter(e -> e.idNumber() != null)
                .collect(Collectors.toMap(CloseForm.Entry::idNumber, Function.identity(), (a, b) -> a));
        List<CloseRow> kept = shown.stream()
                .map(r -> submitted.containsKey(r.attendanceId()) ? r.with(submitted.get(r.attendanceId())) : r)
                .toList();
        List<SessionAttendance> rows = SessionAttendance.listForSession(session);
        boolean sameRows = entries.size() == rows.size()
                && rows.stream().allMatch(a -> submitted.containsKey(a.id));
        boolean current = Objects.equals(form.versionNumber(), session.version) && sameRows
                && rows.stream().allMatch(a -> Objects.equals(submitted.get(a.id).versionNumber(), a.version));
        if (!current) {
            return conflict(Templates.close(view, kept, form.version(), FormErrors.none(),
                    "The attendance changed while you were editing (a rating or another coach's change). "
                            + "Nothing was saved; your values are kept below.", false));
        }
        FormErrors errors = FormErrors.none();
        Map<Long, CloseForm.Parsed> parsed = entries.stream()
                .collect(Collectors.toMap(CloseForm.Entry::idNumber, e -> e.parse(errors)));
        if (errors.any()) {
            return Redirects.invalid(Templates.close(view, kept, form.version(), errors, null, false));
        }
        if (form.askToConfirmMinutes(parsed, session.plannedMinutes, errors)) {
            return Redirects.invalid(Templates.close(view, kept, form.version(), errors, null, true));
        }
        String coach = access.user().username;
        ZoneId zone = session.team.zone();
        int ratings = 0;
        for (SessionAttendance row : rows) {
            CloseForm.Parsed values = parsed.get(row.id);
            row.attended = values.attended();
            row.minutes = values.minutes();
            if (values.rpe() == null) {
                row.clearRating();
            } else if (!values.rpe().equals(row.rpe)) {
                row.rate(values.rpe(), coach, now, zone);
                ratings++;
            }
        }
        session.closedAt = now;
        session.closedBy = coach;
        if (!saved(session)) {
            return conflict(Templates.close(view, kept, form.version(), FormErrors.none(), CONFLICT, false));
        }
        ledger.changed(session.team, rows.stream().map(a -> a.athlete.id).toList(), session.date);
        counters.ratingsSaved(DomainCounters.PAGE, ratings);
        return Redirects.seeOther("/sessions/" + id, "Attendance saved.");
    }

    @POST
    @Path("delete")
    @Transactional
    public Response delete(long id, @RestForm String version) {
        TrainingSession session = managed(id);
        if (!Objects.equals(SessionFields.longOrNull(version), session.version)) {
            return conflict(Templates.detail(view(session, Instant.now()),
                    "This session changed since you opened it, so it was not deleted. Check it and try again."));
        }
        if (SessionAttendance.anyRated(session)) {
            return conflict(Templates.detail(view(session, Instant.now()),
                    "Athletes have rated this session, so it is kept. Mark who did not attend instead."));
        }
        long teamId = session.team.id;
        List<Long> athletes = SessionAttendance.athleteIdsOf(session);
        SessionAttendance.deleteForSession(session);
        session.delete();
        ledger.changed(session.team, athletes, session.date);
        return Redirects.seeOther("/teams/" + teamId + "/sessions?week=" + session.date, "Session deleted.");
    }

    /** A commit that loses a race with another change is a conflict too, answered like a stale version. */
    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
        return conflict(Templates.conflict(CONFLICT_AT_COMMIT, "/sessions/" + uri.getPathParameters().getFirst("id")));
    }

    private TrainingSession managed(long id) {
        TrainingSession session = TrainingSession.findWithTeam(id).orElseThrow(NotFoundException::new);
        if (!access.canManageItem(session.team, session.type.label() + " · " + session.date, "/sessions/" + id,
                "/sessions/" + id, "sessions")) {
            throw new NotFoundException();
        }
        return session;
    }

    static SessionView view(TrainingSession session, Instant now) {
        return SessionView.of(session, SessionAttendance.linesForSession(session, now), now);
    }

    private static List<CloseRow> rows(TrainingSession session, SessionView view) {
        ZoneId zone = session.team.zone();
        return view.lines().stream().map(l -> CloseRow.of(l, l.rpe() == null ? ""
                : "rated by " + l.ratedBy() + ", " + TrainingText.stamp(l.ratedAt(), zone) + (l.late() ? " (late)" : "")))
                .toList();
    }

    private static String notStarted(TrainingSession session) {
        return "This session has not started yet (" + TrainingText.when(session.date, session.startTime)
                + "). Take attendance once it has started.";
    }

    private static List<Athlete> roster(TrainingSession session) {
        return session.individual ? List.of() : Athlete.listForTeam(session.team);
    }

    private static boolean wholeTeam(List<Athlete> roster, List<Long> planned) {
        Set<Long> active = roster.stream().filter(a -> a.active).map(a -> a.id).collect(Collectors.toSet());
        return !active.isEmpty() && new HashSet<>(planned).equals(active);
    }

    private static SessionFormPage editPage(TrainingSession session, List<Athlete> roster,
            List<SessionAttendance> rows) {
        List<Long> planned = rows.stream().map(a -> a.athlete.id).toList();
        String athleteName = session.individual ? rows.stream().map(a -> a.athlete.name).findFirst().orElse("")
                : null;
        return new SessionFormPage(session.individual ? "Edit individual session" : "Edit session",
                session.team.name, session.team.timeZone, "/sessions/" + session.id, "/sessions/" + session.id,
                session.individual, athleteName, SessionFormPage.choices(roster, planned), null,
                session.individual ? "/sessions/" + session.id : "/sessions/" + session.id + "/edit");
    }

    /** Removes athletes no longer planned and adds new ones, keeping the rows (and ratings) of the others. */
    private static void replanAthletes(TrainingSession session, List<SessionAttendance> rows, List<Athlete> roster,
            Set<Long> wanted) {
        Set<Long> existing = new HashSet<>();
        for (SessionAttendance row : rows) {
            if (wanted.contains(row.athlete.id)) {
                existing.add(row.athlete.id);
            } else {
                row.delete();
            }
        }
        roster.stream().filter(a -> wanted.contains(a.id) && !existing.contains(a.id))
                .forEach(a -> SessionAttendance.of(session, a).persist());
    }

    /**
     * Writes the change now, with the session's version raised even when only its athletes changed, so a
     * concurrent edit fails here rather than at commit; false when another change won the race.
     */
    static boolean saved(TrainingSession session) {
        try {
            TrainingSession.getEntityManager().lock(session, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            TrainingSession.flush();
            return true;
        } catch (OptimisticLockException e) {
            return false;
        }
    }

    static Response conflict(TemplateInstance page) {
        return Response.status(Response.Status.CONFLICT).entity(page).build();
    }
}
