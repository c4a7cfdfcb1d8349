package app.deload.transfer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import app.deload.wellness.SoreArea;
import app.deload.wellness.WellnessItem;
import app.deload.wellness.WellnessValues;

/**
 * Checks the lines of a wellness file (columns of {@link TransferKind#WELLNESS}) against the ranges of
 * science.md §6, and that the file holds one questionnaire per athlete and date.
 */
final class WellnessCsv {

    private static final int CODE = 0;
    private static final int DATE = 1;
    private static final int FIRST_ITEM = 2;
    private static final int SLEEP = 7;
    private static final int RESTING_HR = 8;
    private static final int RMSSD = 9;
    private static final int AREAS = 10;
    private static final int COMMENT = 11;

    private WellnessCsv() {
    }

    static Checked<WellnessRow> check(List<CsvReader.Record> records, Roster roster, LocalDate today) {
        List<String> names = TransferKind.WELLNESS.columnNames();
        List<WellnessRow> rows = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        Map<String, Integer> firstLineOf = new HashMap<>();
        for (CsvReader.Record record : records) {
            LineCheck check = new LineCheck(record, names);
            Roster.Member athlete = check.athlete(CODE, roster);
            LocalDate date = check.date(DATE, today);
            int[] items = new int[WellnessItem.values().length];
            for (int i = 0; i < items.length; i++) {
                Integer item = check.whole(FIRST_ITEM + i, WellnessItem.MIN, WellnessItem.MAX, true);
                items[i] = item == null ? 0 : item;
            }
            Double sleep = sleepHours(check);
            Integer restingHr = check.whole(RESTING_HR, WellnessValues.MIN_RESTING_HR, WellnessValues.MAX_RESTING_HR,
                    false);
            Double rmssd = rmssd(check);
            Set<SoreArea> areas = soreAreas(check);
            String comment = check.note(COMMENT, WellnessValues.MAX_COMMENT);
            if (check.ok()) {
                Integer first = firstLineOf.putIfAbsent(athlete.athleteId() + "/" + date, check.line());
                if (first != null) {
                    check.fail("Duplicate of line " + first + ": one questionnaire per athlete and date.");
                }
            }
            if (check.ok()) {
                rows.add(new WellnessRow(check.line(), athlete.athleteId(), athlete.code(), date,
                        new WellnessValues(items[0], items[1], items[2], items[3], items[4], sleep, restingHr, rmssd,
                                areas, comment)));
            } else {
                problems.add(check.problem().orElseThrow());
            }
        }
        return new Checked<>(rows, problems);
    }

    private static Double sleepHours(LineCheck check) {
        String expected = "hours from 0 to 16 in quarter hours, e.g. 7.5";
        if (check.blank(SLEEP)) {
            return check.fail("sleep_hours is empty: it must be " + expected + ".");
        }
        BigDecimal hours = check.decimal(SLEEP, expected);
        if (hours == null) {
            return null;
        }
        if (!WellnessValues.isQuarterHours(hours.doubleValue())) {
            return check.fail("sleep_hours “" + check.text(SLEEP) + "” must be " + expected + ".");
        }
        return hours.doubleValue();
    }

    private static Double rmssd(LineCheck check) {
        String expected = "from 3 to 300 ms with at most one decimal";
        BigDecimal ms = check.decimal(RMSSD, expected);
        if (ms == null) {
            return null;
        }
        if (!WellnessValues.isRmssd(ms.doubleValue()) || ms.stripTrailingZeros().scale() > 1) {
            return check.fail("rmssd “" + check.text(RMSSD) + "” must be " + expected + ".");
        }
        return ms.doubleValue();
    }

    /** Codes separated by semicolons (commas inside a quoted value are read the same way). */
    private static Set<SoreArea> soreAreas(LineCheck check) {
        Set<SoreArea> areas = EnumSet.noneOf(SoreArea.class);
        for (String code : check.text(AREAS).split("[;,]")) {
            String normalized = code.strip().toLowerCase(Locale.ROOT);
            if (!normalized.isEmpty()) {
                SoreArea.fromCode(normalized).ifPresentOrElse(areas::add, () -> check.fail("sore_areas: “"
                        + code.strip() + "” is not a body area; use the codes listed on the import page."));
            }
        }
        return areas;
    }
}
