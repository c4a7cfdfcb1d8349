package app.deload.monitoring;

import java.time.LocalDate;

/**
 * One performance result compared with the mean of the athlete's previous 3 results of the same test.
 *
 * @param swcPercent      smallest worthwhile change applied (the test's, else the team default)
 * @param previousMean    mean of the previous 3 results, null with fewer than 3
 * @param changePercent   (value − previous mean) ÷ previous mean × 100, signed as measured
 * @param decrement       worse than the previous mean by strictly more than the SWC, in the test's direction
 * @param sentence        the comparison in plain words
 */
public record TestResult(String testName, LocalDate date, double value, boolean higherIsBetter, double swcPercent,
                         Double previousMean, Metric changePercent, boolean decrement, String sentence) {
}
