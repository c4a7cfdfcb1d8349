package app.deload.microcycle;

import app.deload.planning.microcycle.ActiveRecovery;
import app.deload.planning.microcycle.GenerationDiff;
import app.deload.planning.microcycle.PlannedDay;
import app.deload.planning.microcycle.PlannedMicrocycle;
import app.deload.planning.microcycle.PlannedSession;
import app.deload.planning.microcycle.TemplateDay;
import app.deload.planning.microcycle.TemplateSession;
import app.deload.planning.microcycle.WeekCheck;
import app.deload.planning.microcycle.WeekChecks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON bodies of the week-template and generation API; the generation preview page shows the same values. */
public final class MicrocycleDtos {

    private MicrocycleDtos() {
    }

    @Schema(name = "TemplateSession", description = "A training session of a template day (or, as 'competition', "
            + "what an event day becomes when the template has no match).")
    public record SessionDto(
            @Schema(description = "strength, conditioning, skill, match or other.") String type,
            @Schema(description = "Team-local start, HH:MM; may be left out.") String start,
            @Schema(description = "Nominal planned minutes, 1–600 (a match keeps them; the others get theirs from "
                    + "the week's planned load).") Integer minutes,
            @Schema(description = "Planned CR-10 RPE, 1–10, kept in every week.") Integer rpe,
            @Schema(description = "Share of the week's load in %, 0–100; the shares of the sessions other than "
                    + "matches add up to 100. Ignored for a match.") Double sharePercent) {

        static SessionDto of(TemplateSession s) {
            return new SessionDto(s.kind().key(), TemplateInput.time(s.start()), s.minutes(), s.rpe(),
                    s.match() ? null : round(s.share() * 100));
        }

        TemplateInput.Session input() {
            return new TemplateInput.Session(type, start, text(minutes), text(rpe), text(sharePercent));
        }
    }

    @Schema(name = "TemplateRecovery", description = "An active-recovery day: 20–40 min at RPE 1–3.")
    public record RecoveryDto(String start, Integer minutes, Integer rpe, String activity) {

        static RecoveryDto of(ActiveRecovery r) {
            return r == null ? null : new RecoveryDto(TemplateInput.time(r.start()), r.minutes(), r.rpe(),
                    r.activity());
        }

        TemplateInput.Recovery input() {
            return new TemplateInput.Recovery(start, text(minutes), text(rpe), activity);
        }
    }

    @Schema(name = "TemplateDay")
    public record DayDto(
            @Schema(description = "monday … sunday.") String day,
            @Schema(description = "rest, training or active_recovery.", required = true) String kind,
            @Schema(description = "A training day's sessions.") List<SessionDto> sessions,
            @Schema(description = "An active-recovery day's minutes and RPE.") RecoveryDto recovery) {

        static DayDto of(TemplateDay d) {
            return new DayDto(d.day().name().toLowerCase(Locale.ROOT), d.kind().code(),
                    d.sessions().stream().map(SessionDto::of).toList(), RecoveryDto.of(d.recovery()));
        }
    }

    @Schema(name = "WeekCheck", description = "One check of a week: no two hard days in a row (unless confirmed), "
            + "a rest day, active recovery after a match, and (generated weeks) the load within 5 % of the plan.")
    public record CheckDto(String check, boolean ok, String message) {

        static List<CheckDto> of(List<WeekCheck> checks) {
            return checks.stream().map(c -> new CheckDto(c.kind().name().toLowerCase(Locale.ROOT), c.ok(),
                    c.message())).toList();
        }
    }

    @Schema(name = "WeekTemplate", description = "A week template, Monday to Sunday, with its checks.")
    public record TemplateDto(
            @Schema(description = "team (the team's stored template), athlete (the athlete's own) or default (the "
                    + "team sport's default; nothing stored yet).") String source,
            boolean hardDaysConfirmed, List<DayDto> days, SessionDto competition, List<CheckDto> checks) {

        static TemplateDto of(EffectiveTemplate t) {
            return new TemplateDto(t.source(), t.hardDaysConfirmed(),
                    t.template().days().stream().map(DayDto::of).toList(), SessionDto.of(t.template().competition()),
                    CheckDto.of(WeekChecks.template(t.template(), t.hardDaysConfirmed())));
        }
    }

