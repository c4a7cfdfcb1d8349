package app.deload.training;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jboss.resteasy.reactive.RestForm;

import app.deload.athlete.Athlete;
import app.deload.team.Team;
import app.deload.web.FormErrors;
import app.deload.web.FormValues;
import jakarta.validation.constraints.Size;

/**
 * Plans a session for the whole team or chosen athletes, or edits one; for an individual session only date,
 * time, type, minutes and notes apply. {@code version} is the one the coach started from.
 */
public record SessionForm(
        @RestForm String date,
        @RestForm String startTime,
        @RestForm String type,
        @RestForm String plannedMinutes,
        @RestForm String plannedRpe,
        @RestForm @Size(max = 1000, message = "Use at most 1000 characters.") String notes,
        @RestForm String audience,
        @RestForm List<String> athleteIds,
        @RestForm String version) {

    static final String WHOLE_TEAM = "team";
    static final String CHOSEN = "chosen";

    public SessionForm {
        date = SessionFields.orEmpty(date);
        startTime = SessionFields.orEmpty(startTime);
        type = SessionFields.orEmpty(type);
        plannedMinutes = SessionFields.orEmpty(plannedMinutes);
        plannedRpe = SessionFields.orEmpty(plannedRpe);
        notes = SessionFields.orEmpty(notes);
        audience = SessionFields.orEmpty(audience);
        athleteIds = athleteIds == null ? List.of() : List.copyOf(athleteIds);
        version = SessionFields.orEmpty(version);
    }

    public static SessionForm empty(LocalDate date) {
        return new SessionForm(date.toString(), "", "", "", "", "", WHOLE_TEAM, List.of(), "");
    }

    public static SessionForm of(TrainingSession s, List<Long> plannedAthleteIds, boolean wholeTeam) {
        return new SessionForm(s.date.toString(), s.startTime == null ? "" : s.startTime.toString(), s.type.key(),
                Integer.toString(s.plannedMinutes), s.plannedRpe == null ? "" : s.plannedRpe.toString(),
                s.notes == null ? "" : s.notes, wholeTeam ? WHOLE_TEAM : CHOSEN,
                plannedAthleteIds.stream().map(String::valueOf).toList(), Long.toString(s.version));
    }

    public boolean isWholeTeam() {
        return !CHOSEN.equals(audience);
    }

    public boolean isChosen(long athleteId) {
        return athleteIds.contains(Long.toString(athleteId));
    }

    public boolean isType(String key) {
        return type.equals(key);
    }

    public Long versionNumber() {
        return SessionFields.longOrNull(version);
    }

    /**
     * Checks what annotations cannot. For a team session the athletes come from the team's roster (active
     * athletes for the whole team); an id from elsewhere is refused beside the field.
     */
    public Parsed parse(FormErrors errors, LocalDate today, boolean individual, List<Athlete> roster) {
        LocalDate day = individual ? SessionFields.loggedDate(date, today, errors)
                : SessionFields.plannedDate(date, today, errors);
        LocalTime time = SessionFields.time(startTime, !individual, errors);
        SessionType sessionType = SessionFields.type(type, errors);
        Integer minutes = SessionFields.minutes(plannedMinutes, "plannedMinutes", errors);
        Integer rpe = individual ? null : SessionFields.rpe(plannedRpe, "plannedRpe", true, errors);
        Set<Long> athletes = individual ? Set.of() : athletes(errors, roster);
        return new Parsed(day, time, sessionType, minutes, rpe, FormValues.trimmedOrNull(notes), athletes);
    }

    private Set<Long> athletes(FormErrors errors, List<Athlete> roster) {
        Set<Long> chosen = new LinkedHashSet<>();
        if (WHOLE_TEAM.equals(audience)) {
            roster.stream().filter(a -> a.active).forEach(a -> chosen.add(a.id));
            if (chosen.isEmpty()) {
                errors.add("audience", "This team has no active athletes yet: add them to the roster first.");
            }
            return chosen;
        }
        if (!CHOSEN.equals(audience)) {
            errors.add("audience", "Choose the whole team or the athletes the session is for.");
            return chosen;
        }
        Set<Long> rosterIds = new LinkedHashSet<>(roster.stream().map(a -> a.id).toList());
        for (String raw : athleteIds) {
            Long id = SessionFields.longOrNull(raw);
            if (id == null || !rosterIds.contains(id)) {
                errors.add("athleteIds", "Choose athletes of this team only.");
                return chosen;
            }
            chosen.add(id);
        }
        if (chosen.isEmpty()) {
            errors.add("athleteIds", "Choose at least one athlete, or plan the session for the whole team.");
        }
        return chosen;
    }

    public void applyTo(TrainingSession session, Parsed parsed, ZoneId zone) {
        session.schedule(parsed.date(), parsed.startTime(), zone);
        session.type = parsed.type();
        session.plannedMinutes = parsed.plannedMinutes();
        session.plannedRpe = parsed.plannedRpe();
        session.notes = parsed.notes();
    }

    /**
     * A team session is one per date, start time and type (as the CSV import joins rows into one): planning a
     * second one in the same slot is refused beside the start time.
     */
    void refuseTakenSlot(Parsed parsed, Team team, Long except, FormErrors errors) {
        if (parsed.date() != null && parsed.startTime() != null && parsed.type() != null && !errors.has("startTime")
                && TrainingSession.teamSlotTaken(team, parsed.date(), parsed.startTime(), parsed.type(), except)) {
            errors.add("startTime", "The team already has a " + parsed.type().label().toLowerCase(Locale.ROOT)
                    + " session on " + parsed.date() + " at " + parsed.startTime()
                    + ": change that one, or choose another time or type.");
        }
    }

    public record Parsed(LocalDate date, LocalTime startTime, SessionType type, Integer plannedMinutes,
            Integer plannedRpe, String notes, Set<Long> athleteIds) {
    }
}
