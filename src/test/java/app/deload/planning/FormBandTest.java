package app.deload.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FormBandTest {

    @Test
    void aboveTwentyFiveIsTransition() {
        assertEquals(FormBand.TRANSITION, FormBand.of(25.0001));
        assertEquals(FormBand.TRANSITION, FormBand.of(80));
    }

    @Test
    void twentyFiveIsStillFresh() {
        assertEquals(FormBand.FRESH, FormBand.of(25));
    }

    @Test
    void fiveIsFresh() {
        assertEquals(FormBand.FRESH, FormBand.of(5));
        assertEquals(FormBand.FRESH, FormBand.of(12));
    }

    @Test
    void justBelowFiveIsNeutral() {
        assertEquals(FormBand.NEUTRAL, FormBand.of(4.9999));
        assertEquals(FormBand.NEUTRAL, FormBand.of(0));
    }

    @Test
    void minusTenIsNeutral() {
        assertEquals(FormBand.NEUTRAL, FormBand.of(-10));
    }

    @Test
    void justBelowMinusTenIsOptimalTraining() {
        assertEquals(FormBand.OPTIMAL, FormBand.of(-10.0001));
    }

    @Test
    void minusThirtyIsOptimalTraining() {
        assertEquals(FormBand.OPTIMAL, FormBand.of(-30));
    }

    @Test
    void belowMinusThirtyIsHighRisk() {
        assertEquals(FormBand.HIGH_RISK, FormBand.of(-30.0001));
        assertEquals(FormBand.HIGH_RISK, FormBand.of(-200));
    }

    @Test
    void notANumberHasNoBand() {
        assertThrows(IllegalArgumentException.class, () -> FormBand.of(Double.NaN));
    }

    @Test
    void labels() {
        assertEquals("transition (detraining)", FormBand.TRANSITION.label());
        assertEquals("fresh", FormBand.FRESH.label());
        assertEquals("neutral", FormBand.NEUTRAL.label());
        assertEquals("optimal training", FormBand.OPTIMAL.label());
        assertEquals("high risk", FormBand.HIGH_RISK.label());
    }
}
