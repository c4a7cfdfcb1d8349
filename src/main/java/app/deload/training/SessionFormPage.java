package app.deload.training;

import java.util.Arrays;
import java.util.List;

import app.deload.athlete.Athlete;

/**
 * What the session form shows around the fields: where it posts, the athletes to choose from and, after a
 * concurrent change, the conflict message with a link to the current version.
 */
public record SessionFormPage(String title, String teamName, String timeZone, String action, String cancelHref,
        boolean individual, String athleteName, List<Choice> athletes, String conflict, String currentHref) {

    public record Choice(long id, String name, boolean active) {
        public String inputId() {
            return "athlete-" + id;
        }
    }

    public record TypeOption(String key, String label) {
    }

    public String minutesLabel() {
        return individual ? "Duration (minutes)" : "Planned duration (minutes)";
    }

    public List<TypeOption> types() {
        return Arrays.stream(SessionType.values()).map(t -> new TypeOption(t.key(), t.label())).toList();
    }

    /** Active athletes, plus inactive ones already planned for this session. */
    static List<Choice> choices(List<Athlete> roster, List<Long> planned) {
        return roster.stream().filter(a -> a.active || planned.contains(a.id))
                .map(a -> new Choice(a.id, a.name, a.active)).toList();
    }

    SessionFormPage withConflict(String message) {
        return new SessionFormPage(title, teamName, timeZone, action, cancelHref, individual, athleteName, athletes,
                message, currentHref);
    }
}
