package app.deload.wellness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class WellnessValuesTest {

    static WellnessValues withSleep(double hours) {
        return new WellnessValues(3, 3, 3, 3, 3, hours, null, null, Set.of(), null);
    }

    @Test
    void totalIsTheSumOfTheFiveItems() {
        assertEquals(5, new WellnessValues(1, 1, 1, 1, 1, 0, null, null, Set.of(), null).total());
        assertEquals(25, new WellnessValues(5, 5, 5, 5, 5, 16, 150, 300.0, Set.of(), null).total());
    }

    @Test
    void itemsOutsideOneToFiveAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new WellnessValues(0, 3, 3, 3, 3, 7, null, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new WellnessValues(3, 3, 3, 3, 6, 7, null, null, null, null));
    }

    @Test
    void sleepIsZeroToSixteenHoursInQuarterHours() {
        assertEquals(0.0, withSleep(0).sleepHours());
        assertEquals(7.75, withSleep(7.75).sleepHours());
        assertEquals(16.0, withSleep(16).sleepHours());
        assertThrows(IllegalArgumentException.class, () -> withSleep(16.25));
        assertThrows(IllegalArgumentException.class, () -> withSleep(-0.25));
        assertThrows(IllegalArgumentException.class, () -> withSleep(7.3));
        assertThrows(IllegalArgumentException.class, () -> withSleep(Double.NaN));
    }

    @Test
    void restingHeartRateAndRmssdHaveTheirRanges() {
        assertEquals(25, new WellnessValues(3, 3, 3, 3, 3, 7, 25, 3.0, null, null).restingHr());
        assertThrows(IllegalArgumentException.class, () -> new WellnessValues(3, 3, 3, 3, 3, 7, 24, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new WellnessValues(3, 3, 3, 3, 3, 7, 151, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new WellnessValues(3, 3, 3, 3, 3, 7, null, 2.9, null, null));
        assertThrows(IllegalArgumentException.class, () -> new WellnessValues(3, 3, 3, 3, 3, 7, null, 300.1, null, null));
        assertThrows(IllegalArgumentException.class, () -> new WellnessValues(3, 3, 3, 3, 3, 7, null, 62.45, null, null));
        assertEquals(62.4, new WellnessValues(3, 3, 3, 3, 3, 7, null, 62.4, null, null).rmssd());
    }

    @Test
    void aBlankCommentIsNoCommentAndALongOneIsRejected() {
        assertNull(new WellnessValues(3, 3, 3, 3, 3, 7, null, null, null, "   ").comment());
        assertEquals(500, new WellnessValues(3, 3, 3, 3, 3, 7, null, null, null, "x".repeat(500)).comment().length());
        assertThrows(IllegalArgumentException.class,
                () -> new WellnessValues(3, 3, 3, 3, 3, 7, null, null, null, "x".repeat(501)));
    }

    @Test
    void soreAreasAreStoredAsCodesInBodyOrderAndReadBack() {
        WellnessValues v = new WellnessValues(3, 3, 3, 3, 3, 7, null, null,
                EnumSet.of(SoreArea.CALVES, SoreArea.NECK, SoreArea.HIPS_GLUTES), null);
        assertEquals("neck,hips_glutes,calves", v.soreAreaCodes());
        assertEquals(v.soreAreas(), WellnessValues.soreAreasOf(v.soreAreaCodes()));
        assertNull(withSleep(7).soreAreaCodes());
        assertEquals(Set.of(), WellnessValues.soreAreasOf(null));
        assertThrows(IllegalArgumentException.class, () -> WellnessValues.soreAreasOf("neck,elbow"));
    }

    @Test
    void everyItemHasWordsForEachLevel() {
        assertEquals("Very fresh", WellnessItem.FATIGUE.words(5));
        assertEquals("Insomnia", WellnessItem.SLEEP_QUALITY.words(1));
        assertEquals("Increase in soreness / tightness", WellnessItem.SORENESS.words(2));
        assertEquals("Highly stressed", WellnessItem.STRESS.words(1));
        assertEquals("Less interested in others / activities than usual", WellnessItem.MOOD.words(3));
    }
}
