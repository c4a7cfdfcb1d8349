package app.deload.team;

import org.jboss.resteasy.reactive.RestForm;

import app.deload.monitoring.IntensityBasis;
import app.deload.web.FormErrors;
import app.deload.web.FormValues;

/** A team's threshold overrides as typed; an empty field means "use the default". */
public record ThresholdForm(@RestForm String ratioSpike, @RestForm String monotonyHigh, @RestForm String zWatch,
        @RestForm String zAlert, @RestForm String sleepRestrictionHours, @RestForm String shortSleepHours,
        @RestForm String defaultSwcPercent, @RestForm String activeRecoveryBasis) {

    public static ThresholdForm of(TeamThresholds own) {
        return new ThresholdForm(text(own.ratioSpike), text(own.monotonyHigh), text(own.zWatch), text(own.zAlert),
                text(own.sleepRestrictionHours), text(own.shortSleepHours), text(own.defaultSwcPercent),
                own.activeRecoveryBasis == null ? "" : own.activeRecoveryBasis.name());
    }

    /** Parses into {@code target}; the result must also form a consistent set (zAlert below zWatch, ...). */
    public FormErrors applyTo(TeamThresholds target, ThresholdDefaults defaults) {
        FormErrors errors = FormErrors.none();
        Double spike = FormValues.optionalDecimal(ratioSpike, "ratioSpike", 1.0, 3.0, errors);
        Double monotony = FormValues.optionalDecimal(monotonyHigh, "monotonyHigh", 1.0, 5.0, errors);
        Double watch = FormValues.optionalDecimal(zWatch, "zWatch", -5.0, -0.1, errors);
        Double alert = FormValues.optionalDecimal(zAlert, "zAlert", -6.0, -0.1, errors);
        Double restriction = FormValues.optionalDecimal(sleepRestrictionHours, "sleepRestrictionHours", 1.0, 12.0,
                errors);
        Double shortSleep = FormValues.optionalDecimal(shortSleepHours, "shortSleepHours", 1.0, 12.0, errors);
        Double swc = FormValues.optionalDecimal(defaultSwcPercent, "defaultSwcPercent", 0.1, 50.0, errors);
        IntensityBasis basis = null;
        if (!FormValues.blank(activeRecoveryBasis)) {
            try {
                basis = IntensityBasis.valueOf(activeRecoveryBasis.trim());
            } catch (IllegalArgumentException e) {
                errors.add("activeRecoveryBasis", "Choose heart-rate reserve or % of maximum heart rate.");
            }
        }
        if (errors.any()) {
            return errors;
        }
        TeamThresholds candidate = new TeamThresholds();
        candidate.ratioSpike = spike;
        candidate.monotonyHigh = monotony;
        candidate.zWatch = watch;
        candidate.zAlert = alert;
        candidate.sleepRestrictionHours = restriction;
        candidate.shortSleepHours = shortSleep;
        candidate.defaultSwcPercent = swc;
        candidate.activeRecoveryBasis = basis;
        try {
            candidate.effective(defaults);
        } catch (IllegalArgumentException e) {
            return errors.add(inconsistentField(e.getMessage()), inconsistency(e.getMessage()));
        }
        candidate.copyOverridesTo(target);
        return errors;
    }

    private static String inconsistentField(String message) {
        return message.startsWith("zAlert") ? "zAlert"
                : message.startsWith("shortSleepHours") ? "shortSleepHours" : "ratioSpike";
    }

    private static String inconsistency(String message) {
        return switch (inconsistentField(message)) {
            case "zAlert" -> "The alert level must be at or below the watch level.";
            case "shortSleepHours" -> "Short sleep must be at least the restriction threshold.";
            default -> "These values do not fit together: " + message;
        };
    }

    private static String text(Double value) {
        return value == null ? "" : value.toString();
    }
}
