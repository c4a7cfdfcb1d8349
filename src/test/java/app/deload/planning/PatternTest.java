package app.deload.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PatternTest {

    @Test
    void parsesEachLabel() {
        assertEquals(Pattern.TWO_ONE, Pattern.parse("2:1"));
        assertEquals(Pattern.THREE_ONE, Pattern.parse("3:1"));
        assertEquals(Pattern.FOUR_ONE, Pattern.parse(" 4:1 "));
    }

    @Test
    void labelsAndLoadingWeeks() {
        assertEquals("2:1", Pattern.TWO_ONE.label());
        assertEquals("3:1", Pattern.THREE_ONE.label());
        assertEquals("4:1", Pattern.FOUR_ONE.label());
        assertEquals(2, Pattern.TWO_ONE.loadingWeeks());
        assertEquals(3, Pattern.THREE_ONE.loadingWeeks());
        assertEquals(4, Pattern.FOUR_ONE.loadingWeeks());
        assertEquals(5, Pattern.FOUR_ONE.weeksPerMesocycle());
    }

    @Test
    void unknownPatternIsRefusedWithTheChoices() {
        PlanRuleException e = assertThrows(PlanRuleException.class, () -> Pattern.parse("5:1"));
        assertEquals("pattern", e.field());
        assertEquals("the pattern must be 2:1, 3:1 or 4:1 (loading weeks : deload week) but was 5:1", e.getMessage());
    }

    @Test
    void missingPatternIsRefused() {
        assertEquals("the pattern must be 2:1, 3:1 or 4:1 (loading weeks : deload week)",
                assertThrows(PlanRuleException.class, () -> Pattern.parse(null)).getMessage());
        assertEquals("pattern", assertThrows(PlanRuleException.class, () -> Pattern.parse(" ")).field());
    }

    @Test
    void weekKindLabelsAndCodes() {
        assertEquals("loading", WeekKind.LOADING.code());
        assertEquals("deload", WeekKind.DELOAD.code());
        assertEquals("taper", WeekKind.TAPER.code());
        assertEquals("event", WeekKind.EVENT.code());
        assertEquals("loading", WeekKind.LOADING.label());
        assertEquals("deload", WeekKind.DELOAD.label());
        assertEquals("taper", WeekKind.TAPER.label());
        assertEquals("event", WeekKind.EVENT.label());
        assertTrue(WeekKind.DELOAD.isReduced());
        assertTrue(WeekKind.TAPER.isReduced());
        assertFalse(WeekKind.LOADING.isReduced());
        assertFalse(WeekKind.EVENT.isReduced());
    }

    @Test
    void decisionCodesAndLabels() {
        assertEquals("rest", Decision.REST.code());
        assertEquals("modify", Decision.MODIFY.code());
        assertEquals("insufficient", Decision.INSUFFICIENT.code());
        assertEquals("proceed", Decision.PROCEED.code());
        assertEquals("rest or active recovery", Decision.REST.label());
        assertEquals("modify: active recovery instead", Decision.MODIFY.label());
        assertEquals("not enough data", Decision.INSUFFICIENT.label());
        assertEquals("proceed as planned", Decision.PROCEED.label());
    }
}
