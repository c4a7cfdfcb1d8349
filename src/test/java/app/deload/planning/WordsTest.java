package app.deload.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void numbersDropTrailingZeros() {
        assertEquals("2000", Words.number(2000, 2));
        assertEquals("1050.83", Words.number(1050.8333, 2));
        assertEquals("10.01", Words.number(10.01, 2));
        assertEquals("0.5", Words.number(0.5, 3));
        assertEquals("0", Words.number(0.001, 2));
        assertEquals("0", Words.number(-0.0, 2));
        assertEquals("-4.6", Words.number(-4.55, 1));
    }

    @Test
    void numbersThatAreNotFinite() {
        assertEquals("not a number", Words.number(Double.NaN, 2));
        assertEquals("infinite", Words.number(Double.POSITIVE_INFINITY, 2));
        assertEquals("minus infinite", Words.number(Double.NEGATIVE_INFINITY, 2));
    }

    @Test
    void signedNumbers() {
        assertEquals("+12.3", Words.signed(12.34, 1));
        assertEquals("−4.6", Words.signed(-4.55, 1));
        assertEquals("0", Words.signed(0.04, 1));
        assertEquals("0", Words.signed(-0.04, 1));
    }

    @Test
    void percentsAndDays() {
        assertEquals("50", Words.percent(0.5));
        assertEquals("45.5", Words.percent(0.455));
        assertEquals("Wed 3 Dec", Words.day(LocalDate.of(2025, 12, 3)));
        assertEquals("10.01 %", Words.percentValue(10.01));
        assertEquals("infinite", Words.percentValue(Double.POSITIVE_INFINITY));
    }
}
