package app.deload.performance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jboss.resteasy.reactive.RestForm;

import app.deload.web.FormErrors;
import app.deload.web.FormValues;

/**
 * A squad's results of one test on one date: one input per athlete, sent as parallel lists of athlete ids and
 * values in page order. An empty input means "not tested"; a bad input anywhere saves nothing.
 */
public record ResultsForm(@RestForm String date, @RestForm List<String> athleteId, @RestForm List<String> measured) {

    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    /** The date and the results to store. */
    public record Parsed(LocalDate date, List<Measurement> measurements) {
    }

    public ResultsForm {
        athleteId = athleteId == null ? List.of() : List.copyOf(athleteId);
        measured = measured == null ? List.of() : List.copyOf(measured);
    }

    /** The field holding one athlete's value, for its error message. */
    static String field(String athleteId) {
        return "measured-" + athleteId;
    }

    /** Every athlete id came with its value. */
    boolean aligned() {
        return athleteId.size() == measured.size();
    }

    /**
     * @param team     ids of the athletes on the test's team
     * @param tomorrow the latest date allowed: tomorrow on the team's calendar
     */
    public Optional<Parsed> parse(Set<Long> team, LocalDate tomorrow, FormErrors errors) {
        LocalDate day = FormValues.date(date, "date", errors);
        if (day != null && day.isAfter(tomorrow)) {
            errors.add("date", "Enter a date no later than tomorrow (" + tomorrow + ").");
        } else if (day != null && day.isBefore(EARLIEST)) {
            errors.add("date", "Enter a date from " + EARLIEST + " on.");
        }
        if (!aligned()) {
            errors.add("form", "The form arrived incomplete. Reload the page and enter the results again.");
            return Optional.empty();
        }
        List<Measurement> measurements = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < athleteId.size(); i++) {
            String id = athleteId.get(i);
            Long athlete = athleteOf(id, team);
            if (athlete == null) {
                errors.add(field(id), "This athlete is not on the team. Reload the page to get the current squad.");
            } else if (!seen.add(athlete)) {
                errors.add(field(id), "This athlete appears twice in the form.");
            } else if (!FormValues.blank(measured.get(i))) {
                Double value = value(measured.get(i), field(id), errors);
                if (value != null) {
                    measurements.add(new Measurement(athlete, value));
                }
            }
        }
        if (!errors.any() && measurements.isEmpty()) {
            errors.add("form", "Enter at least one result.");
        }
        return errors.any() ? Optional.empty() : Optional.of(new Parsed(day, measurements));
    }

    private static Long athleteOf(String id, Set<Long> team) {
        try {
            long athlete = Long.parseLong(id.strip());
            return team.contains(athlete) ? athlete : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Double value(String raw, String field, FormErrors errors) {
        BigDecimal value = Measurement.parse(raw);
        if (value == null || value.signum() <= 0 || value.compareTo(Measurement.MAX) > 0) {
            errors.add(field, "Enter a number above 0 and at most 100000.");
            return null;
        }
        if (value.stripTrailingZeros().scale() > Measurement.MAX_DECIMALS) {
            errors.add(field, "Use at most 3 decimals.");
            return null;
        }
        return value.doubleValue();
    }
}
