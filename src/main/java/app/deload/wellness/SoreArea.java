package app.deload.wellness;

import java.util.Optional;

/** The body areas an athlete can mark as sore; stored by code, e.g. {@code lower_back}. */
public enum SoreArea {
    NECK("Neck"), SHOULDERS("Shoulders"), UPPER_BACK("Upper back"), LOWER_BACK("Lower back"), CHEST("Chest"),
    ARMS("Arms"), HIPS_GLUTES("Hips / glutes"), GROIN("Groin"), QUADRICEPS("Quadriceps"), HAMSTRINGS("Hamstrings"),
    KNEES("Knees"), CALVES("Calves"), ANKLES_FEET("Ankles / feet");

    private final String label;

    SoreArea(String label) {
        this.label = label;
    }

    public String code() {
        return name().toLowerCase();
    }

    public String label() {
        return label;
    }

    public static Optional<SoreArea> fromCode(String code) {
        for (SoreArea area : values()) {
            if (area.code().equals(code)) {
                return Optional.of(area);
            }
        }
        return Optional.empty();
    }
}
