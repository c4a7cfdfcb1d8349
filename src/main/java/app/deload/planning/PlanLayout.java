package app.deload.planning;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A plan laid out week by week (science section 11).
 *
 * <p>The pattern runs from an anchor week at a step k: week o after the anchor is loading week j = o mod (L + 1)
 * of mesocycle m = o div (L + 1), planned at W·(1 + p)^(k + m + j), or that mesocycle's deload at (1 − r) × the mean
 * of its loading weeks. An event week E makes weeks E − 2 and E − 1 a taper at (1 − t) × the mean loading week of the
 * mesocycle in which the taper's first week falls (as the running pattern lays it out), a pattern deload right
 * before the taper becomes a loading week at that mesocycle's last loading load, and the pattern restarts after the
 * event week at the taper mesocycle's step. A brought-forward deload starting on S in a pattern week runs to that
 * Sunday when S is Monday–Thursday, else through the following Sunday as well; the pattern restarts on the Monday
 * after at the interrupted mesocycle's step. Event and taper weeks win over a brought-forward deload.
 *
 * <p>Events up to two weeks after the plan's end still taper inside the plan; events before the start and
 * brought-forward deloads outside the plan (or starting inside an earlier one, or in a taper or event week) change
 * nothing.
 */
public record PlanLayout(PlanParameters parameters, List<PlanEvent> events, List<PlannedWeek> weeks) {

    public PlanLayout {
        Objects.requireNonNull(parameters, "parameters");
        events = List.copyOf(events);
        weeks = List.copyOf(weeks);
    }

    public static PlanLayout of(PlanParameters p, List<PlanEvent> events, List<EarlyDeload> early) {
        Objects.requireNonNull(p, "parameters");
        List<PlanEvent> sortedEvents = new ArrayList<>(events == null ? List.of() : events);
        sortedEvents.sort(Comparator.comparing(PlanEvent::date));
        List<EarlyDeload> sortedEarly = new ArrayList<>(early == null ? List.of() : early);
        sortedEarly.sort(Comparator.comparing(EarlyDeload::start));
        return new PlanLayout(p, sortedEvents, new Builder(p, sortedEvents, sortedEarly).build());
    }

    public static PlanLayout of(PlanParameters p, List<PlanEvent> events) {
        return of(p, events, List.of());
    }

    public Optional<PlannedWeek> weekOf(LocalDate day) {
        long index = weekIndex(parameters.start(), day);
        if (index < 0 || index >= weeks.size()) {
            return Optional.empty();
        }
        return Optional.of(weeks.get((int) index));
    }

    /** The day's share of its week's planned load when spread evenly (split weeks by day); 0 outside the plan. */
    public double plannedLoadOn(LocalDate day) {
        return weekOf(day).map(w -> w.plannedLoadOn(day)).orElse(0.0);
    }

    /**
     * The week in which the first deload or taper period starting after the given day begins (a taper is the deload
     * before an event; a deload brought forward begins on its day, not on its week's Monday).
     */
    public Optional<PlannedWeek> nextDeload(LocalDate after) {
        for (DeloadPeriod period : deloadPeriods()) {
            if (period.start().isAfter(after)) {
                return weekOf(period.start());
            }
        }
        return Optional.empty();
    }

    /** Every deload and taper in date order; adjoining weeks of the same kind form one period. */
    public List<DeloadPeriod> deloadPeriods() {
        List<DeloadPeriod> periods = new ArrayList<>();
        for (PlannedWeek w : weeks) {
            if (!w.kind().isReduced()) {
                continue;
            }
            LocalDate begins = w.deloadFrom() != null ? w.deloadFrom() : w.start();
            DeloadPeriod last = periods.isEmpty() ? null : periods.get(periods.size() - 1);
            if (last != null && last.kind() == w.kind() && last.end().plusDays(1).equals(begins)) {
                periods.set(periods.size() - 1, new DeloadPeriod(last.start(), w.end(), last.kind(), last.reduction()));
            } else {
                double reduction = w.kind() == WeekKind.TAPER ? parameters.taperReduction()
                        : parameters.deloadReduction();
                periods.add(new DeloadPeriod(begins, w.end(), w.kind(), reduction));
            }
        }
        return List.copyOf(periods);
    }

    /** Whether a deload or taper is running on the day or starts within the following {@code days} days. */
    public boolean deloadRunningOrWithin(LocalDate day, int days) {
        LocalDate until = day.plusDays(days);
        for (DeloadPeriod period : deloadPeriods()) {
            if (!period.start().isAfter(until) && !period.end().isBefore(day)) {
                return true;
            }
        }
        return false;
    }

    static long weekIndex(LocalDate planStart, LocalDate day) {
        return Math.floorDiv(ChronoUnit.DAYS.between(planStart, day), 7);
    }

    /** The pattern's view of one week. */
    private record PatternWeek(boolean deload, int step, int mesocycle, int position, double load) {
    }

    /** The running taper of the next event: its mesocycle's step and number, and its weekly load. */
    private record Taper(int step, int mesocycle, double load) {
    }

    private static final class Builder {
        private final PlanParameters p;
        private final List<EarlyDeload> early;
        private final TreeMap<Integer, List<PlanEvent>> eventWeeks = new TreeMap<>();
        private final List<PlannedWeek> out = new ArrayList<>();
        private int anchor;
        private int anchorStep;
        private int anchorMesocycle;
        private Taper taper;

        Builder(PlanParameters p, List<PlanEvent> events, List<EarlyDeload> early) {
            this.p = p;
            this.early = early;
            for (PlanEvent e : events) {
                long index = weekIndex(p.start(), e.date());
                if (index >= 0 && index <= p.weeks() + 1L) {
                    eventWeeks.computeIfAbsent((int) index, k -> new ArrayList<>()).add(e);
                }
            }
        }