    @Schema(name = "WeekTemplateRequest", description = "A whole week template: seven days, Monday to Sunday (by "
            + "'day', else in order).")
    public record TemplateRequest(List<DayDto> days, SessionDto competition,
            @Schema(description = "Confirms two hard days (RPE 7 or more) in a row; without it such a template is "
                    + "refused.") Boolean hardDaysConfirmed) {

        TemplateInput input() {
            List<TemplateInput.Day> out = new ArrayList<>();
            if (days != null) {
                Map<String, DayDto> byName = new HashMap<>();
                days.stream().filter(d -> d != null && d.day() != null)
                        .forEach(d -> byName.put(d.day().trim().toLowerCase(Locale.ROOT), d));
                boolean named = byName.size() == 7 && days.size() == 7;
                for (int i = 0; i < days.size(); i++) {
                    DayDto d = named ? byName.get(TemplateInput.dayName(i)) : days.get(i);
                    if (d == null) {
                        out.add(new TemplateInput.Day(null, List.of(), null));
                        continue;
                    }
                    out.add(new TemplateInput.Day(d.kind(), d.sessions() == null ? List.of()
                            : d.sessions().stream().map(s -> s == null ? null : s.input()).toList(),
                            d.recovery() == null ? null : d.recovery().input()));
                }
            }
            return new TemplateInput(out, competition == null ? null : competition.input(),
                    Boolean.TRUE.equals(hardDaysConfirmed));
        }
    }

    // ----- Generation -----

    @Schema(name = "GeneratedSession")
    public record GeneratedSessionDto(String type, String label, String start, int minutes, int rpe, int load,
            String note) {

        static GeneratedSessionDto of(PlannedSession s) {
            return new GeneratedSessionDto(s.kind().key(), s.kind().label(), TemplateInput.time(s.start()),
                    s.minutes(), s.rpe(), s.load(), s.note());
        }
    }

    @Schema(name = "GeneratedDay")
    public record GeneratedDayDto(String date, String label, String kind, String reason,
            List<GeneratedSessionDto> sessions,
            @Schema(description = "Set when the day is left as it is: a session on it was entered or edited by "
                    + "hand, or rated.") String kept,
            @Schema(description = "False for days of the week outside the requested range.") boolean inRange) {
    }

    @Schema(name = "GeneratedWeek")
    public record GeneratedWeekDto(String start, String kind, String note, double plannedLoad, int generatedLoad,
            @Schema(description = "(generated − planned) / planned in %.") Double differencePercent,
            List<CheckDto> checks, List<GeneratedDayDto> days) {
    }

    @Schema(name = "GenerationGroup", description = "The team's sessions, or one athlete's own (from their own "
            + "template or individual plan).")
    public record GroupDto(Long athleteId, String name, int athletes, String templateSource,
            List<GeneratedWeekDto> weeks) {
    }

    @Schema(name = "Generation", description = "A generation's preview, or what it did.")
    public record GenerationDto(
            @Schema(description = "The generation's id; null for a preview.") Long generationId,
            boolean preview, String from, String to, int created, int updated, int deleted,
            @Schema(description = "Days left as they were (hand-entered, hand-edited or rated sessions).")
            int keptDays, List<GroupDto> groups) {

        static GenerationDto of(GenerationPreview p, Long generationId) {
            List<GroupDto> groups = new ArrayList<>();
            for (GenerationGroup g : p.groups()) {
                if (g.athleteIds().isEmpty()) {
                    continue;
                }
                groups.add(new GroupDto(g.athleteId(), g.name(), g.athleteIds().size(), g.template().source(),
                        g.weeks().stream().map(w -> week(w, g, p)).toList()));
            }
            return new GenerationDto(generationId, generationId == null, p.from().toString(), p.to().toString(),
                    p.creates(), p.updates(), p.deletes(), p.keptDays(), groups);
        }

        private static GeneratedWeekDto week(PlannedMicrocycle w, GenerationGroup g, GenerationPreview p) {
            Map<LocalDate, String> kept = new HashMap<>();
            for (GenerationDiff.SkippedDay s : g.diff().skips()) {
                kept.put(s.date(), s.reason());
            }
            List<GeneratedDayDto> days = new ArrayList<>();
            for (PlannedDay d : w.days()) {
                boolean in = !d.date().isBefore(p.from()) && !d.date().isAfter(p.to());
                days.add(new GeneratedDayDto(d.date().toString(), DAY.format(d.date()), d.kind().code(), d.reason(),
                        d.sessions().stream().map(GeneratedSessionDto::of).toList(), kept.get(d.date()), in));
            }
            double planned = w.week().plannedLoad();
            return new GeneratedWeekDto(w.week().start().toString(), w.week().kind().code(),
                    w.week().note() == null || w.week().note().isEmpty() ? null : w.week().note(), round(planned),
                    w.load(), planned <= 0 ? null : round((w.load() - planned) / planned * 100),
                    CheckDto.of(WeekChecks.week(w, g.template().hardDaysConfirmed())), days);
        }
    }

    @Schema(name = "Undo", description = "What undoing the last generation did.")
    public record UndoDto(long generationId, int removed, int restored, List<String> kept) {

        static UndoDto of(UndoResult r) {
            return new UndoDto(r.generationId(), r.removed(), r.restored(), r.kept());
        }
    }

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    static double round(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    private static String text(Number n) {
        if (n == null) {
            return null;
        }
        if (n instanceof Double d && d == Math.rint(d) && !d.isInfinite()) {
            return Long.toString(d.longValue());
        }
        return n.toString();
    }
}
