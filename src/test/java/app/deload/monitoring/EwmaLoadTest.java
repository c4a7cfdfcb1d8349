package app.deload.monitoring;

import static app.deload.monitoring.Fixtures.T;
import static app.deload.monitoring.Fixtures.concat;
import static app.deload.monitoring.Fixtures.day;
import static app.deload.monitoring.Fixtures.loads;
import static app.deload.monitoring.Fixtures.repeat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EwmaLoadTest {
    private static final double TOLERANCE = 1e-4;

    /** science.md section 4: 30 AU for 21 days, then 50 AU for 7 days; day 1 is the seed day. */
    private static EwmaLoad.Series reference() {
        return EwmaLoad.series(loads(concat(repeat(21, 30), repeat(7, 50))), T);
    }

    @Test
    void referenceDay28() {
        EwmaLoad day28 = reference().at(day(28));
        assertEquals(47.3303, day28.acute().value(), TOLERANCE);
        assertEquals(37.8720, day28.chronic().value(), TOLERANCE);
        assertEquals(1.2497, day28.ratio().value(), TOLERANCE);
        assertEquals(LoadBand.TYPICAL, day28.band());
    }

    @Test
    void referenceRawRatiosDays22To27() {
        EwmaLoad.Series series = reference();
        double[] expected = {1.1154, 1.1863, 1.2275, 1.2488, 1.2568, 1.2560};
        for (int k = 0; k < expected.length; k++) {
            assertEquals(expected[k], series.rawRatio(day(22 + k)).orElseThrow(), TOLERANCE, "day " + (22 + k));
        }
    }

    @Test
    void seededWithTheFirstDaysLoad() {
        // Day 1 = seed = 30 for both; day 22 acute = 0.25 × 50 + 0.75 × 30 = 35, chronic = (2/29) × 50 + (27/29) × 30.
        EwmaLoad.Series series = reference();
        assertEquals(30.0, series.rawAcute(day(1)).orElseThrow());
        assertEquals(30.0, series.rawChronic(day(21)).orElseThrow(), 1e-12);
        assertEquals(35.0, series.rawAcute(day(22)).orElseThrow(), 1e-12);
        assertEquals(100.0 / 29 + 810.0 / 29, series.rawChronic(day(22)).orElseThrow(), 1e-12);
    }

    @Test
    void suppressesRatioBeforeDay28() {
        EwmaLoad day27 = reference().at(day(27));
        assertEquals(Metric.Status.BUILDING, day27.ratio().status());
        assertEquals("building history: 27 of 28 days", day27.ratio().reason());
        assertNull(day27.band());
        // The loads themselves are shown next to the hidden ratio.
        assertEquals(46.4404, day27.acute().value(), TOLERANCE);
        assertTrue(day27.chronic().isAvailable());
        assertTrue(reference().at(day(28)).ratio().isAvailable());
    }

    @Test
    void chronicBelowOneAuSuppressesRatio() {
        // 27 rest days then 10 AU: chronic = (2/29) × 10 = 0.69 AU/day, acute 2.5; the raw ratio 3.6 stays hidden.
        EwmaLoad day28 = EwmaLoad.series(loads(concat(repeat(27, 0), new Integer[] {10})), T).at(day(28));
        assertEquals(20.0 / 29, day28.chronic().value(), 1e-12);
        assertEquals(Metric.Status.SUPPRESSED, day28.ratio().status());
        assertEquals("suppressed: chronic load 0.69 AU/day is below 1 AU/day", day28.ratio().reason());
    }

    @Test
    void chronicOfExactlyOneAuIsShown() {
        Metric acute = Metric.ok(1.2, "", "", null);
        assertEquals(1.2, Ratios.ratio(28, acute, Metric.ok(1.0, "", "", null), "", null, T).value());
        assertEquals(Metric.Status.SUPPRESSED,
                Ratios.ratio(28, acute, Metric.ok(0.999, "", "", null), "", null, T).status());
    }

    @Test
    void missingDaySkipsTheUpdate() {
        // Day 22 unrated: EWMA stays 30; day 23 = 0.25 × 50 + 0.75 × 30 = 35 (as if the missing day never existed).
        EwmaLoad.Series series = EwmaLoad.series(loads(concat(repeat(21, 30), new Integer[] {null, 50})), T);
        assertEquals(30.0, series.rawAcute(day(22)).orElseThrow(), 1e-12);
        assertEquals(35.0, series.rawAcute(day(23)).orElseThrow(), 1e-12);
        assertTrue(series.at(day(22)).acute().reason().startsWith("6 of 7 days complete"));
    }

    @Test
    void backFilledEntryChangesLaterDays() {
        // Unrated day 22 carries 30 forward, so days 23–28 match the reference's days 22–27 shifted by one:
        // day 28 acute = reference day 27 = 46.4404, chronic = 36.9736. Rating it 50 restores the reference.
        Integer[] unrated = concat(repeat(21, 30), new Integer[] {null}, repeat(6, 50));
        EwmaLoad before = EwmaLoad.series(loads(unrated), T).at(day(28));
        assertEquals(46.4404, before.acute().value(), TOLERANCE);
        assertEquals(36.9736, before.chronic().value(), TOLERANCE);
        unrated[21] = 50;
        EwmaLoad after = EwmaLoad.series(loads(unrated), T).at(day(28));
        assertEquals(47.3303, after.acute().value(), TOLERANCE);
        assertEquals(37.8720, after.chronic().value(), TOLERANCE);
    }

    @Test
    void tooManyMissingDaysMakeTheRatioInsufficient() {
        // Two of the last 7 days unrated: acute 5 of 7 (71 %) complete.
        Integer[] loads = concat(repeat(26, 30), new Integer[] {null, null});
        EwmaLoad day28 = EwmaLoad.series(loads(loads), T).at(day(28));
        assertEquals(Metric.Status.INSUFFICIENT, day28.acute().status());
        assertEquals(Metric.Status.INSUFFICIENT, day28.ratio().status());
        assertTrue(day28.ratio().reason().startsWith("acute load insufficient data: 5 of 7 days complete"),
                day28.ratio().reason());
    }

    @Test
    void acuteIsShownFromTheFirstDay() {
        EwmaLoad day1 = EwmaLoad.series(loads(300), T).at(day(1));
        assertEquals(300.0, day1.acute().value());
        assertEquals("1 of 1 days complete", day1.acute().reason());
        assertEquals("building history: 1 of 28 days", day1.ratio().reason());
    }

    @Test
    void firstDayMissingSeedsOnTheFirstKnownDay() {
        EwmaLoad.Series series = EwmaLoad.series(loads(null, 200, 0), T);
        assertTrue(series.rawAcute(day(1)).isEmpty());
        assertEquals(Metric.Status.NO_DATA, series.at(day(1)).acute().status());
        assertEquals(200.0, series.rawAcute(day(2)).orElseThrow());
        assertEquals(150.0, series.rawAcute(day(3)).orElseThrow(), 1e-12);
    }

    @Test
    void ratioBandsAreHeuristicAndEdgesBelongBelow() {
        assertEquals(LoadBand.BELOW_TYPICAL, LoadBand.of(0.7999, T));
        assertEquals(LoadBand.TYPICAL, LoadBand.of(0.8, T));
        assertEquals(LoadBand.TYPICAL, LoadBand.of(1.3, T));
        assertEquals(LoadBand.ABOVE_TYPICAL, LoadBand.of(1.3001, T));
        assertEquals(LoadBand.ABOVE_TYPICAL, LoadBand.of(1.5, T));
        assertEquals(LoadBand.LOAD_SPIKE, LoadBand.of(1.5001, T));
        assertEquals("load spike", LoadBand.LOAD_SPIKE.label());
    }

    @Test
    void chronicNeedsTwentyThreeOfTwentyEightDays() {
        // Days 2–6 unrated: 23 of 28 (82 %) complete; days 2–7 unrated: 22 of 28 (79 %), insufficient.
        Integer[] fiveMissing = concat(new Integer[] {30}, repeat(5, null), repeat(22, 30));
        Integer[] sixMissing = concat(new Integer[] {30}, repeat(6, null), repeat(21, 30));
        EwmaLoad enough = EwmaLoad.series(loads(fiveMissing), T).at(day(28));
        assertEquals(30.0, enough.chronic().value(), 1e-9);
        assertEquals(1.0, enough.ratio().value(), 1e-9);
        EwmaLoad tooFew = EwmaLoad.series(loads(sixMissing), T).at(day(28));
        assertEquals(Metric.Status.INSUFFICIENT, tooFew.chronic().status());
        assertEquals("insufficient data: 22 of 28 days complete (missing days carried forward)",
                tooFew.chronic().reason());
        assertEquals(Metric.Status.INSUFFICIENT, tooFew.ratio().status());
    }
}
