package app.deload.microcycle;

import app.deload.athlete.Athlete;
import app.deload.planning.microcycle.ActiveRecovery;
import app.deload.planning.microcycle.DayKind;
import app.deload.planning.microcycle.DefaultTemplates;
import app.deload.planning.microcycle.SessionKind;
import app.deload.planning.microcycle.TemplateDay;
import app.deload.planning.microcycle.TemplateSession;
import app.deload.planning.microcycle.WeekTemplate;
import app.deload.team.Team;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Week templates as stored: the team's (else its sport's default) and athletes' own, which replace the team's for
 * them. Reading any number of athletes' templates costs two queries.
 */
@ApplicationScoped
public class TemplateStore {

    /** The team's stored template, else its sport's default. */
    public EffectiveTemplate forTeam(Team team) {
        return StoredTemplate.findForTeam(team).map(t -> effective(t, TemplateSlot.listFor(List.of(t.id)), "team"))
                .orElseGet(() -> new EffectiveTemplate(DefaultTemplates.forSport(team.sport), false, "default", -1));
    }

    /** The athlete's own template, else the team's. */
    public EffectiveTemplate forAthlete(Athlete athlete) {
        return ownOf(athlete).orElseGet(() -> forTeam(athlete.team));
    }

    public Optional<EffectiveTemplate> ownOf(Athlete athlete) {
        return StoredTemplate.findForAthlete(athlete)
                .map(t -> effective(t, TemplateSlot.listFor(List.of(t.id)), "athlete"));
    }

    /** The athletes' own templates, by athlete id (athletes without one are left out). */
    public Map<Long, EffectiveTemplate> ownOf(Collection<Long> athleteIds) {
        List<StoredTemplate> stored = StoredTemplate.listForAthletes(athleteIds);
        Map<Long, List<TemplateSlot>> slots = new HashMap<>();
        for (TemplateSlot slot : TemplateSlot.listFor(stored.stream().map(t -> t.id).toList())) {
            slots.computeIfAbsent(slot.template.id, k -> new ArrayList<>()).add(slot);
        }
        Map<Long, EffectiveTemplate> out = new HashMap<>();
        for (StoredTemplate t : stored) {
            out.put(t.athlete.id, effective(t, slots.getOrDefault(t.id, List.of()), "athlete"));
        }
        return out;
    }

    /** Stores the team's template (athleteOrNull null) or the athlete's own, replacing the one before. */
    @Transactional
    public void save(Team team, Athlete athleteOrNull, WeekTemplate template, boolean hardDaysConfirmed) {
        Team.getEntityManager().lock(team, LockModeType.PESSIMISTIC_WRITE);
        StoredTemplate row = (athleteOrNull == null ? StoredTemplate.findForTeam(team)
                : StoredTemplate.findForAthlete(athleteOrNull)).orElseGet(() -> {
                    StoredTemplate t = new StoredTemplate();
                    t.team = team;
                    t.athlete = athleteOrNull;
                    return t;
                });
        row.hardDaysConfirmed = hardDaysConfirmed;
        row.competitionStart = template.competition().start();
        row.competitionMinutes = template.competition().minutes();
        row.competitionRpe = template.competition().rpe();
        if (row.isPersistent()) {
            TemplateSlot.deleteFor(row);
            row.updatedAt = java.time.Instant.now();
            Team.getEntityManager().lock(row, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        } else {
            row.persist();
        }
        for (TemplateDay day : template.days()) {
            for (TemplateSlot slot : slots(day)) {
                slot.template = row;
                slot.persist();
            }
        }
    }

    /** Removes the athlete's own template: the team's applies again. True when there was one. */
    @Transactional
    public boolean reset(Athlete athlete) {
        Optional<StoredTemplate> own = StoredTemplate.findForAthlete(athlete);
        own.ifPresent(t -> {
            TemplateSlot.deleteFor(t);
            t.delete();
        });
        return own.isPresent();
    }

    private static List<TemplateSlot> slots(TemplateDay day) {
        List<TemplateSlot> out = new ArrayList<>();
        switch (day.kind()) {
            case REST -> out.add(slot(day.day(), DayKind.REST));
            case ACTIVE_RECOVERY -> {
                TemplateSlot s = slot(day.day(), DayKind.ACTIVE_RECOVERY);
                s.startTime = day.recovery().start();
                s.plannedMinutes = day.recovery().minutes();
                s.plannedRpe = day.recovery().rpe();
                s.activity = day.recovery().activity();
                out.add(s);
            }
            case TRAINING -> {
                for (TemplateSession session : day.sessions()) {
                    TemplateSlot s = slot(day.day(), DayKind.TRAINING);
                    s.sessionType = session.kind().name();
                    s.startTime = session.start();
                    s.plannedMinutes = session.minutes();
                    s.plannedRpe = session.rpe();
                    s.loadShare = session.match() ? 0 : session.share();
                    out.add(s);
                }
            }
        }
        return out;
    }

    private static TemplateSlot slot(DayOfWeek day, DayKind kind) {
        TemplateSlot s = new TemplateSlot();
        s.weekday = day.getValue();
        s.dayKind = kind.name();
        return s;
    }

    static EffectiveTemplate effective(StoredTemplate row, List<TemplateSlot> slots, String source) {
        List<TemplateDay> days = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            List<TemplateSlot> mine = slots.stream().filter(s -> s.weekday == day.getValue()).toList();
            days.add(day(day, mine));
        }
        TemplateSession competition = new TemplateSession(SessionKind.MATCH, row.competitionStart,
                row.competitionMinutes, row.competitionRpe, 0);
        return new EffectiveTemplate(new WeekTemplate(days, competition), row.hardDaysConfirmed, source, row.version);
    }

    private static TemplateDay day(DayOfWeek day, List<TemplateSlot> slots) {
        if (slots.isEmpty() || slots.get(0).dayKind.equals(DayKind.REST.name())) {
            return TemplateDay.rest(day);
        }
        TemplateSlot first = slots.get(0);
        if (first.dayKind.equals(DayKind.ACTIVE_RECOVERY.name())) {
            return TemplateDay.recovery(day, new ActiveRecovery(first.startTime, first.plannedMinutes,
                    first.plannedRpe, first.activity));
        }
        List<TemplateSession> sessions = slots.stream().map(s -> new TemplateSession(SessionKind.valueOf(
                s.sessionType), s.startTime, s.plannedMinutes, s.plannedRpe, s.loadShare == null ? 0 : s.loadShare))
                .toList();
        return new TemplateDay(day, DayKind.TRAINING, sessions, null);
    }
}
