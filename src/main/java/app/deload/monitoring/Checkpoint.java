package app.deload.monitoring;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything the day after {@code date} needs from the days before it that the fixed windows do not cover:
 * the recursive loads (EWMA acute and chronic with their seed day, CTL and ATL), the consecutive-day runs of
 * wellness watch and soreness, and the active domains of the last days for the alert rule. Stored with each
 * day, it lets {@link MetricsCalculator#resume} continue from any day with only the last
 * {@link MetricsCalculator#lookbackDays} days of inputs and give exactly the numbers of a computation over the
 * whole history.
 *
 * @param ewmaAcute     NaN before the seed
 * @param ewmaChronic   NaN before the seed
 * @param ewmaSeedDay   null before the seed
 * @param recentDomains active domains of the last days up to {@code date}, oldest first (at most
 *                      alertConsecutiveDays − 1)
 */
public record Checkpoint(LocalDate date, double ewmaAcute, double ewmaChronic, LocalDate ewmaSeedDay, double ctl,
                         double atl, int watchDays, int soreDays, List<Set<Domain>> recentDomains) {

    public Checkpoint {
        Objects.requireNonNull(date, "date");
        recentDomains = recentDomains.stream()
                .map(d -> d.isEmpty() ? Set.<Domain>of() : Set.copyOf(EnumSet.copyOf(d))).toList();
    }

    /** The state on the day before the athlete's first day: nothing seeded, nothing counted. */
    public static Checkpoint before(LocalDate firstDay) {
        return new Checkpoint(firstDay.minusDays(1), Double.NaN, Double.NaN, null, 0, 0, 0, 0, List.of());
    }

    /** Domain sets as bit masks in {@link Domain} order, for storage. */
    public static int mask(Set<Domain> domains) {
        int mask = 0;
        for (Domain d : domains) {
            mask |= 1 << d.ordinal();
        }
        return mask;
    }

    public static Set<Domain> domains(int mask) {
        Set<Domain> set = EnumSet.noneOf(Domain.class);
        for (Domain d : Domain.values()) {
            if ((mask & (1 << d.ordinal())) != 0) {
                set.add(d);
            }
        }
        return set;
    }
}