        List<PlannedWeek> build() {
            int i = 0;
            while (i < p.weeks()) {
                Map.Entry<Integer, List<PlanEvent>> next = eventWeeks.ceilingEntry(i);
                int toEvent = next == null ? Integer.MAX_VALUE : next.getKey() - i;
                if (toEvent == 0) {
                    eventWeek(i, next.getValue());
                    i++;
                } else if (toEvent <= 2) {
                    taperWeek(i, next.getValue());
                    i++;
                } else {
                    EarlyDeload brought = earlyDeloadIn(i);
                    if (brought != null) {
                        i = earlyDeload(i, brought);
                    } else {
                        patternWeek(i, toEvent == 3 ? next.getValue() : null);
                        i++;
                    }
                }
            }
            return out;
        }

        private PatternWeek patternAt(int i) {
            int offset = i - anchor;
            int perMesocycle = p.pattern().weeksPerMesocycle();
            int m = offset / perMesocycle;
            int j = offset % perMesocycle;
            int step = anchorStep + m;
            boolean deload = j == p.pattern().loadingWeeks();
            return new PatternWeek(deload, step, anchorMesocycle + m, j,
                    deload ? p.deloadLoad(step) : p.loadingLoad(step, j));
        }

        private LocalDate weekStart(int i) {
            return p.start().plusWeeks(i);
        }

        private void patternWeek(int i, List<PlanEvent> taperFollows) {
            PatternWeek w = patternAt(i);
            if (w.deload() && taperFollows != null) {
                double last = p.loadingLoad(w.step(), p.pattern().loadingWeeks() - 1);
                out.add(new PlannedWeek(i, weekStart(i), WeekKind.LOADING, last, w.mesocycle(),
                        "loading: the deload is absorbed into the taper before " + names(taperFollows), null));
            } else if (w.deload()) {
                out.add(new PlannedWeek(i, weekStart(i), WeekKind.DELOAD, w.load(), w.mesocycle(),
                        "deload: same intensity, volume −" + Words.percent(p.deloadReduction())
                                + " % of the mesocycle's mean loading week", null));
            } else {
                out.add(new PlannedWeek(i, weekStart(i), WeekKind.LOADING, w.load(), w.mesocycle(),
                        "loading week " + (w.position() + 1) + " of " + p.pattern().loadingWeeks(), null));
            }
        }

        private Taper taperFrom(int i) {
            PatternWeek w = patternAt(i);
            return new Taper(w.step(), w.mesocycle(), p.taperLoad(w.step()));
        }

        private void taperWeek(int i, List<PlanEvent> events) {
            if (taper == null) {
                taper = taperFrom(i);
            }
            out.add(new PlannedWeek(i, weekStart(i), WeekKind.TAPER, taper.load(), taper.mesocycle(),
                    "taper before " + names(events) + " (−" + Words.percent(p.taperReduction()) + " %)", null));
        }

        private void eventWeek(int i, List<PlanEvent> events) {
            Taper t = taper != null ? taper : taperFrom(i);
            Double set = null;
            for (PlanEvent e : events) {
                if (set == null && e.eventWeekLoad() != null) {
                    set = e.eventWeekLoad();
                }
            }
            StringBuilder note = new StringBuilder("event week: ");
            for (int k = 0; k < events.size(); k++) {
                note.append(k == 0 ? "" : ", ").append(events.get(k).name()).append(" on ")
                        .append(Words.day(events.get(k).date()));
            }
            out.add(new PlannedWeek(i, weekStart(i), WeekKind.EVENT, set != null ? set : t.load(), t.mesocycle(),
                    note.toString(), null));
            anchor = i + 1;
            anchorStep = t.step();
            anchorMesocycle = t.mesocycle() + 1;
            taper = null;
        }

        private EarlyDeload earlyDeloadIn(int i) {
            LocalDate from = weekStart(i);
            LocalDate to = from.plusDays(6);
            for (EarlyDeload e : early) {
                if (!e.start().isBefore(from) && !e.start().isAfter(to)) {
                    return e;
                }
            }
            return null;
        }

        /** Lays out the brought-forward deload starting in week i; returns the next week to lay out. */
        private int earlyDeload(int i, EarlyDeload brought) {
            PatternWeek w = patternAt(i);
            double deloadDay = p.deloadLoad(w.step()) / 7;
            int before = 7 - brought.remainingDaysInWeek();
            double load = before * (w.load() / 7) + (7 - before) * deloadDay;
            out.add(new PlannedWeek(i, weekStart(i), WeekKind.DELOAD, load, w.mesocycle(),
                    "deload brought forward to " + Words.day(brought.start()), brought.start(), deloadDay));
            int next = i + 1;
            if (brought.start().getDayOfWeek().getValue() > DayOfWeek.THURSDAY.getValue() && next < p.weeks()
                    && !taperOrEvent(next)) {
                out.add(new PlannedWeek(next, weekStart(next), WeekKind.DELOAD, deloadDay * 7, w.mesocycle(),
                        "deload brought forward to " + Words.day(brought.start()) + ", continued through "
                                + Words.day(brought.end()), null));
                next++;
            }
            anchor = next;
            anchorStep = w.step();
            anchorMesocycle = w.mesocycle() + 1;
            return next;
        }

        private boolean taperOrEvent(int i) {
            Integer e = eventWeeks.ceilingKey(i);
            return e != null && e - i <= 2;
        }

        private static String names(List<PlanEvent> events) {
            StringBuilder s = new StringBuilder();
            for (int k = 0; k < events.size(); k++) {
                s.append(k == 0 ? "" : k == events.size() - 1 ? " and " : ", ").append(events.get(k).name());
            }
            return s.toString();
        }
    }
}
