package app.deload.wellness;

import java.util.List;

/** The five McLean et al. (2010) items, 1–5 with higher better, and the words the athlete sees for each level. */
public enum WellnessItem {
    FATIGUE("fatigue", "Fatigue", List.of("Always tired", "More tired than normal", "Normal", "Fresh", "Very fresh")),
    SLEEP_QUALITY("sleepQuality", "Sleep quality",
            List.of("Insomnia", "Restless sleep", "Difficulty falling asleep", "Good", "Very restful")),
    SORENESS("soreness", "Muscle soreness", List.of("Very sore", "Increase in soreness / tightness", "Normal",
            "Feeling good", "Feeling great")),
    STRESS("stress", "Stress", List.of("Highly stressed", "Feeling stressed", "Normal", "Relaxed", "Very relaxed")),
    MOOD("mood", "Mood", List.of("Highly annoyed / irritable / down", "Snappiness at teammates, family and co-workers",
            "Less interested in others / activities than usual", "Generally good mood", "Very positive mood"));

    public static final int MIN = 1;
    public static final int MAX = 5;

    private final String field;
    private final String label;
    private final List<String> words;

    WellnessItem(String field, String label, List<String> words) {
        this.field = field;
        this.label = label;
        this.words = words;
    }

    /** The form field and the entity property. */
    public String field() {
        return field;
    }

    public String label() {
        return label;
    }

    /** The words for a level from 1 to 5. */
    public String words(int level) {
        return words.get(level - 1);
    }
}
