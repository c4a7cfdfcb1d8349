package app.deload.planning.microcycle;

import java.util.List;
import java.util.Locale;

/**
 * What a calendar day is, in words: its sessions decide (only active recovery makes an active-recovery day); a day
 * without sessions is what the week template planned for it, a rest day or an active-recovery day still to do.
 */
public enum DayLabel {
    TRAINING("Training day"),
    ACTIVE_RECOVERY("Active-recovery day"),
    REST("Rest day"),
    NOTHING_PLANNED("No session planned");

    private final String text;

    DayLabel(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    /** The API's value: training|active_recovery|rest|nothing_planned. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param planned  what the template (through the plan) makes of the day; null when unknown
     * @param sessions the kinds of the day's sessions
     */
    public static DayLabel of(DayKind planned, List<SessionKind> sessions) {
        if (!sessions.isEmpty()) {
            return sessions.stream().allMatch(k -> k == SessionKind.ACTIVE_RECOVERY) ? ACTIVE_RECOVERY : TRAINING;
        }
        if (planned == DayKind.REST) {
            return REST;
        }
        if (planned == DayKind.ACTIVE_RECOVERY) {
            return ACTIVE_RECOVERY;
        }
        return NOTHING_PLANNED;
    }

    /** Rest and active-recovery days are the ones a calendar names. */
    public boolean recovery() {
        return this == REST || this == ACTIVE_RECOVERY;
    }
}
