package app.deload.wellness;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import app.deload.athlete.Athlete;
import app.deload.audit.AuditedEntity;
import app.deload.monitoring.WellnessInput;
import app.deload.team.Team;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.ManyToOne;

/** One athlete's morning questionnaire for one date of their team's calendar; at most one per athlete and date. */
@Entity
public class WellnessEntry extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "athlete_id")
    public Athlete athlete;

    /** The morning's date in the team's time zone (science.md §1). */
    public LocalDate entryDate;
    public int fatigue;
    public int sleepQuality;
    public int soreness;
    public int stress;
    public int mood;
    public double sleepHours;
    public Integer restingHr;
    public Double rmssd;
    /** Comma-separated {@link SoreArea} codes, null for none. */
    public String soreAreas;
    public String comment;

    public WellnessValues values() {
        return new WellnessValues(fatigue, sleepQuality, soreness, stress, mood, sleepHours, restingHr, rmssd,
                WellnessValues.soreAreasOf(soreAreas), comment);
    }

    public int total() {
        return fatigue + sleepQuality + soreness + stress + mood;
    }

    /** The entry as the monitoring core reads it. */
    public WellnessInput toInput() {
        return new WellnessInput(entryDate, fatigue, sleepQuality, soreness, stress, mood, sleepHours, restingHr,
                rmssd);
    }

    /**
     * Creates the athlete's entry for the date, or updates the one already there, from validated values; needs a
     * transaction. Writers for one athlete queue on a lock of the athlete row, so two simultaneous submissions
     * end as one updated row rather than a unique-constraint failure (the constraint stays as the last guard).
     */
    public static WellnessEntry upsert(Athlete athlete, LocalDate date, WellnessValues values) {
        Athlete locked = getEntityManager().find(Athlete.class, athlete.id, LockModeType.PESSIMISTIC_WRITE);
        WellnessEntry entry = findFor(locked, date).orElseGet(WellnessEntry::new);
        entry.athlete = locked;
        entry.entryDate = date;
        entry.assign(values);
        entry.persistAndFlush();
        return entry;
    }

    /** Takes over every answer from validated values (the athlete and date stay). */
    public void assign(WellnessValues values) {
        fatigue = values.fatigue();
        sleepQuality = values.sleepQuality();
        soreness = values.soreness();
        stress = values.stress();
        mood = values.mood();
        sleepHours = values.sleepHours();
        restingHr = values.restingHr();
        rmssd = values.rmssd();
        soreAreas = values.soreAreaCodes();
        comment = values.comment();
    }

    public static Optional<WellnessEntry> findFor(Athlete athlete, LocalDate date) {
        return find("athlete = ?1 and entryDate = ?2", athlete, date).firstResultOptional();
    }

    /** The athlete's entries from {@code from} to {@code to} inclusive, oldest first. */
    public static List<WellnessEntry> listForAthleteBetween(Athlete athlete, LocalDate from, LocalDate to) {
        return list("athlete = ?1 and entryDate between ?2 and ?3 order by entryDate", athlete, from, to);
    }

    /** That an athlete answered on a date: what pages that only count answers read, instead of whole entries. */
    public record Answered(long athleteId, LocalDate date) {
    }

    /**
     * Which of the team's current athletes answered on which dates from {@code from} to {@code to} inclusive:
     * two plain values per entry in one query, nothing loaded into the persistence context.
     */
    public static List<Answered> answeredForTeamBetween(Team team, LocalDate from, LocalDate to) {
        return getEntityManager().createQuery("select new app.deload.wellness.WellnessEntry$Answered(a.id, "
                + "w.entryDate) from WellnessEntry w join w.athlete a where a.team = ?1 "
                + "and w.entryDate between ?2 and ?3", Answered.class)
                .setParameter(1, team).setParameter(2, from).setParameter(3, to).getResultList();
    }

    /**
     * Entries of the team's current athletes from {@code from} to {@code to} inclusive, in one query with each
     * entry's athlete loaded, ordered by athlete name, then date.
     */
    public static List<WellnessEntry> listForTeamBetween(Team team, LocalDate from, LocalDate to) {
        return list("from WellnessEntry w join fetch w.athlete a where a.team = ?1 and w.entryDate between ?2 and ?3 "
                + "order by a.name, a.id, w.entryDate", team, from, to);
    }
}
