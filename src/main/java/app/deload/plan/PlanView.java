package app.deload.plan;

import app.deload.plan.PlanReport.AthleteRef;
import app.deload.plan.PlanReport.AthleteWeek;
import app.deload.plan.PlanReport.Projected;
import app.deload.plan.PlanReport.Week;
import app.deload.planning.FormBand;
import app.deload.planning.PlanEvent;
import app.deload.planning.PlannedWeek;
import app.deload.planning.ProjectedDay;
import app.deload.planning.TaperAdvice;
import app.deload.team.Team;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The plan page's text, built from a {@link PlanReport}: templates only display it. */
public record PlanView(long teamId, String teamName, String timeZone, String today, String planAction,
        String eventsAction, String individualAction, Summary plan, List<WeekRow> weeks,
        List<String> athleteWeekHeads, List<AthleteRow> athleteWeeks, List<EventRow> events,
        TeamProjection projection, List<AthleteProjection> athleteProjections, List<IndividualRow> individuals,
        List<Choice> athleteChoices, List<PlanHistoryEntry> history) {

    /** How many of the latest started weeks the per-athlete table shows. */
    static final int ATHLETE_WEEKS = 6;

    public record Summary(long id, String pattern, String start, String end, int weeks, String firstWeekLoad,
            String progression, String deload, String taper, String continues, String endAction, long version) {
    }

    public record WeekRow(int number, String start, String range, String kind, String kindCode, String planned,
            String note, String performedMedian, String difference, List<String> offPlan, boolean current,
            boolean earlierVersion, String projectedFitness, String projectedFatigue, String projectedForm,
            String projectedFormPercent, String band) {
    }

    public record AthleteRow(String name, List<AthleteCell> cells) {
    }

    public record AthleteCell(String planned, String performed, String difference, boolean offPlan, String offWords) {
    }

    public record EventRow(long id, String date, String name, String eventWeekLoad, String projectedForm,
            String band, boolean past, boolean fresh, String advice, String removeAction, long version) {
    }

    public record TeamProjection(String fitness, String fatigue, String form, String formPercent, String band,
            int athletes) {
    }

    public record AthleteProjection(String name, String fitness, String fatigue, String form, String formPercent,
            String band, List<String> eventDays, String planEnd) {
    }

    public record IndividualRow(long planId, String athlete, String from, String pattern, String weeks,
            String firstWeekLoad, String endAction, long version) {
    }

    public record Choice(String value, String label) {
    }

    static PlanView of(Team team, PlanReport report, List<TeamEvent> events, List<TrainingPlan> individual,
            List<PlanHistoryEntry> history) {
        LocalDate today = report.today();
        Summary summary = report.plan() == null ? null : summary(report.plan());
        Map<Long, String> names = new HashMap<>();
        report.athletes().forEach(a -> names.put(a.id(), a.name()));

        List<WeekRow> weeks = new ArrayList<>();
        int number = 0;
        for (Week week : report.weeks()) {
            weeks.add(weekRow(++number, week, names));
        }

        List<Week> started = report.weeks().stream().filter(w -> w.started() && w.activePlan()).toList();
        List<Week> recent = started.subList(Math.max(0, started.size() - ATHLETE_WEEKS), started.size());
        List<String> heads = recent.stream().map(w -> "Week of " + PlanText.shortDay(w.planned().start())
                + (w.current() ? " (so far)" : "")).toList();
        List<AthleteRow> athleteRows = new ArrayList<>();
        for (AthleteRef athlete : report.athletes()) {
            List<AthleteCell> cells = new ArrayList<>();
            for (Week week : recent) {
                AthleteWeek aw = week.athletes().stream().filter(x -> x.athleteId() == athlete.id()).findFirst()
                        .orElse(null);
                cells.add(cell(aw));
            }
            athleteRows.add(new AthleteRow(athlete.name(), cells));
        }

        Map<LocalDate, TaperAdvice> adviceByDay = new HashMap<>();
        report.taperAdvice().forEach(a -> adviceByDay.put(a.event().date(), a));
        List<EventRow> eventRows = new ArrayList<>();
        for (TeamEvent event : events) {
            TaperAdvice advice = adviceByDay.get(event.date);
            ProjectedDay day = report.team() == null ? null : report.team().on(event.date);
            String form = day == null || day.formPercent() == null ? "—"
                    : PlanText.oneDecimal(day.form()) + " AU (" + PlanText.signed(day.formPercent()) + " %)";
            String band = day == null || day.band() == null ? "" : day.band().label();
            boolean fresh = advice == null ? day != null && day.band() == FormBand.FRESH : advice.fresh();
            String adviceText = advice == null ? "" : adviceText(advice);
            eventRows.add(new EventRow(event.id, PlanText.day(event.date), event.name,
                    event.eventWeekLoad == null ? "taper's second week" : PlanText.load(event.eventWeekLoad) + " AU",
                    form, band, event.date.isBefore(today), fresh, adviceText,
                    PlanResource.planPath(team) + "/events/" + event.id + "/delete", event.version));
        }

        TeamProjection teamProjection = null;
        List<AthleteProjection> athleteProjections = new ArrayList<>();
        if (report.team() != null) {
            Projected t = report.team();
            teamProjection = new TeamProjection(PlanText.oneDecimal(t.fitnessToday()),
                    PlanText.oneDecimal(t.fatigueToday()), t.formToday() == null ? "—"
                            : PlanText.oneDecimal(t.formToday()), formPercent(t.formToday(), t.fitnessToday()),
                    band(t.formToday(), t.fitnessToday()), report.projections().size());
            List<PlanEvent> coming = report.layout().events().stream().filter(e -> e.date().isAfter(today)).toList();
            for (AthleteRef athlete : report.athletes()) {
                Projected p = report.projections().get(athlete.id());
                if (p == null) {
                    athleteProjections.add(new AthleteProjection(athlete.name(), "—", "—", "—", "—",
                            "fewer than " + PlanReports.MIN_HISTORY_DAYS + " days of history", List.of(), "—"));
                    continue;
                }
                List<String> eventDays = coming.stream().map(e -> e.name() + ": " + dayText(p.on(e.date())))
                        .toList();
                ProjectedDay last = p.days().isEmpty() ? null : p.days().get(p.days().size() - 1);
                athleteProjections.add(new AthleteProjection(athlete.name(), PlanText.oneDecimal(p.fitnessToday()),
                        PlanText.oneDecimal(p.fatigueToday()), p.formToday() == null ? "—"
                                : PlanText.oneDecimal(p.formToday()), formPercent(p.formToday(), p.fitnessToday()),
                        band(p.formToday(), p.fitnessToday()), eventDays, dayText(last)));
            }
        }

        List<IndividualRow> individuals = individual.stream().map(p -> new IndividualRow(p.id, p.athlete.name,
                PlanText.day(p.effectiveFrom), p.pattern, p.weeks + " weeks to " + PlanText.day(p.lastDay()),
                PlanText.load(p.firstWeekLoad) + " AU", PlanResource.planPath(team) + "/" + p.id + "/end", p.version)).toList();
        List<Choice> choices = report.athletes().stream().map(a -> new Choice(Long.toString(a.id()), a.name())).toList();
        String base = PlanResource.planPath(team);
        return new PlanView(team.id, team.name, team.timeZone, PlanText.day(today), base, base + "/events",
                base + "/individual", summary, weeks, heads,
                athleteRows, eventRows, teamProjection, athleteProjections, individuals, choices, history);
    }

    static Summary summary(TrainingPlan plan) {
        return new Summary(plan.id, plan.pattern, PlanText.day(plan.startDate), PlanText.day(plan.lastDay()),
                plan.weeks, PlanText.load(plan.firstWeekLoad) + " AU", PlanText.number(plan.progressionPercent)
                        + " % a week", "−" + PlanText.percent(plan.deloadReduction),
                "−" + PlanText.percent(plan.taperReduction),
                plan.previous == null ? null : "continues the plan from " + PlanText.day(plan.previous.startDate)
                        + ", whose weeks up to " + PlanText.day(plan.previous.lastDay()) + " stay as planned",
                PlanResource.planPath(plan.team) + "/" + plan.id + "/end", plan.version);
    }

    private static WeekRow weekRow(int number, Week week, Map<Long, String> names) {
        PlannedWeek w = week.planned();
        String median = "—";
        String difference = "";
        if (week.performedMedian() != null) {
            median = PlanText.load(Math.round(week.performedMedian())) + " AU (" + week.athletesWithRatings()
                    + " rated)";
            if (w.plannedLoad() > 0) {
                difference = PlanText.signed(100 * (week.performedMedian() - w.plannedLoad()) / w.plannedLoad())
                        + " %";
            }
        } else if (week.started()) {
            median = "no rated sessions";
        }
        List<String> off = new ArrayList<>();
        for (AthleteWeek aw : week.athletes()) {
            if (aw.offPlan() && !week.current()) {
                off.add(names.get(aw.athleteId()) + " " + offWords(aw));
            }
        }
        ProjectedDay end = week.projectedEnd();
        return new WeekRow(number, PlanText.day(w.start()), PlanText.shortDay(w.start()) + " – "
                + PlanText.shortDay(w.end()), w.kind().label(), w.kind().code(),
                PlanText.load(w.plannedLoad()) + " AU", w.note() == null ? "" : w.note(), median, difference, off,
                week.current(), !week.activePlan(),
                end == null ? "" : PlanText.oneDecimal(end.fitness()), end == null ? "" : PlanText.oneDecimal(end.fatigue()),
                end == null ? "" : PlanText.oneDecimal(end.form()),
                end == null || end.formPercent() == null ? "" : PlanText.signed(end.formPercent()) + " %",
                end == null || end.band() == null ? "" : end.band().label());
    }

    private static AthleteCell cell(AthleteWeek aw) {
        if (aw == null) {
            return new AthleteCell("", "—", "", false, "");
        }
        Double d = aw.differencePercent();
        return new AthleteCell(PlanText.load(aw.planned()) + " AU",
                aw.performed() == null ? "no rated sessions" : PlanText.load(Math.round(aw.performed())) + " AU",
                d == null ? "" : PlanText.signed(d) + " %", aw.offPlan(), aw.offPlan() ? offWords(aw) : "");
    }

    /** "more than 20 % above plan" / "more than 20 % below plan". */
    static String offWords(AthleteWeek aw) {
        return "more than 20 % " + (aw.performed() > aw.planned() ? "above" : "below") + " plan ("
                + PlanText.signed(aw.differencePercent()) + " %)";
    }

    private static String adviceText(TaperAdvice advice) {
        if (advice.fresh()) {
            return "Projected fresh on the day.";
        }
        if (advice.proposedTaperReduction() == null) {
            return "Misses fresh: no taper in 0.41–0.60 lands it. " + advice.summary();
        }
        return "Misses fresh: a taper reduction t = " + PlanText.number(advice.proposedTaperReduction())
                + " lands it. " + advice.summary();
    }

    private static String dayText(ProjectedDay day) {
        if (day == null) {
            return "—";
        }
        return "form " + PlanText.oneDecimal(day.form()) + " AU" + (day.formPercent() == null ? ""
                : " (" + PlanText.signed(day.formPercent()) + " %, " + day.band().label() + ")");
    }

    private static String formPercent(Double form, double fitness) {
        return form == null || fitness <= 0 ? "—" : PlanText.signed(100 * form / fitness) + " %";
    }

    private static String band(Double form, double fitness) {
        return form == null || fitness <= 0 ? "" : FormBand.of(100 * form / fitness).label();
    }
}
