package app.deload.performance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MeasurementTest {

    @Test
    void aResultIsAboveZeroAtMost100000WithAtMostThreeDecimals() {
        assertEquals(0.001, new Measurement(1, 0.001).value());
        assertEquals(100000.0, new Measurement(1, 100000).value());
        assertEquals(45.125, new Measurement(1, 45.125).value());
        for (double bad : new double[] { 0, -1, 100000.001, 45.1234, Double.NaN, Double.POSITIVE_INFINITY }) {
            assertThrows(IllegalArgumentException.class, () -> new Measurement(1, bad), "accepted " + bad);
        }
    }

    @Test
    void numbersAreReadWithACommaAndPrintedWithoutTrailingZeros() {
        assertEquals("38.25", Measurement.parse(" 38,25 ").toPlainString());
        assertEquals(null, Measurement.parse("NaN"));
        assertEquals(null, Measurement.parse("12 cm"));
        assertEquals("45.6", Measurement.plain(45.60));
        assertEquals("12", Measurement.plain(12.0));
    }
}
