package app.deload.plan;

import app.deload.athlete.Athlete;
import app.deload.planning.DeloadPeriod;
import app.deload.planning.WeekKind;
import app.deload.team.Team;
import app.deload.training.SessionAttendance;
import app.deload.training.TrainingSession;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;

/**
 * The secret iCalendar feeds, public by URL (calendar apps cannot sign in) but only for a valid, unrevoked token:
 * anything else answers 404. Deload and taper weeks and events are all-day events, sessions timed events in UTC.
 */
@Path("/calendar")
@PermitAll
public class FeedResource {

    /** Sessions from this many days back and ahead; a calendar app refreshes the feed. */
    static final int DAYS_BACK = 56;
    static final int DAYS_AHEAD = 182;
    static final String MEDIA_TYPE = "text/calendar; charset=utf-8";

    @GET
    @Path("{file}")
    public Response feed(@RestPath String file) {
        if (file == null || !file.endsWith(".ics")) {
            throw new NotFoundException();
        }
        CalendarFeed feed = CalendarFeed.findUsable(file.substring(0, file.length() - ".ics".length()))
                .orElseThrow(NotFoundException::new);
        String body = feed.athlete != null ? athleteFeed(feed.athlete) : teamFeed(feed.team);
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(body, MEDIA_TYPE).cacheControl(noStore).build();
    }

    private static String teamFeed(Team team) {
        LocalDate today = LocalDate.now(team.zone());
        PlanWeeks plan = PlanWeeks.forTeam(team);
        List<Ics.Timed> timed = new ArrayList<>();
        List<Ics.AllDay> allDay = planEvents("t" + team.id, plan);
        for (TrainingSession s : TrainingSession.listForTeamBetween(team, today.minusDays(DAYS_BACK),
                today.plusDays(DAYS_AHEAD))) {
            if (!s.individual) {
                addSession(s, s.plannedMinutes, timed, allDay);
            }
        }
        return Ics.calendar("Deload · " + team.name, Instant.now(), allDay, timed);
    }

    private static String athleteFeed(Athlete athlete) {
        LocalDate today = LocalDate.now(athlete.team.zone());
        PlanWeeks plan = PlanWeeks.forAthlete(athlete);
        List<Ics.Timed> timed = new ArrayList<>();
        List<Ics.AllDay> allDay = planEvents("a" + athlete.id, plan);
        List<SessionAttendance> rows = SessionAttendance.list("from SessionAttendance a join fetch a.session s "
                + "where a.athlete = ?1 and a.attended = true and s.date between ?2 and ?3 order by s.startsAt, s.id",
                athlete, today.minusDays(DAYS_BACK), today.plusDays(DAYS_AHEAD));
        for (SessionAttendance row : rows) {
            addSession(row.session, row.effectiveMinutes(), timed, allDay);
        }
        return Ics.calendar("Deload · " + athlete.name, Instant.now(), allDay, timed);
    }

    private static List<Ics.AllDay> planEvents(String owner, PlanWeeks plan) {
        List<Ics.AllDay> allDay = new ArrayList<>();
        for (DeloadPeriod period : plan.deloads()) {
            String what = period.kind() == WeekKind.TAPER ? "Taper" : "Deload";
            allDay.add(new Ics.AllDay("deload-" + owner + "-" + period.start() + "@deload", period.start(),
                    period.end(), what + " (load −" + PlanText.percent(period.reduction()) + ")",
                    what + " from " + PlanText.day(period.start()) + " to " + PlanText.day(period.end())
                            + ": volume cut, intensity kept."));
        }
        for (TeamEvent event : plan.events()) {
            allDay.add(new Ics.AllDay("event-" + event.id + "-" + owner + "@deload", event.date, event.date,
                    "Event: " + event.name, "Priority event; the plan tapers the two weeks before its week."));
        }
        return allDay;
    }

    private static void addSession(TrainingSession s, int minutes, List<Ics.Timed> timed, List<Ics.AllDay> allDay) {
        String summary = s.type.label() + ", " + minutes + " min" + (s.plannedRpe == null ? ""
                : ", planned RPE " + s.plannedRpe);
        String notes = s.notes == null ? "" : s.notes;
        if (s.startTime == null) {
            allDay.add(new Ics.AllDay("session-" + s.id + "@deload", s.date, s.date, summary, notes));
        } else {
            timed.add(new Ics.Timed("session-" + s.id + "@deload", s.startsAt, s.startsAt.plusSeconds(minutes * 60L),
                    summary, notes));
        }
    }
}
