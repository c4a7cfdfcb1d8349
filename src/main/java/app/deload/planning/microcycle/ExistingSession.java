package app.deload.planning.microcycle;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A session already in the calendar, as the generator needs to see it.
 *
 * @param editedByHand  a coach changed it after it was generated
 * @param rated         someone already rated it (an attendance has an RPE)
 * @param generationId  the generation that created it; null when entered by hand
 */
public record ExistingSession(long id, LocalDate date, LocalTime start, SessionKind kind, int minutes, Integer rpe,
                              String note, boolean editedByHand, boolean rated, Long generationId) {
    public ExistingSession {
        Objects.requireNonNull(date, "date");
    }

    /** Generated and not touched since: the only kind of session a generation may change or remove. */
    public boolean untouchedGenerated() {
        return generationId != null && !editedByHand && !rated;
    }

    /** Why the generator leaves it alone; null when it may change it. */
    public String protectedBecause() {
        if (rated) {
            return "already rated";
        }
        if (editedByHand) {
            return "edited by hand";
        }
        if (generationId == null) {
            return "entered by hand";
        }
        return null;
    }

    boolean sameAs(PlannedSession s) {
        return Objects.equals(start, s.start()) && kind == s.kind() && minutes == s.minutes()
                && Objects.equals(rpe, s.rpe()) && Objects.equals(note, s.note());
    }
}
