package app.deload.performance;

import java.math.BigDecimal;

import org.jboss.resteasy.reactive.RestForm;

import app.deload.team.Team;
import app.deload.web.FormErrors;
import app.deload.web.FormValues;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A test definition as typed; an empty smallest worthwhile change means the team's default. */
public record TestForm(
        @RestForm @NotBlank(message = "Enter a name for the test, e.g. Countermovement jump.")
        @Size(max = 80, message = "Use at most 80 characters.") String name,
        @RestForm @NotBlank(message = "Enter the unit, e.g. cm or s.")
        @Size(max = 20, message = "Use at most 20 characters.") String unit,
        @RestForm String better,
        @RestForm String swcPercent) {

    static final String HIGHER = "higher";
    static final String LOWER = "lower";

    public static TestForm empty() {
        return new TestForm("", "", HIGHER, "");
    }

    public static TestForm of(PerformanceTest test) {
        return new TestForm(test.name, test.unit, test.higherIsBetter ? HIGHER : LOWER,
                test.swcPercent == null ? "" : Measurement.plain(test.swcPercent));
    }

    public boolean isHigherBetter() {
        return HIGHER.equals(better);
    }

    public boolean isLowerBetter() {
        return LOWER.equals(better);
    }

    /**
     * Checks what annotations cannot (direction, SWC range, a name unique in the team) and, when the whole form
     * is valid, copies it onto {@code test}.
     */
    public void applyTo(PerformanceTest test, Team team, FormErrors errors) {
        if (!isHigherBetter() && !isLowerBetter()) {
            errors.add("better", "Choose whether a higher or a lower result is better.");
        }
        Double swc = swc(errors);
        if (!errors.has("name") && PerformanceTest.nameTaken(team, name, test.id)) {
            errors.add("name", "This team already has a test with this name.");
        }
        if (errors.any()) {
            return;
        }
        test.team = team;
        test.name = name.strip();
        test.unit = unit.strip();
        test.higherIsBetter = isHigherBetter();
        test.swcPercent = swc;
    }

    /** The hint beside the field, naming the default an empty field stands for. */
    static String swcHint(double teamSwcPercent) {
        return "From 0.1 to 50. Leave empty to use the team default, now " + Measurement.plain(teamSwcPercent)
                + " %.";
    }

    private Double swc(FormErrors errors) {
        if (FormValues.blank(swcPercent)) {
            return null;
        }
        BigDecimal percent = Measurement.parse(swcPercent);
        if (percent == null || percent.compareTo(BigDecimal.valueOf(PerformanceTest.MIN_SWC_PERCENT)) < 0
                || percent.compareTo(BigDecimal.valueOf(PerformanceTest.MAX_SWC_PERCENT)) > 0) {
            errors.add("swcPercent", "Enter a percentage from 0.1 to 50, or leave it empty for the team default.");
            return null;
        }
        if (percent.stripTrailingZeros().scale() > 2) {
            errors.add("swcPercent", "Use at most 2 decimals.");
            return null;
        }
        return percent.doubleValue();
    }
}
