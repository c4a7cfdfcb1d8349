package app.deload.training;

import java.util.List;
import java.util.stream.IntStream;

/** Foster's CR-10 session-RPE scale (Foster et al. 2001): integers 0–10, anchors on all but 6, 8 and 9. */
public final class Cr10 {

    public static final int MIN = 0;
    public static final int MAX = 10;
    public static final String PROMPT = "How was your workout?";

    private static final List<String> ANCHORS = List.of("Rest", "Very, very easy", "Easy", "Moderate",
            "Somewhat hard", "Hard", "", "Very hard", "", "", "Maximal");

    private Cr10() {
    }

    /** The anchor word of a rating; empty for 6, 8 and 9, which have none. */
    public static String anchor(int rpe) {
        return ANCHORS.get(rpe);
    }

    /** "7 · Very hard", or just "6". */
    public static String describe(int rpe) {
        String anchor = anchor(rpe);
        return anchor.isEmpty() ? Integer.toString(rpe) : rpe + " · " + anchor;
    }

    /** One button of the rating scale. */
    public record Option(int value, String anchor, boolean checked) {
        public String id() {
            return "rpe-" + value;
        }
    }

    /** The scale as tap targets, with the submitted (or stored) value checked. */
    public static List<Option> options(String selected) {
        return IntStream.rangeClosed(MIN, MAX)
                .mapToObj(v -> new Option(v, anchor(v), Integer.toString(v).equals(selected == null ? "" : selected.trim())))
                .toList();
    }
}
