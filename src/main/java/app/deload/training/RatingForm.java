package app.deload.training;

import org.jboss.resteasy.reactive.RestForm;

import app.deload.web.FormErrors;

/** An athlete's session RPE with the minutes they actually trained. */
public record RatingForm(@RestForm String rpe, @RestForm String minutes) {

    public RatingForm {
        rpe = SessionFields.orEmpty(rpe);
        minutes = SessionFields.orEmpty(minutes);
    }

    public static RatingForm of(Integer rpe, int minutes) {
        return new RatingForm(rpe == null ? "" : rpe.toString(), Integer.toString(minutes));
    }

    public Parsed parse(FormErrors errors) {
        return new Parsed(SessionFields.rpe(rpe, "rpe", true, errors),
                SessionFields.minutes(minutes, "minutes", errors));
    }

    public record Parsed(Integer rpe, Integer minutes) {
    }
}
