package app.deload.planning;

import static app.deload.planning.Plans.M;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PlanParametersTest {

    private static PlanRuleException refused(LocalDate start, int weeks, Pattern pattern, double w, double p,
                                             double r, double t) {
        return assertThrows(PlanRuleException.class, () -> new PlanParameters(start, weeks, pattern, w, p, r, t));
    }

    private static PlanParameters accepted(LocalDate start, int weeks, double w, double p, double r, double t) {
        return new PlanParameters(start, weeks, Pattern.THREE_ONE, w, p, r, t);
    }

    @Test
    void progressionOfTenPercentIsAccepted() {
        assertEquals(10, accepted(M, 4, 2000, 10, 0.5, 0.5).progressionPercent());
    }

    @Test
    void progressionAboveTenPercentIsRefusedWithTheReason() {
        PlanRuleException e = refused(M, 4, Pattern.THREE_ONE, 2000, 10.01, 0.5, 0.5);
        assertEquals("progressionPercent", e.field());
        assertEquals("weekly progression is capped at 10 %: planned increases above 10 % a week are refused "
                + "(was 10.01 %)", e.getMessage());
    }

    @Test
    void progressionOfElevenPercentIsRefused() {
        assertEquals("progressionPercent", refused(M, 4, Pattern.THREE_ONE, 2000, 11, 0.5, 0.5).field());
    }

    @Test
    void negativeProgressionIsRefused() {
        PlanRuleException e = refused(M, 4, Pattern.THREE_ONE, 2000, -0.01, 0.5, 0.5);
        assertEquals("progressionPercent", e.field());
        assertEquals("weekly progression must be 0 to 10 % but was -0.01 %", e.getMessage());
    }

    @Test
    void zeroProgressionIsAccepted() {
        assertEquals(0, accepted(M, 4, 2000, 0, 0.5, 0.5).progressionPercent());
    }

    @Test
    void progressionThatIsNotANumberIsRefused() {
        assertEquals("progressionPercent", refused(M, 4, Pattern.THREE_ONE, 2000, Double.NaN, 0.5, 0.5).field());
    }

    @Test
    void weekZeroIsRefused() {
        PlanRuleException e = refused(M, 0, Pattern.THREE_ONE, 2000, 5, 0.5, 0.5);
        assertEquals("weeks", e.field());
        assertEquals("a plan has 1 to 104 weeks but this one has 0", e.getMessage());
    }

    @Test
    void oneAndOneHundredFourWeeksAreAccepted() {
        assertEquals(1, accepted(M, 1, 2000, 5, 0.5, 0.5).weeks());
        assertEquals(104, accepted(M, 104, 2000, 5, 0.5, 0.5).weeks());
    }

    @Test
    void oneHundredFiveWeeksAreRefused() {
        assertEquals("weeks", refused(M, 105, Pattern.THREE_ONE, 2000, 5, 0.5, 0.5).field());
    }

    @Test
    void startThatIsNotAMondayIsRefused() {
        PlanRuleException e = refused(M.plusDays(2), 4, Pattern.THREE_ONE, 2000, 5, 0.5, 0.5);
        assertEquals("start", e.field());
        assertEquals("a plan starts on a Monday; Wed 7 Jan 2026 is a Wednesday", e.getMessage());
    }

    @Test
    void sundayStartIsRefused() {
        assertEquals("start", refused(M.minusDays(1), 4, Pattern.THREE_ONE, 2000, 5, 0.5, 0.5).field());
    }

    @Test
    void missingStartIsRefused() {
        assertEquals("start", refused(null, 4, Pattern.THREE_ONE, 2000, 5, 0.5, 0.5).field());
    }

    @Test
    void missingPatternIsRefused() {
        assertEquals("pattern", refused(M, 4, null, 2000, 5, 0.5, 0.5).field());
    }

    @Test
    void deloadReductionOfPointSevenIsRefused() {
        PlanRuleException e = refused(M, 4, Pattern.THREE_ONE, 2000, 5, 0.7, 0.5);
        assertEquals("deloadReduction", e.field());
        assertEquals("the deload reduction must be 0.4 to 0.6 (a deload week cuts 40–60 % of the volume) but was 0.7",
                e.getMessage());
    }

    @Test
    void deloadReductionBoundariesAreAccepted() {
        assertEquals(0.4, accepted(M, 4, 2000, 5, 0.4, 0.5).deloadReduction());
        assertEquals(0.6, accepted(M, 4, 2000, 5, 0.6, 0.5).deloadReduction());
    }

    @Test
    void deloadReductionJustOutsideIsRefused() {
        assertEquals("deloadReduction", refused(M, 4, Pattern.THREE_ONE, 2000, 5, 0.399, 0.5).field());
        assertEquals("deloadReduction", refused(M, 4, Pattern.THREE_ONE, 2000, 5, 0.601, 0.5).field());
    }

    @Test
    void taperReductionOfPointFourIsRefused() {
        PlanRuleException e = refused(M, 4, Pattern.THREE_ONE, 2000, 5, 0.5, 0.4);
        assertEquals("taperReduction", e.field());
        assertEquals("the taper reduction must be 0.41 to 0.60 (a taper cuts 41–60 % of the volume) but was 0.4",
                e.getMessage());
    }

    @Test
    void taperReductionBoundariesAreAccepted() {
        assertEquals(0.41, accepted(M, 4, 2000, 5, 0.5, 0.41).taperReduction());
        assertEquals(0.60, accepted(M, 4, 2000, 5, 0.5, 0.60).taperReduction());
    }

    @Test
    void taperReductionAboveSixtyPercentIsRefused() {
        assertEquals("taperReduction", refused(M, 4, Pattern.THREE_ONE, 2000, 5, 0.5, 0.61).field());
    }

    @Test
    void firstWeekLoadMustBePositiveAndAtMostOneHundredThousand() {
        assertEquals("firstWeekLoad", refused(M, 4, Pattern.THREE_ONE, 0, 5, 0.5, 0.5).field());
        assertEquals("firstWeekLoad", refused(M, 4, Pattern.THREE_ONE, -1, 5, 0.5, 0.5).field());
        assertEquals("firstWeekLoad", refused(M, 4, Pattern.THREE_ONE, 100_000.01, 5, 0.5, 0.5).field());
        assertEquals("firstWeekLoad", refused(M, 4, Pattern.THREE_ONE, Double.NaN, 5, 0.5, 0.5).field());
        assertEquals(100_000, accepted(M, 4, 100_000, 5, 0.5, 0.5).firstWeekLoad());
        assertEquals(0.01, accepted(M, 4, 0.01, 5, 0.5, 0.5).firstWeekLoad());
    }

    @Test
    void valuesThatAreNotNumbersAreNamedSo() {
        assertEquals("weekly progression must be 0 to 10 % but was not a number",
                refused(M, 4, Pattern.THREE_ONE, 2000, Double.NaN, 0.5, 0.5).getMessage());
        assertTrue(refused(M, 4, Pattern.THREE_ONE, Double.POSITIVE_INFINITY, 5, 0.5, 0.5).getMessage()
                .endsWith("but was infinite"));
        assertTrue(refused(M, 4, Pattern.THREE_ONE, 2000, 5, Double.NaN, 0.5).getMessage()
                .endsWith("but was not a number"));
        assertTrue(refused(M, 4, Pattern.THREE_ONE, 2000, 5, 0.5, Double.NEGATIVE_INFINITY).getMessage()
                .endsWith("but was minus infinite"));
    }

    @Test
    void firstWeekLoadMessageNamesTheValue() {
        assertTrue(refused(M, 4, Pattern.THREE_ONE, 0, 5, 0.5, 0.5).getMessage().endsWith("but was 0"));
    }

    @Test
    void ofUsesTheDefaultTaperReduction() {
        assertEquals(0.5, PlanParameters.of(M, 4, Pattern.THREE_ONE, 2000, 5, 0.5).taperReduction());
    }

    @Test
    void withTaperReductionKeepsEverythingElse() {
        PlanParameters p = PlanParameters.of(M, 8, Pattern.FOUR_ONE, 1500, 3, 0.45).withTaperReduction(0.55);
        assertEquals(new PlanParameters(M, 8, Pattern.FOUR_ONE, 1500, 3, 0.45, 0.55), p);
    }

    @Test
    void endIsTheLastSunday() {
        assertEquals(LocalDate.of(2026, 1, 11), accepted(M, 1, 2000, 5, 0.5, 0.5).end());
        assertEquals(LocalDate.of(2026, 3, 1), accepted(M, 8, 2000, 5, 0.5, 0.5).end());
    }

    @Test
    void stepArithmetic() {
        PlanParameters p = Plans.example(8);
        assertEquals(1.05, p.stepFactor(), 1e-12);
        assertEquals(2205, p.loadingLoad(1, 1), 1e-9);
        assertEquals(2206.75, p.meanLoadingLoad(1), 1e-9);
        assertEquals(1103.375, p.deloadLoad(1), 1e-9);
        assertEquals(1103.375, p.taperLoad(1), 1e-9);
        assertEquals(0.4 * 2206.75, p.withTaperReduction(0.6).taperLoad(1), 1e-9);
    }
}
