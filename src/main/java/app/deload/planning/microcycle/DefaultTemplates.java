package app.deload.planning.microcycle;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

import java.time.LocalTime;
import java.util.List;

/**
 * Default week templates, each passing every week check: at least one full rest day, no two hard days (RPE 7 or
 * more) in a row, and active recovery the day after a match.
 */
public final class DefaultTemplates {
    private DefaultTemplates() {
    }

    public static WeekTemplate forSport(String sport) {
        return of(SportProfile.guess(sport));
    }

    public static WeekTemplate of(SportProfile profile) {
        return switch (profile) {
            case TEAM -> team();
            case ENDURANCE -> endurance();
            case STRENGTH -> strength();
        };
    }

    /** Saturday match, Sunday active recovery, Monday rest; the hard pitch session on Wednesday. */
    public static WeekTemplate team() {
        LocalTime evening = LocalTime.of(18, 0);
        return new WeekTemplate(List.of(
                TemplateDay.rest(MONDAY),
                TemplateDay.training(TUESDAY, session(SessionKind.STRENGTH, LocalTime.of(17, 0), 45, 5, 0.15),
                        session(SessionKind.CONDITIONING, evening, 75, 6, 0.30)),
                TemplateDay.training(WEDNESDAY, session(SessionKind.SKILL, evening, 75, 7, 0.30)),
                TemplateDay.training(THURSDAY, session(SessionKind.SKILL, evening, 60, 5, 0.15)),
                TemplateDay.training(FRIDAY, session(SessionKind.SKILL, evening, 45, 3, 0.10)),
                TemplateDay.training(SATURDAY, session(SessionKind.MATCH, LocalTime.of(15, 0), 90, 8, 0)),
                TemplateDay.recovery(SUNDAY, ActiveRecovery.standard(LocalTime.of(10, 0)))),
                session(SessionKind.MATCH, LocalTime.of(15, 0), 90, 8, 0));
    }

    /** Intervals on Tuesday and Saturday, a long easy Sunday, Friday active recovery, Monday rest. */
    public static WeekTemplate endurance() {
        LocalTime morning = LocalTime.of(7, 0);
        return new WeekTemplate(List.of(
                TemplateDay.rest(MONDAY),
                TemplateDay.training(TUESDAY, session(SessionKind.CONDITIONING, morning, 60, 7, 0.20)),
                TemplateDay.training(WEDNESDAY, session(SessionKind.CONDITIONING, morning, 75, 3, 0.15),
                        session(SessionKind.STRENGTH, LocalTime.of(17, 0), 45, 5, 0.10)),
                TemplateDay.training(THURSDAY, session(SessionKind.CONDITIONING, morning, 60, 4, 0.15)),
                TemplateDay.recovery(FRIDAY, ActiveRecovery.standard(morning)),
                TemplateDay.training(SATURDAY, session(SessionKind.CONDITIONING, LocalTime.of(8, 0), 60, 7, 0.20)),
                TemplateDay.training(SUNDAY, session(SessionKind.CONDITIONING, LocalTime.of(8, 0), 120, 3, 0.20))),
                session(SessionKind.MATCH, LocalTime.of(9, 0), 60, 9, 0));
    }

    /** Heavy Monday and Friday, technique Saturday, Thursday active recovery, Sunday rest. */
    public static WeekTemplate strength() {
        LocalTime evening = LocalTime.of(17, 0);
        return new WeekTemplate(List.of(
                TemplateDay.training(MONDAY, session(SessionKind.STRENGTH, evening, 75, 7, 0.25)),
                TemplateDay.training(TUESDAY, session(SessionKind.CONDITIONING, evening, 45, 4, 0.10)),
                TemplateDay.training(WEDNESDAY, session(SessionKind.STRENGTH, evening, 75, 6, 0.20)),
                TemplateDay.recovery(THURSDAY, ActiveRecovery.standard(evening)),
                TemplateDay.training(FRIDAY, session(SessionKind.STRENGTH, evening, 90, 8, 0.30)),
                TemplateDay.training(SATURDAY, session(SessionKind.SKILL, LocalTime.of(10, 0), 60, 5, 0.15)),
                TemplateDay.rest(SUNDAY)),
                session(SessionKind.MATCH, LocalTime.of(10, 0), 120, 8, 0));
    }

    private static TemplateSession session(SessionKind kind, LocalTime start, int minutes, int rpe, double share) {
        return new TemplateSession(kind, start, minutes, rpe, share);
    }
}
