package app.deload.ops;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import app.deload.monitoring.SignalLevel;
import app.deload.signals.TeamMetrics;
import app.deload.team.Team;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * {@code deload_signals_athletes{level}}: how many active athletes show each signal level today (each team's
 * own date and thresholds), recomputed on a schedule rather than on every scrape, because it runs the
 * monitoring core over every team. Every instance reports the same figure: aggregate with max, not sum.
 */
@Startup
@ApplicationScoped
public class SignalGauges {

    private final Map<SignalLevel, AtomicInteger> athletes = new EnumMap<>(SignalLevel.class);

    @Inject
    MeterRegistry registry;

    @Inject
    TeamMetrics metrics;

    @PostConstruct
    void register() {
        for (SignalLevel level : SignalLevel.values()) {
            AtomicInteger count = new AtomicInteger();
            athletes.put(level, count);
            Gauge.builder("deload.signals.athletes", count, AtomicInteger::get)
                    .description("Active athletes at each signal level on their team's today")
                    .tag("level", level.name().toLowerCase()).register(registry);
        }
    }

    @Scheduled(every = "${deload.metrics.signals-every}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    public void refresh() {
        Map<SignalLevel, Integer> counted = new EnumMap<>(SignalLevel.class);
        for (Team team : Team.listActive()) {
            LocalDate today = LocalDate.now(team.zone());
            for (TeamMetrics.AthleteDay day : metrics.squadOn(team, today).athletes()) {
                counted.merge(day.metrics().signals().level(), 1, Integer::sum);
            }
        }
        athletes.forEach((level, count) -> count.set(counted.getOrDefault(level, 0)));
    }
}
