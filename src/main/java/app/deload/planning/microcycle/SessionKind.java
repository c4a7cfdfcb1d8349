package app.deload.planning.microcycle;

import java.util.Locale;
import java.util.Optional;

/** The kind of a planned session; keys match the training feature's session types. */
public enum SessionKind {
    STRENGTH("Strength"),
    CONDITIONING("Conditioning"),
    SKILL("Skill"),
    MATCH("Match"),
    ACTIVE_RECOVERY("Active recovery"),
    OTHER("Other");

    private final String label;

    SessionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Lower-case name, the same key as the training feature's session type. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SessionKind> fromKey(String key) {
        for (SessionKind k : values()) {
            if (k.key().equals(key)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
