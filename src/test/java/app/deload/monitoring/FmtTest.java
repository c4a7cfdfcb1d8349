package app.deload.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FmtTest {

    @Test
    void roundsHalfAwayFromZeroWithFixedDecimals() {
        assertEquals("2", Fmt.d0(1.5));
        assertEquals("-36.5", Fmt.d1(-36.49489));
        assertEquals("0.05", Fmt.d2(0.05));
        assertEquals("-0.05", Fmt.d2(-0.05));
        assertEquals("187.00", Fmt.d2(187));
    }

    @Test
    void printsFourOrMoreFixedDecimalsToo() {
        assertEquals("0.0690", Fmt.fixed(2 / 29.0, 4));
        assertEquals("0.2500", Fmt.fixed(0.25, 4));
        assertEquals("-1.000000001", Fmt.fixed(-1.000000001, 9));
    }

    @Test
    void refusesDecimalsItCannotPrint() {
        assertThrows(IllegalArgumentException.class, () -> Fmt.fixed(1, 10));
        assertThrows(IllegalArgumentException.class, () -> Fmt.fixed(1, -1));
        assertEquals("NaN", Fmt.fixed(Double.NaN, 2));
    }

    @Test
    void neverPrintsNegativeZero() {
        assertEquals("0.0", Fmt.d1(-0.004));
        assertEquals("0", Fmt.d0(-0.0));
    }

    @Test
    void trimDropsTrailingZeros() {
        assertEquals("4.45", Fmt.trim(4.45));
        assertEquals("187", Fmt.trim(187.0));
        assertEquals("3", Fmt.trim(3.0000000000000004));
        assertEquals("7.75", Fmt.trim(7.75));
    }

    @Test
    void ordinals() {
        assertEquals("1st", Fmt.ordinal(1));
        assertEquals("2nd", Fmt.ordinal(2));
        assertEquals("3rd", Fmt.ordinal(3));
        assertEquals("4th", Fmt.ordinal(4));
        assertEquals("11th", Fmt.ordinal(11));
        assertEquals("12th", Fmt.ordinal(12));
        assertEquals("13th", Fmt.ordinal(13));
        assertEquals("22nd", Fmt.ordinal(22));
    }
}
