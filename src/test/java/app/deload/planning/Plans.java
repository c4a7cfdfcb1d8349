package app.deload.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/** Shared fixtures: section 11's example plan from Monday 5 January 2026. */
final class Plans {
    static final LocalDate M = LocalDate.of(2026, 1, 5);

    private Plans() {
    }

    /** 3:1, W 2000, p 5 %, r 0.5, t 0.5. */
    static PlanParameters example(int weeks) {
        return PlanParameters.of(M, weeks, Pattern.THREE_ONE, 2000, 5, 0.5);
    }

    static double round2(double x) {
        return BigDecimal.valueOf(x).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    static void assertLoads(List<PlannedWeek> weeks, double... expected) {
        assertEquals(expected.length, weeks.size(), "weeks");
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], round2(weeks.get(i).plannedLoad()), 0, "week " + i);
        }
    }

    static void assertKinds(List<PlannedWeek> weeks, String codes) {
        StringBuilder actual = new StringBuilder();
        for (PlannedWeek w : weeks) {
            actual.append(actual.isEmpty() ? "" : " ").append(w.kind().code());
        }
        assertEquals(codes, actual.toString());
    }

    /** The Saturday of week i. */
    static LocalDate saturdayOfWeek(int i) {
        return M.plusWeeks(i).plusDays(5);
    }
}
