package app.deload.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the marks of one series out of a rendered chart page, as a browser would find them in the SVG. */
final class SvgMarks {

    record Mark(String date, double value, double y, double height) {
    }

    record Axis(double y0, double v0, double y1, double v1) {
        double valueAt(double y) {
            return v0 + (y - y0) / (y1 - y0) * (v1 - v0);
        }
    }

    private static final Pattern CIRCLE = Pattern.compile(
            "<circle cx=\"[-0-9.]+\" cy=\"([-0-9.]+)\" r=\"[0-9.]+\" data-date=\"([0-9-]+)\" data-value=\"([-0-9.−]+)\">");
    private static final Pattern RECT = Pattern.compile(
            "<rect x=\"[-0-9.]+\" y=\"([-0-9.]+)\" width=\"[0-9.]+\" height=\"([0-9.]+)\" data-date=\"([0-9-]+)\" "
                    + "data-value=\"([-0-9.−]+)\">");
    private static final Pattern Y_LABEL = Pattern.compile(
            "<text class=\"y-label\" x=\"[0-9.]+\" y=\"([-0-9.]+)\"[^>]*>([-0-9.−]+)</text>");

    private SvgMarks() {
    }

    /** The figure of one chart, from its opening tag to its end. */
    static String chart(String html, String id) {
        int start = html.indexOf("<figure class=\"chart\" id=\"chart-" + id + "\">");
        if (start < 0) {
            throw new AssertionError("no chart " + id + " on the page");
        }
        return html.substring(start, html.indexOf("</figure>", start));
    }

    static List<Mark> points(String chart, String series) {
        List<Mark> marks = new ArrayList<>();
        Matcher m = CIRCLE.matcher(group(chart, series));
        while (m.find()) {
            marks.add(new Mark(m.group(2), number(m.group(3)), Double.parseDouble(m.group(1)), 0));
        }
        return marks;
    }

    static List<Mark> bars(String chart, String series) {
        List<Mark> marks = new ArrayList<>();
        Matcher m = RECT.matcher(group(chart, series));
        while (m.find()) {
            marks.add(new Mark(m.group(3), number(m.group(4)), Double.parseDouble(m.group(1)),
                    Double.parseDouble(m.group(2))));
        }
        return marks;
    }

    /** The value axis from its lowest and highest labelled ticks. */
    static Axis axis(String chart) {
        Matcher m = Y_LABEL.matcher(chart);
        List<double[]> ticks = new ArrayList<>();
        while (m.find()) {
            ticks.add(new double[] { Double.parseDouble(m.group(1)), number(m.group(2)) });
        }
        double[] first = ticks.get(0);
        double[] last = ticks.get(ticks.size() - 1);
        return new Axis(first[0], first[1], last[0], last[1]);
    }

    private static String group(String chart, String series) {
        int start = chart.indexOf("data-series=\"" + series + "\">");
        if (start < 0) {
            throw new AssertionError("no series " + series + " in the chart");
        }
        return chart.substring(start, chart.indexOf("</g>", start));
    }

    private static double number(String s) {
        return Double.parseDouble(s.replace('−', '-'));
    }
}
