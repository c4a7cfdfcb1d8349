package app.deload.planning.microcycle;

import app.deload.planning.PlanRuleException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A week template: one day per weekday, Monday to Sunday. The shares of the training sessions other than matches add
 * up to 100 %: they split the part of a week's planned load that matches and active recovery leave.
 *
 * @param competition what an event day becomes when the template has no match (kind MATCH, its minutes and RPE)
 */
public record WeekTemplate(List<TemplateDay> days, TemplateSession competition) {
    public static final double SHARE_TOLERANCE = 0.005;

    public WeekTemplate {
        if (days == null || days.size() != 7) {
            throw new PlanRuleException("days", "a week template has exactly seven days, Monday to Sunday");
        }
        days = days.stream().sorted(Comparator.comparing(TemplateDay::day)).toList();
        for (int i = 0; i < 7; i++) {
            if (days.get(i).day() != DayOfWeek.of(i + 1)) {
                throw new PlanRuleException("days", "a week template has each weekday once, Monday to Sunday");
            }
        }
        if (competition == null || !competition.match()) {
            throw new PlanRuleException("competition", "a week template says what an event day becomes: a match "
                    + "or competition session");
        }
        double shares = 0;
        boolean anyShared = false;
        for (TemplateDay d : days) {
            for (TemplateSession s : d.sessions()) {
                if (!s.match()) {
                    shares += s.share();
                    anyShared = true;
                }
            }
        }
        if (anyShared && Math.abs(shares - 1) > SHARE_TOLERANCE) {
            throw new PlanRuleException("share", "the shares of the training sessions (matches excepted) must add up "
                    + "to 100 % but add up to " + percent(shares) + " %");
        }
    }

    public TemplateDay day(DayOfWeek day) {
        return days.get(day.getValue() - 1);
    }

    /** The first match of the week, if the template has one. */
    public Optional<TemplateSession> matchSession() {
        for (TemplateDay d : days) {
            for (TemplateSession s : d.sessions()) {
                if (s.match()) {
                    return Optional.of(s);
                }
            }
        }
        return Optional.empty();
    }

    /** What an event day becomes: the template's match if it has one, else its competition session. */
    public TemplateSession eventSession() {
        return matchSession().orElse(competition);
    }

    /** The template as written (nominal minutes) on the week starting on the given Monday, for its checks. */
    public List<PlannedDay> nominalDays(LocalDate monday) {
        List<PlannedDay> out = new ArrayList<>();
        for (TemplateDay d : days) {
            LocalDate date = monday.plusDays(d.day().getValue() - 1L);
            List<PlannedSession> sessions = new ArrayList<>();
            for (TemplateSession s : d.sessions()) {
                sessions.add(new PlannedSession(date, s.start(), s.kind(), s.minutes(), s.rpe(), "template"));
            }
            if (d.recovery() != null) {
                sessions.add(PlannedSession.recovery(date, d.recovery(), "template"));
            }
            out.add(new PlannedDay(date, d.kind(), sessions, d.kind().label()));
        }
        return out;
    }

    private static String percent(double share) {
        return java.math.BigDecimal.valueOf(share * 100).setScale(1, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }
}
