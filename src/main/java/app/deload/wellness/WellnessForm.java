package app.deload.wellness;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jboss.resteasy.reactive.RestForm;

import app.deload.web.FormErrors;
import app.deload.web.FormValues;
import jakarta.validation.constraints.Size;

/** The morning questionnaire as typed; every value arrives as text so a slip is answered beside its field. */
public record WellnessForm(
        @RestForm String date,
        @RestForm String fatigue,
        @RestForm String sleepQuality,
        @RestForm String soreness,
        @RestForm String stress,
        @RestForm String mood,
        @RestForm String sleepHours,
        @RestForm String restingHr,
        @RestForm String rmssd,
        @RestForm List<String> soreAreas,
        @RestForm @Size(max = WellnessValues.MAX_COMMENT, message = "Use at most 500 characters.") String comment) {

    /** A date and validated answers, ready to store. */
    public record Parsed(LocalDate date, WellnessValues values) {
    }

    public WellnessForm {
        soreAreas = soreAreas == null ? List.of() : List.copyOf(soreAreas);
    }

    public static WellnessForm empty(LocalDate date) {
        return new WellnessForm(date.toString(), "", "", "", "", "", "", "", "", List.of(), "");
    }

    public static WellnessForm of(LocalDate date, WellnessValues v) {
        return new WellnessForm(date.toString(), String.valueOf(v.fatigue()), String.valueOf(v.sleepQuality()),
                String.valueOf(v.soreness()), String.valueOf(v.stress()), String.valueOf(v.mood()),
                Numbers.plain(v.sleepHours()), v.restingHr() == null ? "" : v.restingHr().toString(),
                v.rmssd() == null ? "" : Numbers.plain(v.rmssd()), v.soreAreas().stream().map(SoreArea::code).toList(),
                v.comment() == null ? "" : v.comment());
    }

    /** The submitted answer of an item, as text. */
    public String answer(WellnessItem item) {
        return switch (item) {
            case FATIGUE -> fatigue;
            case SLEEP_QUALITY -> sleepQuality;
            case SORENESS -> soreness;
            case STRESS -> stress;
            case MOOD -> mood;
        };
    }

    /**
     * Checks every field against science.md §6 and the dates an athlete may fill in (today or yesterday of the
     * team's calendar); adds a message per bad field to {@code errors}. Empty when anything is wrong.
     */
    public Optional<Parsed> parse(LocalDate today, FormErrors errors) {
        LocalDate day = date(today, errors);
        int[] items = new int[WellnessItem.values().length];
        for (WellnessItem item : WellnessItem.values()) {
            items[item.ordinal()] = item(item, errors);
        }
        Double sleep = sleep(errors);
        Integer heartRate = FormValues.optionalInt(restingHr, "restingHr", WellnessValues.MIN_RESTING_HR,
                WellnessValues.MAX_RESTING_HR, "bpm", errors);
        Double hrv = rmssd(errors);
        Set<SoreArea> areas = EnumSet.noneOf(SoreArea.class);
        for (String code : soreAreas) {
            SoreArea.fromCode(code).ifPresentOrElse(areas::add,
                    () -> errors.add("soreAreas", "Choose sore areas from the list."));
        }
        if (errors.any()) {
            return Optional.empty();
        }
        return Optional.of(new Parsed(day, new WellnessValues(items[0], items[1], items[2], items[3], items[4], sleep,
                heartRate, hrv, areas, comment)));
    }

    private LocalDate date(LocalDate today, FormErrors errors) {
        LocalDate day = FormValues.date(date, "date", errors);
        if (day != null && !day.equals(today) && !day.equals(today.minusDays(1))) {
            errors.add("date", "You can answer for today (" + today + ") or correct yesterday (" + today.minusDays(1)
                    + ") only.");
            return null;
        }
        return day;
    }

    private int item(WellnessItem item, FormErrors errors) {
        String raw = answer(item);
        if (FormValues.blank(raw)) {
            errors.add(item.field(), "Choose one answer for " + item.label().toLowerCase() + ".");
            return 0;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value >= WellnessItem.MIN && value <= WellnessItem.MAX) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        errors.add(item.field(), "Choose one of the five answers, 1 to 5.");
        return 0;
    }

    private Double sleep(FormErrors errors) {
        if (FormValues.blank(sleepHours)) {
            errors.add("sleepHours", "Enter how long you slept, in hours, e.g. 7.5.");
            return null;
        }
        BigDecimal hours = Numbers.decimal(sleepHours);
        if (hours == null || hours.signum() < 0 || hours.compareTo(BigDecimal.valueOf(WellnessValues.MAX_SLEEP_HOURS)) > 0) {
            errors.add("sleepHours", "Enter hours from 0 to 16, e.g. 7.5.");
            return null;
        }
        if (!WellnessValues.isQuarterHours(hours.doubleValue())) {
            errors.add("sleepHours", "Use quarter hours: whole hours or .25, .5, .75.");
            return null;
        }
        return hours.doubleValue();
    }

    private Double rmssd(FormErrors errors) {
        if (FormValues.blank(rmssd)) {
            return null;
        }
        BigDecimal ms = Numbers.decimal(rmssd);
        if (ms == null || ms.compareTo(BigDecimal.valueOf(WellnessValues.MIN_RMSSD)) < 0
                || ms.compareTo(BigDecimal.valueOf(WellnessValues.MAX_RMSSD)) > 0) {
            errors.add("rmssd", "Enter RMSSD from 3 to 300 ms.");
            return null;
        }
        if (ms.stripTrailingZeros().scale() > 1) {
            errors.add("rmssd", "Use at most one decimal, e.g. 62.4.");
            return null;
        }
        return ms.doubleValue();
    }
}
