package app.deload.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import app.deload.monitoring.DayMetrics;
import app.deload.monitoring.SignalLevel;
import app.deload.planning.PlannedWeek;

/**
 * One team's morning for its staff: who shows signs (alerts first, then watch, each with its first reason and
 * whether a coach acknowledged it), who still owes today's questionnaire or a session rating, and how many proposals
 * to bring a deload forward wait for a decision. Plain Java.
 */
public record StaffToday(long teamId, String teamName, LocalDate date, String zone, int athletes,
        List<Attention> attention, List<Owed> owed, String planWeek, long openProposals) {

    /**
     * @param firstReason the first sign's sentence
     * @param otherReasons how many further signs the athlete page explains
     */
    public record Attention(long athleteId, String name, SignalLevel level, String levelLabel, String levelClass,
            String firstReason, int otherReasons, boolean acknowledged) {

        public String href() {
            return "/athletes/" + athleteId + "/metrics";
        }

        public boolean alert() {
            return level.isAlert();
        }

        public String otherReasonsText() {
            return otherReasons == 0 ? "" : otherReasons == 1 ? "and 1 more sign" : "and " + otherReasons + " more signs";
        }
    }

    /** @param unratedSessions started, attended sessions of yesterday and today without a rating */
    public record Owed(long athleteId, String name, boolean questionnaire, int unratedSessions) {

        public String what() {
            String ratings = unratedSessions == 1 ? "1 session rating" : unratedSessions + " session ratings";
            return questionnaire && unratedSessions > 0 ? "today's questionnaire and " + ratings
                    : questionnaire ? "today's questionnaire" : ratings;
        }
    }

    /** One athlete of the team as the page needs them. */
    public record AthleteDay(long athleteId, String name, DayMetrics metrics) {
    }

    /**
     * @param answeredToday athletes with today's questionnaire
     * @param unrated       athlete id → started, attended, unrated sessions of yesterday and today
     * @param acknowledged  athletes whose signal of today a coach acknowledged
     * @param openProposals the team's proposals waiting for a decision
     */
    public static StaffToday of(long teamId, String teamName, LocalDate date, String zone, List<AthleteDay> squad,
            Collection<Long> answeredToday, Map<Long, Integer> unrated, Set<Long> acknowledged, PlannedWeek week,
            int planWeeks, long openProposals) {
        List<Attention> attention = new ArrayList<>();
        List<Owed> owed = new ArrayList<>();
        for (AthleteDay a : squad) {
            SignalLevel level = a.metrics().signals().level();
            if (level != SignalLevel.NONE) {
                var signs = a.metrics().signals().signs();
                attention.add(new Attention(a.athleteId(), a.name(), level,
                        level.isAlert() ? "Alert: " + level.label() : capitalized(level.label()),
                        level.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                        signs.isEmpty() ? a.metrics().signals().summary() : signs.get(0).sentence(),
                        Math.max(0, signs.size() - 1), acknowledged.contains(a.athleteId())));
            }
            boolean questionnaire = !answeredToday.contains(a.athleteId());
            int ratings = unrated.getOrDefault(a.athleteId(), 0);
            if (questionnaire || ratings > 0) {
                owed.add(new Owed(a.athleteId(), a.name(), questionnaire, ratings));
            }
        }
        attention.sort(Comparator.comparing(Attention::level).reversed().thenComparing(Attention::acknowledged)
                .thenComparing(Attention::name));
        owed.sort(Comparator.comparing(Owed::name));
        return new StaffToday(teamId, teamName, date, zone, squad.size(), List.copyOf(attention), List.copyOf(owed),
                week == null ? null : planWeek(week, planWeeks), openProposals);
    }

    /** "No open proposals", "1 open proposal", "2 open proposals". */
    public String openProposalsText() {
        return openProposals == 0 ? "No open proposals" : openProposals + " open proposal" + (openProposals == 1 ? ""
                : "s");
    }

    /** "Week 4 of 12: deload, planned 1,051 AU (2026-11-30 to 2026-12-06)" */
    static String planWeek(PlannedWeek week, int planWeeks) {
        return "Week " + (week.index() + 1) + " of " + planWeeks + ": " + week.kind().label() + ", planned "
                + String.format(java.util.Locale.ENGLISH, "%,d", Math.round(week.plannedLoad())) + " AU ("
                + week.start() + " to " + week.end() + ")";
    }

    public long alerts() {
        return attention.stream().filter(Attention::alert).count();
    }

    public long watches() {
        return attention.size() - alerts();
    }

    public String headline() {
        if (athletes == 0) {
            return "No active athletes yet.";
        }
        if (attention.isEmpty()) {
            return "No athlete shows signs today.";
        }
        return count(alerts(), "alert") + ", " + count(watches(), "watch") + " of " + count(athletes, "athlete") + ".";
    }

    public String owedHeadline() {
        return owed.isEmpty() ? "Everyone has answered today's questionnaire and rated their sessions."
                : count(owed.size(), "athlete") + " still owe" + (owed.size() == 1 ? "s" : "") + " something.";
    }

    private static String count(long n, String noun) {
        String plural = noun.endsWith("ch") ? noun + "es" : noun + "s";
        return n + " " + (n == 1 ? noun : plural);
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
