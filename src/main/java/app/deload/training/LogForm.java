package app.deload.training;

import java.time.LocalDate;
import java.time.LocalTime;

import org.jboss.resteasy.reactive.RestForm;

import app.deload.web.FormErrors;
import app.deload.web.FormValues;
import jakarta.validation.constraints.Size;

/** An individual extra session logged after the fact, by the athlete or their coach. */
public record LogForm(
        @RestForm String date,
        @RestForm String startTime,
        @RestForm String type,
        @RestForm String minutes,
        @RestForm String rpe,
        @RestForm @Size(max = 1000, message = "Use at most 1000 characters.") String notes) {

    public LogForm {
        date = SessionFields.orEmpty(date);
        startTime = SessionFields.orEmpty(startTime);
        type = SessionFields.orEmpty(type);
        minutes = SessionFields.orEmpty(minutes);
        rpe = SessionFields.orEmpty(rpe);
        notes = SessionFields.orEmpty(notes);
    }

    public static LogForm empty(LocalDate today) {
        return new LogForm(today.toString(), "", "", "", "", "");
    }

    public boolean isType(String key) {
        return type.equals(key);
    }

    /** The rating is required from the athlete (they know how it felt); a coach may leave it to them. */
    public Parsed parse(FormErrors errors, LocalDate today, boolean rpeRequired) {
        LocalDate day = SessionFields.loggedDate(date, today, errors);
        LocalTime time = SessionFields.time(startTime, false, errors);
        SessionType sessionType = SessionFields.type(type, errors);
        Integer duration = SessionFields.minutes(minutes, "minutes", errors);
        Integer rating = SessionFields.rpe(rpe, "rpe", rpeRequired, errors);
        return new Parsed(day, time, sessionType, duration, rating, FormValues.trimmedOrNull(notes));
    }

    public record Parsed(LocalDate date, LocalTime startTime, SessionType type, Integer minutes, Integer rpe,
            String notes) {
    }
}
