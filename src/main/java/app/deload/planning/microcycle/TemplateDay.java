package app.deload.planning.microcycle;

import app.deload.planning.PlanRuleException;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** One weekday of a week template: rest, training session(s), or active recovery. */
public record TemplateDay(DayOfWeek day, DayKind kind, List<TemplateSession> sessions, ActiveRecovery recovery) {
    public TemplateDay {
        if (day == null) {
            throw new PlanRuleException("day", "a template day needs its weekday");
        }
        if (kind == null) {
            throw new PlanRuleException("kind", "a template day is rest, training or active recovery");
        }
        sessions = sessions == null ? List.of() : sessions.stream()
                .sorted(Comparator.comparing(s -> s.start() == null ? java.time.LocalTime.MAX : s.start())).toList();
        String name = day.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
        switch (kind) {
            case REST -> {
                if (!sessions.isEmpty() || recovery != null) {
                    throw new PlanRuleException("kind", name + " is a rest day: no sessions on it");
                }
            }
            case TRAINING -> {
                if (sessions.isEmpty() || recovery != null) {
                    throw new PlanRuleException("sessions", name + " is a training day: give it at least one "
                            + "session");
                }
            }
            case ACTIVE_RECOVERY -> {
                if (!sessions.isEmpty() || recovery == null) {
                    throw new PlanRuleException("recovery", name + " is an active-recovery day: give it its "
                            + "minutes and RPE, and no training session");
                }
            }
        }
    }

    public static TemplateDay rest(DayOfWeek day) {
        return new TemplateDay(day, DayKind.REST, List.of(), null);
    }

    public static TemplateDay recovery(DayOfWeek day, ActiveRecovery recovery) {
        return new TemplateDay(day, DayKind.ACTIVE_RECOVERY, List.of(), recovery);
    }

    public static TemplateDay training(DayOfWeek day, TemplateSession... sessions) {
        return new TemplateDay(day, DayKind.TRAINING, Arrays.asList(sessions), null);
    }

    public boolean hasMatch() {
        return sessions.stream().anyMatch(TemplateSession::match);
    }
}
