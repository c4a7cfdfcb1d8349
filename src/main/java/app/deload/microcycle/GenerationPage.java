package app.deload.microcycle;

import app.deload.athlete.Athlete;
import app.deload.monitoring.ActiveRecoveryZone;
import app.deload.monitoring.IntensityBasis;
import app.deload.monitoring.Thresholds;
import app.deload.planning.microcycle.GenerationDiff;
import app.deload.planning.microcycle.PlannedDay;
import app.deload.planning.microcycle.PlannedMicrocycle;
import app.deload.planning.microcycle.PlannedSession;
import app.deload.planning.microcycle.WeekCheck;
import app.deload.planning.microcycle.WeekChecks;
import app.deload.web.FormErrors;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The generate page: the range form, the preview of what generating it would do (each week's load against the plan,
 * the checks, every day's sessions and whether they are new, changed, unchanged or left as they are), the athletes'
 * active-recovery heart-rate bands, and the last generation that can be undone.
 */
public record GenerationPage(long teamId, String teamName, String from, String to, FormErrors errors,
        Preview preview, Last last) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    public record Preview(String from, String to, String range, int creates, int updates, int deletes, int keptDays,
            boolean changesNothing, String recoveryRule, List<Group> groups) {
    }

    public record Group(String name, int athletes, String template, List<Band> bands, List<Week> weeks) {
    }

    /** @param band "99–125 bpm", or null without an estimate (then {@code method} says why) */
    public record Band(String athlete, String band, String method) {
    }

    public record Week(String range, String kind, String kindCode, String note, String planned, String generated,
            String difference, List<TemplateEditor.CheckRow> checks, List<Day> days) {
    }

    /** @param change what generating does to the day, in words; {@code kept} when it is left as it is */
    public record Day(String label, String kind, String kindCode, String reason, List<String> sessions, String change,
            boolean kept, boolean inRange) {
    }

    public record Last(long id, String range, String summary, String by, String when) {
    }

    public String action() {
        return "/teams/" + teamId + "/plan/generate";
    }

    public String undoAction() {
        return action() + "/undo";
    }

    static Last last(SessionGeneration g, ZoneId zone) {
        return new Last(g.id, DAY.format(g.firstDay) + " to " + DAY.format(g.lastDay), summary(g.createdSessions,
                g.updatedSessions, g.deletedSessions, g.keptDays), g.doneBy, g.createdAt == null ? ""
                : WHEN.format(g.createdAt.atZone(zone)));
    }

    static String summary(int created, int updated, int deleted, int kept) {
        return created + " created, " + updated + " changed, " + deleted + " removed, " + kept + " days left as they "
                + "were (edited by hand or rated)";
    }

    static Preview preview(GenerationPreview p, Map<Long, Athlete> athletes, Thresholds thresholds, LocalDate today) {
        List<Group> groups = new ArrayList<>();
        for (GenerationGroup g : p.groups()) {
            if (g.athleteIds().isEmpty()) {
                continue;
            }
            List<Band> bands = new ArrayList<>();
            for (Long id : g.athleteIds()) {
                Athlete a = athletes.get(id);
                if (a != null) {
                    bands.add(band(a, thresholds, today));
                }
            }
            List<Week> weeks = new ArrayList<>();
            for (PlannedMicrocycle w : g.weeks()) {
                weeks.add(week(w, g, p));
            }
            String template = switch (g.template().source()) {
                case "athlete" -> "their own week template";
                case "team" -> "the team's week template";
                default -> "the sport's default week template (the team has not saved one)";
            };
            groups.add(new Group(g.name(), g.athleteIds().size(), template, bands, weeks));
        }
        boolean nothing = p.creates() + p.updates() + p.deletes() == 0;
        return new Preview(p.from().toString(), p.to().toString(), DAY.format(p.from()) + " to "
                + DAY.format(p.to()), p.creates(), p.updates(), p.deletes(), p.keptDays(), nothing,
                recoveryRule(thresholds), groups);
    }

    private static String recoveryRule(Thresholds t) {
        String basis = t.activeRecoveryBasis() == IntensityBasis.HEART_RATE_RESERVE
                ? "of heart-rate reserve (HRrest + p × (HRmax − HRrest))" : "of HRmax";
        return "Active recovery: 20–40 min of walking, easy cycling, swimming, yoga or mobility at RPE 1–3, at "
                + t.activeRecoveryLowPercent() + "–" + t.activeRecoveryHighPercent() + " % " + basis
                + "; HRmax from the profile, else estimated as 208 − 0.7 × age.";
    }

    private static Band band(Athlete a, Thresholds t, LocalDate today) {
        try {
            ActiveRecoveryZone zone = ActiveRecoveryZone.of(a.hrMax, a.ageOn(today), a.hrRest, t);
            return new Band(a.name, zone.lowBpm() + "–" + zone.highBpm() + " bpm", zone.method());
        } catch (IllegalArgumentException e) {
            return new Band(a.name, null, "no estimate: " + e.getMessage() + "; enter HRmax on the athlete's "
                    + "profile");
        }
    }

    private static Week week(PlannedMicrocycle w, GenerationGroup g, GenerationPreview p) {
        Map<LocalDate, String> kept = new HashMap<>();
        for (GenerationDiff.SkippedDay s : g.diff().skips()) {
            kept.put(s.date(), s.reason());
        }
        Map<LocalDate, int[]> changes = new HashMap<>();
        g.diff().creates().forEach(s -> changes.computeIfAbsent(s.date(), d -> new int[4])[0]++);
        g.diff().updates().forEach(u -> changes.computeIfAbsent(u.wanted().date(), d -> new int[4])[1]++);
        g.diff().deletes().forEach(s -> changes.computeIfAbsent(s.date(), d -> new int[4])[2]++);
        g.diff().unchanged().forEach(s -> changes.computeIfAbsent(s.date(), d -> new int[4])[3]++);
        List<Day> days = new ArrayList<>();
        for (PlannedDay d : w.days()) {
            boolean in = !d.date().isBefore(p.from()) && !d.date().isAfter(p.to());
            List<String> sessions = d.sessions().stream().map(GenerationPage::session).toList();
            String reason = kept.get(d.date());
            String change = !in ? "outside the range: not generated" : reason != null ? capitalised(reason)
                    : change(changes.get(d.date()));
            days.add(new Day(DAY.format(d.date()), capitalised(d.kind().label()), d.kind().code(), d.reason(),
                    sessions, change, reason != null, in));
        }
        double planned = w.week().plannedLoad();
        String difference = planned <= 0 ? "–" : signed((w.load() - planned) / planned * 100) + " %";
        List<TemplateEditor.CheckRow> checks = new ArrayList<>();
        for (WeekCheck c : WeekChecks.week(w, g.template().hardDaysConfirmed())) {
            checks.add(TemplateEditor.checkRow(c, c.kind().label(), c.message()));
        }
        String note = w.week().note() == null || w.week().note().isBlank() ? null : w.week().note();
        return new Week(DAY.format(w.week().start()) + " to " + DAY.format(w.week().end()), w.week().kind().code()
                + " week", w.week().kind().code(), note, round(planned) + " AU", w.load() + " AU", difference, checks,
                days);
    }

    private static String session(PlannedSession s) {
        return s.kind().label() + (s.start() == null ? "" : " " + s.start()) + ": " + s.minutes() + " min at RPE "
                + s.rpe() + " (" + s.load() + " AU)";
    }

    private static String change(int[] counts) {
        if (counts == null) {
            return "nothing to plan";
        }
        List<String> parts = new ArrayList<>();
        if (counts[0] > 0) {
            parts.add(counts[0] + " new");
        }
        if (counts[1] > 0) {
            parts.add(counts[1] + " changed");
        }
        if (counts[2] > 0) {
            parts.add(counts[2] + " removed");
        }
        if (counts[3] > 0) {
            parts.add(counts[3] + " unchanged");
        }
        return String.join(", ", parts);
    }

    private static String round(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static String signed(double v) {
        String s = BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).toPlainString();
        return v >= 0 ? "+" + s : "−" + s.substring(1);
    }

    private static String capitalised(String s) {
        return s == null || s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
