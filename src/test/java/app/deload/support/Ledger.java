package app.deload.support;

import java.time.LocalDate;
import java.util.List;

import app.deload.athlete.Athlete;
import app.deload.signals.MetricsLedger;
import io.quarkus.arc.Arc;

/** What every write path does after changing a monitoring input; fixtures that write entities directly call it. */
public final class Ledger {

    private Ledger() {
    }

    public static void changed(Athlete athlete, LocalDate from) {
        Arc.container().instance(MetricsLedger.class).get().changed(athlete.team, List.of(athlete.id), from);
    }
}
