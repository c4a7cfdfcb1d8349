package app.deload.planning.microcycle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a generation does to the calendar over a range of days, decided day by day. A day with a session entered or
 * edited by hand, or already rated, is left exactly as it is (skipped, with the reason). On the other days the wanted
 * sessions are paired in start order with the sessions earlier generations left untouched: a pair that differs is
 * updated, one that matches is unchanged, wanted sessions left over are created and generated ones left over are
 * deleted.
 */
public record GenerationDiff(List<PlannedSession> creates, List<Update> updates, List<ExistingSession> deletes,
                             List<ExistingSession> unchanged, List<SkippedDay> skips) {

    public GenerationDiff {
        creates = List.copyOf(creates);
        updates = List.copyOf(updates);
        deletes = List.copyOf(deletes);
        unchanged = List.copyOf(unchanged);
        skips = List.copyOf(skips);
    }

    /** An untouched generated session rewritten to what is wanted now. */
    public record Update(ExistingSession existing, PlannedSession wanted) {
    }

    /** A day left alone, the sessions that would have been planned on it, and why. */
    public record SkippedDay(LocalDate date, List<PlannedSession> wanted, String reason) {
        public SkippedDay {
            wanted = List.copyOf(wanted);
        }
    }

    public boolean changesNothing() {
        return creates.isEmpty() && updates.isEmpty() && deletes.isEmpty();
    }

    /** Existing sessions outside [from, to] and wanted sessions outside it are ignored. */
    public static GenerationDiff of(List<PlannedSession> wanted, List<ExistingSession> existing, LocalDate from,
                                    LocalDate to) {
        Map<LocalDate, List<PlannedSession>> wantedByDay = new TreeMap<>();
        Map<LocalDate, List<ExistingSession>> existingByDay = new TreeMap<>();
        for (PlannedSession s : wanted) {
            if (inside(s.date(), from, to)) {
                wantedByDay.computeIfAbsent(s.date(), d -> new ArrayList<>()).add(s);
            }
        }
        for (ExistingSession s : existing) {
            if (inside(s.date(), from, to)) {
                existingByDay.computeIfAbsent(s.date(), d -> new ArrayList<>()).add(s);
            }
        }
        Set<LocalDate> days = new java.util.TreeSet<>(wantedByDay.keySet());
        days.addAll(existingByDay.keySet());
        List<PlannedSession> creates = new ArrayList<>();
        List<Update> updates = new ArrayList<>();
        List<ExistingSession> deletes = new ArrayList<>();
        List<ExistingSession> unchanged = new ArrayList<>();
        List<SkippedDay> skips = new ArrayList<>();
        for (LocalDate day : days) {
            List<PlannedSession> want = new ArrayList<>(wantedByDay.getOrDefault(day, List.of()));
            List<ExistingSession> have = new ArrayList<>(existingByDay.getOrDefault(day, List.of()));
            Set<String> reasons = new LinkedHashSet<>();
            for (ExistingSession s : have) {
                if (s.protectedBecause() != null) {
                    reasons.add(s.protectedBecause());
                }
            }
            if (!reasons.isEmpty()) {
                skips.add(new SkippedDay(day, want, "left as it is: a session on this day was "
                        + String.join(", ", reasons)));
                continue;
            }
            want.sort(Comparator.comparing(s -> s.start() == null ? java.time.LocalTime.MAX : s.start()));
            have.sort(Comparator.comparing((ExistingSession s) -> s.start() == null ? java.time.LocalTime.MAX
                    : s.start()).thenComparingLong(ExistingSession::id));
            int paired = Math.min(want.size(), have.size());
            for (int i = 0; i < paired; i++) {
                if (have.get(i).sameAs(want.get(i))) {
                    unchanged.add(have.get(i));
                } else {
                    updates.add(new Update(have.get(i), want.get(i)));
                }
            }
            creates.addAll(want.subList(paired, want.size()));
            deletes.addAll(have.subList(paired, have.size()));
        }
        return new GenerationDiff(creates, updates, deletes, unchanged, skips);
    }

    private static boolean inside(LocalDate d, LocalDate from, LocalDate to) {
        return !d.isBefore(from) && !d.isAfter(to);
    }
}
