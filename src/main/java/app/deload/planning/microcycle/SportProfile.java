package app.deload.planning.microcycle;

import java.util.List;
import java.util.Locale;

/** The family of a team's sport, which picks the default week template. */
public enum SportProfile {
    TEAM("team sport"), ENDURANCE("endurance"), STRENGTH("strength and power");

    private static final List<String> ENDURANCE_WORDS = List.of("row", "run", "cycl", "bike", "triathl", "swim",
            "ski", "marathon", "canoe", "kayak", "paddl", "orienteer", "endurance", "athletics", "track", "walk");
    private static final List<String> STRENGTH_WORDS = List.of("weightlift", "powerlift", "strength", "crossfit",
            "throw", "bodybuild", "lifting", "wrestl", "judo", "gymnast");

    private final String label;

    SportProfile(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** From the team's sport as typed ("Rowing", "Football"); team sport when nothing else matches. */
    public static SportProfile guess(String sport) {
        String s = sport == null ? "" : sport.toLowerCase(Locale.ROOT);
        for (String w : STRENGTH_WORDS) {
            if (s.contains(w)) {
                return STRENGTH;
            }
        }
        for (String w : ENDURANCE_WORDS) {
            if (s.contains(w)) {
                return ENDURANCE;
            }
        }
        return TEAM;
    }
}
