package app.deload.signals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import app.deload.monitoring.ActiveRecoveryZone;
import app.deload.monitoring.Domain;
import app.deload.monitoring.OverreachingSignals;
import app.deload.monitoring.SignalLevel;
import app.deload.monitoring.Thresholds;

class SignalViewTest {

    private static OverreachingSignals signals(SignalLevel level) {
        return new OverreachingSignals(level, Set.of(Domain.WELLNESS), java.util.List.of(), null, level.label());
    }

    @Test
    void anAlertWithoutAnHrMaxEstimateSaysSoInsteadOfFailing() {
        Optional<ActiveRecoveryZone> none = ActiveRecoveryZone.estimate(null, 7, null, Thresholds.defaults());
        String recovery = SignalView.of(signals(SignalLevel.ALERT_ACCUMULATED_FATIGUE), none).activeRecovery();
        assertEquals("Consider replacing the next hard session with 20–40 min of walking, easy cycling, swimming, "
                + "yoga or mobility at no heart-rate estimate (no HRmax on file and Tanaka's formula covers ages "
                + "10–100), CR-10 RPE 1–3.", recovery);
    }

    @Test
    void anAlertWithAZoneNamesItsHeartRates() {
        Optional<ActiveRecoveryZone> zone = ActiveRecoveryZone.estimate(190, 7, null, Thresholds.defaults());
        assertTrue(SignalView.of(signals(SignalLevel.ALERT_ACCUMULATED_FATIGUE), zone).activeRecovery()
                .contains("57–95 bpm"));
    }

    @Test
    void noAlertNoAdvice() {
        assertNull(SignalView.of(signals(SignalLevel.WATCH), Optional.empty()).activeRecovery());
    }
}
