package app.deload.ops;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The domain's counters in /q/metrics, per instance since its start (Prometheus sums the instances):
 * questionnaires and ratings saved (tagged by where: page, api), CSV imports confirmed and their rows
 * (tagged by kind). Only counts: never a value, a name or an id.
 */
@ApplicationScoped
public class DomainCounters {

    public static final String PAGE = "page";
    public static final String API = "api";

    @Inject
    MeterRegistry registry;

    public void questionnaireSaved(String via) {
        registry.counter("deload.questionnaires.saved", "via", via).increment();
    }

    public void ratingSaved(String via) {
        registry.counter("deload.ratings.saved", "via", via).increment();
    }

    /** @param ratings how many ratings a coach recorded at once (closing a session) */
    public void ratingsSaved(String via, int ratings) {
        registry.counter("deload.ratings.saved", "via", via).increment(ratings);
    }

    public void importConfirmed(String kind, int rows) {
        registry.counter("deload.imports.confirmed", "kind", kind).increment();
        registry.counter("deload.imports.rows", "kind", kind).increment(rows);
    }
}
