package app.deload.monitoring;

import java.util.Objects;
import java.util.Optional;

/**
 * Heart-rate range for active recovery (section 11): 30–50 % on heart-rate reserve by default (Karvonen,
 * HRrest + p·(HRmax − HRrest)) or of HRmax. HRmax from the profile, else Tanaka 208 − 0.7·age. Without a
 * resting heart rate the reserve basis falls back to % of HRmax, and the reason says so.
 *
 * @param basis          the basis actually used
 * @param hrMax          HRmax used (estimated values keep their decimal)
 * @param hrMaxEstimated true when Tanaka's formula was used
 * @param hrRest         resting heart rate used, null on the % of HRmax basis
 * @param method         the formula with the numbers
 * @param reason         why this basis and HRmax, e.g. the fallback
 */
public record ActiveRecoveryZone(int lowBpm, int highBpm, IntensityBasis basis, double hrMax, boolean hrMaxEstimated,
                                 Integer hrRest, String method, String reason) {

    static final int MIN_AGE = 10;
    static final int MAX_AGE = 100;

    /**
     * The zone when there is a basis for one: HRmax on file, or an age Tanaka's formula covers (10–100 years)
     * with a resting heart rate, if any, below the estimate. Empty means "no estimate", never an error.
     */
    public static Optional<ActiveRecoveryZone> estimate(Integer hrMax, int age, Integer hrRest, Thresholds t) {
        if (hrMax == null && (age < MIN_AGE || age > MAX_AGE || (hrRest != null && hrRest >= 208 - 0.7 * age))) {
            return Optional.empty();
        }
        return Optional.of(of(hrMax, age, hrRest, t));
    }

    public static ActiveRecoveryZone of(Integer hrMax, int age, Integer hrRest, Thresholds t) {
        return of(hrMax, age, hrRest, t.activeRecoveryBasis(), t.activeRecoveryLowPercent(),
                t.activeRecoveryHighPercent());
    }

    /** @param age in years; only used when {@code hrMax} is null */
    public static ActiveRecoveryZone of(Integer hrMax, int age, Integer hrRest, IntensityBasis basis, int lowPercent,
                                        int highPercent) {
        Objects.requireNonNull(basis, "basis");
        if (lowPercent < 1 || highPercent > 100 || lowPercent >= highPercent) {
            throw new IllegalArgumentException("intensity must be 1–100 % with low below high but was "
                    + lowPercent + "–" + highPercent + " %");
        }
        if (hrMax != null && (hrMax < 100 || hrMax > 230)) {
            throw new IllegalArgumentException("HRmax must be 100–230 bpm but was " + hrMax);
        }
        if (hrMax == null && (age < MIN_AGE || age > MAX_AGE)) {
            throw new IllegalArgumentException("age must be 10–100 years to estimate HRmax but was " + age);
        }
        if (hrRest != null && (hrRest < 25 || hrRest > 150)) {
            throw new IllegalArgumentException("resting heart rate must be 25–150 bpm but was " + hrRest);
        }
        boolean estimated = hrMax == null;
        double max = estimated ? 208 - 0.7 * age : hrMax;
        if (hrRest != null && hrRest >= max) {
            throw new IllegalArgumentException("resting heart rate " + hrRest + " must be below HRmax "
                    + Fmt.trim(max));
        }
        String maxText = estimated
                ? "HRmax " + Fmt.trim(max) + " estimated by Tanaka (208 − 0.7 × age " + age + ")"
                : "HRmax " + hrMax + " from the profile";
        double low = lowPercent / 100.0;
        double high = highPercent / 100.0;
        String percents = lowPercent + "–" + highPercent + " %";
        if (basis == IntensityBasis.HEART_RATE_RESERVE && hrRest != null) {
            double reserve = max - hrRest;
            return new ActiveRecoveryZone((int) Math.round(hrRest + low * reserve),
                    (int) Math.round(hrRest + high * reserve), IntensityBasis.HEART_RATE_RESERVE, max, estimated,
                    hrRest,
                    "Karvonen: HRrest " + hrRest + " + " + percents + " × (HRmax " + Fmt.trim(max) + " − HRrest "
                            + hrRest + ")", maxText);
        }
        String fallback = basis == IntensityBasis.HEART_RATE_RESERVE
                ? "; no resting heart rate on file, so % of HRmax is used instead of heart-rate reserve" : "";
        return new ActiveRecoveryZone((int) Math.round(low * max), (int) Math.round(high * max),
                IntensityBasis.PERCENT_HRMAX, max, estimated, null, percents + " of HRmax " + Fmt.trim(max),
                maxText + fallback);
    }
}
