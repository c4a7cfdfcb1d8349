package app.deload.monitoring;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Every threshold's range, at both ends: the bound itself is accepted, one step beyond it is refused with a
 * message that names the threshold. Ranges that depend on another threshold are tested against the default of
 * that other threshold (e.g. typicalRatioHigh between typicalRatioLow 0.8 and ratioSpike 1.5).
 */
class ThresholdRangesTest {

    /** name, lowest accepted, highest accepted, step beyond; and other values the ends need. */
    private record Range(String name, Number low, Number high, Number step, Map<String, Object> with) {
        Range(String name, Number low, Number high, Number step) {
            this(name, low, high, step, Map.of());
        }
    }

    private static final List<Range> RANGES = List.of(
            new Range("acuteDays", 1, 27, 1),
            new Range("chronicDays", 8, 90, 1),
            new Range("ratioSpike", 1.0, 3.0, 0.01, Map.of("typicalRatioHigh", 1.0)),
            new Range("typicalRatioLow", 0.1, 1.0, 0.01),
            new Range("typicalRatioHigh", 0.8, 1.5, 0.01),
            new Range("monotonyHigh", 1.0, 5.0, 0.01),
            new Range("zWatch", -5.0, -0.1, 0.01, Map.of("zAlert", -6.0)),
            new Range("zAlert", -6.0, -1.0, 0.01),
            new Range("wellnessConsecutiveDays", 1, 14, 1),
            new Range("sleepRestrictionHours", 1.0, 12.0, 0.01, Map.of("shortSleepHours", 12.0)),
            new Range("shortSleepHours", 6.0, 12.0, 0.01),
            new Range("restrictedNightsOf7", 1, 7, 1),
            new Range("sorenessItemMax", 1, 4, 1),
            new Range("sorenessLongerThanDays", 0, 27, 1),
            new Range("defaultSwcPercent", 0.1, 50.0, 0.01),
            new Range("performanceWindowDays", 1, 90, 1),
            new Range("hrvBandSd", 0.1, 3.0, 0.01),
            new Range("restingHrRiseBpm", 1.0, 30.0, 0.01),
            new Range("minCompleteness", 0.1, 1.0, 0.01),
            new Range("baselineDays", 7, 90, 1, Map.of("minBaselineEntries", 7)),
            new Range("minBaselineEntries", 2, 28, 1),
            new Range("ratioMinHistoryDays", 1, 365, 1),
            new Range("ratioMinChronicPerDay", 0.0, 1000.0, 0.01),
            new Range("alertConsecutiveDays", 1, 14, 1),
            new Range("medicalReviewDaysAfterDeload", 1, 90, 1),
            new Range("teamAlertShare", 0.01, 1.0, 0.001),
            new Range("activeRecoveryLowPercent", 1, 99, 1, Map.of("activeRecoveryHighPercent", 100)),
            new Range("activeRecoveryHighPercent", 31, 100, 1));

    @Test
    void everyThresholdAcceptsItsBoundsAndRefusesOneStepBeyond() {
        for (Range range : RANGES) {
            assertDoesNotThrow(() -> build(range.name(), range.low(), range.with()), range.name() + " = " + range.low());
            assertDoesNotThrow(() -> build(range.name(), range.high(), range.with()),
                    range.name() + " = " + range.high());
            for (Number beyond : List.of(minus(range.low(), range.step()), plus(range.high(), range.step()))) {
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                        () -> build(range.name(), beyond, range.with()), range.name() + " = " + beyond);
                assertTrue(e.getMessage().startsWith(range.name() + " must be "), e.getMessage());
                assertTrue(e.getMessage().endsWith(" but was " + beyond), e.getMessage());
            }
        }
    }

    @Test
    void everyNumericThresholdHasARange() {
        long numeric = Arrays.stream(Thresholds.class.getRecordComponents())
                .filter(c -> c.getType() == int.class || c.getType() == double.class).count();
        assertEquals(numeric, RANGES.size());
    }

    @Test
    void aDoubleThatIsNotANumberIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> build("ratioSpike", Double.NaN, Map.of()));
    }

    @Test
    void theIntensityBasisIsRequired() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> build("activeRecoveryBasis", null, Map.of()));
        assertEquals("activeRecoveryBasis", e.getMessage());
    }

    private static Number minus(Number value, Number step) {
        return value instanceof Integer i ? (Number) (i - step.intValue()) : round(value.doubleValue() - step.doubleValue());
    }

    private static Number plus(Number value, Number step) {
        return value instanceof Integer i ? (Number) (i + step.intValue()) : round(value.doubleValue() + step.doubleValue());
    }

    private static double round(double value) {
        return Math.round(value * 1e6) / 1e6;
    }

    /** The defaults with one threshold replaced, and the others {@code with} names. */
    static Thresholds build(String name, Object value, Map<String, Object> with) {
        Thresholds defaults = Thresholds.defaults();
        RecordComponent[] components = Thresholds.class.getRecordComponents();
        Map<String, Object> values = new HashMap<>();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                values.put(components[i].getName(), components[i].getAccessor().invoke(defaults));
                types[i] = components[i].getType();
            }
            values.putAll(with);
            values.put(name, value);
            for (int i = 0; i < components.length; i++) {
                args[i] = values.get(components[i].getName());
            }
            Constructor<Thresholds> constructor = Thresholds.class.getDeclaredConstructor(types);
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
