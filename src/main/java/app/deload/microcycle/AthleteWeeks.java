package app.deload.microcycle;

import app.deload.athlete.Athlete;
import app.deload.decision.SessionDecision;
import app.deload.monitoring.ActiveRecoveryZone;
import app.deload.plan.PlanningService;
import app.deload.planning.PlanLayout;
import app.deload.planning.PlannedWeek;
import app.deload.planning.microcycle.DayLabel;
import app.deload.planning.microcycle.PlannedDay;
import app.deload.planning.microcycle.PlannedSession;
import app.deload.planning.microcycle.SessionKind;
import app.deload.planning.microcycle.WeekPlanner;
import app.deload.planning.microcycle.WeekReason;
import app.deload.planning.microcycle.WeekTemplate;
import app.deload.signals.TeamMetrics;
import app.deload.training.SessionAttendance;
import app.deload.training.TrainingSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Builds an athlete's week: their sessions from the calendar, each day's kind from the plan and the week template
 * that applies to them (so a rest or active-recovery day shows even before sessions are generated), the band from
 * their heart rates.
 */
@ApplicationScoped
public class AthleteWeeks {

    private static final DateTimeFormatter HEADING = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

    @Inject
    PlanningService planning;

    @Inject
    TemplateStore templates;

    @Inject
    TeamMetrics metrics;

    public AthleteWeek of(Athlete athlete, LocalDate day, boolean self) {
        LocalDate today = LocalDate.now(athlete.team.zone());
        LocalDate monday = day.with(DayOfWeek.MONDAY);
        LocalDate sunday = monday.plusDays(6);
        Optional<PlanLayout> layout = planning.layoutFor(athlete);
        Optional<PlannedWeek> week = layout.flatMap(l -> l.weekOf(monday));
        WeekTemplate template = templates.forAthlete(athlete).template();
        List<PlannedDay> planned = week.isPresent()
                ? WeekPlanner.plan(template, week.get(), layout.get().events()).days()
                : template.nominalDays(monday);

        List<SessionAttendance> mine = SessionAttendance.list("from SessionAttendance a join fetch a.session s "
                + "where a.athlete = ?1 and s.date between ?2 and ?3 order by s.date, s.startsAt, s.id", athlete,
                monday, sunday);
        List<AthleteWeek.Day> days = new ArrayList<>();
        for (PlannedDay p : planned) {
            List<AthleteWeek.Item> items = new ArrayList<>();
            List<SessionKind> kinds = new ArrayList<>();
            for (SessionAttendance a : mine) {
                TrainingSession s = a.session;
                if (s.date.equals(p.date())) {
                    items.add(new AthleteWeek.Item(s.id, s.type.name().toLowerCase(Locale.ROOT), s.type.label(), s.startTime, s.plannedMinutes, s.plannedRpe,
                            s.individual, a.attended, s.notes));
                    if (a.attended) {
                        kinds.add(SessionKind.valueOf(s.type.name()));
                    }
                }
            }
            DayLabel label = DayLabel.of(p.kind(), kinds);
            String recovery = null;
            if (label == DayLabel.ACTIVE_RECOVERY && kinds.isEmpty()) {
                recovery = p.sessions().stream().filter(PlannedSession::activeRecovery).findFirst()
                        .map(r -> r.minutes() + " min at RPE " + r.rpe()).orElse(null);
            }
            days.add(new AthleteWeek.Day(p.date(), HEADING.format(p.date()), p.date().equals(today), label,
                    reason(label, p), items, recovery));
        }

        Optional<ActiveRecoveryZone> zone = ActiveRecoveryZone.estimate(athlete.hrMax,
                athlete.birthDate == null ? 0 : athlete.ageOn(today), athlete.hrRest, metrics.thresholds(athlete.team));
        String base = self ? "/me/week" : "/athletes/" + athlete.id + "/week";
        boolean thisWeek = !today.isBefore(monday) && !today.isAfter(sunday);
        List<String> coachToday = thisWeek ? SessionDecision.messagesFor(athlete, today) : List.of();
        return new AthleteWeek(athlete.id, athlete.name, athlete.team.name, athlete.team.timeZone, self, monday,
                "Week of " + monday.getDayOfMonth() + " " + monday.getMonth().getDisplayName(
                        java.time.format.TextStyle.FULL, Locale.ENGLISH) + " " + monday.getYear(),
                week.map(w -> w.kind().label() + " week").orElse("no plan"),
                week.map(w -> w.kind().code()).orElse("none"), week.map(WeekReason::of).orElse(null),
                week.map(PlannedWeek::plannedLoad).orElse(null),
                zone.map(z -> z.lowBpm() + "–" + z.highBpm() + " bpm").orElse(null),
                zone.map(ActiveRecoveryZone::lowBpm).orElse(null), zone.map(ActiveRecoveryZone::highBpm).orElse(null),
                zone.map(z -> z.method() + "; " + z.reason()).orElse("no estimate: neither HRmax nor age is known; "
                        + "keep it easy, RPE 1–3"),
                coachToday, base + "?week=" + monday.minusWeeks(1), base + "?week=" + monday.plusWeeks(1), base,
                thisWeek, days);
    }

    private static String reason(DayLabel label, PlannedDay planned) {
        return switch (label) {
            case REST -> "rest day: no training, let the body recover";
            case ACTIVE_RECOVERY -> planned.kind() == app.deload.planning.microcycle.DayKind.ACTIVE_RECOVERY
                    ? planned.reason() : "active recovery: easy movement, RPE 1–3";
            case NOTHING_PLANNED -> "nothing planned for you yet";
            case TRAINING -> null;
        };
    }
}
