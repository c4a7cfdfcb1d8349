package app.deload.dashboard;

import java.util.List;

/**
 * A day's spread of one measure across a squad: quartiles by linear interpolation between order statistics
 * (R's type 7, the spreadsheet QUARTILE.INC), with the number of athletes who had a value.
 */
public record Distribution(int n, double min, double lowerQuartile, double median, double upperQuartile,
        double max) {

    /** Null when no athlete had a value. */
    public static Distribution of(List<Double> values) {
        double[] v = values.stream().filter(x -> x != null).mapToDouble(Double::doubleValue).sorted().toArray();
        if (v.length == 0) {
            return null;
        }
        return new Distribution(v.length, v[0], quantile(v, 0.25), quantile(v, 0.5), quantile(v, 0.75),
                v[v.length - 1]);
    }

    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
