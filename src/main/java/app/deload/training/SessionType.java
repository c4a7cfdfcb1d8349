package app.deload.training;

import java.util.Arrays;
import java.util.Optional;

/** What kind of work a session was; forms send the lower-case name. */
public enum SessionType {
    STRENGTH("Strength"),
    CONDITIONING("Conditioning"),
    SKILL("Skill"),
    MATCH("Match"),
    ACTIVE_RECOVERY("Active recovery"),
    OTHER("Other");

    private final String label;

    SessionType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String key() {
        return name().toLowerCase();
    }

    public static Optional<SessionType> fromKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key().equals(key)).findFirst();
    }
}
