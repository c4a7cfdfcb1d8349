package app.deload.transfer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import app.deload.wellness.SoreArea;
import app.deload.wellness.WellnessValues;

/** One athlete's morning questionnaire, as a line of a wellness file. */
record WellnessRow(int line, long athleteId, String athleteCode, LocalDate date, WellnessValues values)
        implements ImportRow {

    /** Sore areas are separated by semicolons, so the cell needs no quotes. */
    static final String AREA_SEPARATOR = ";";

    @Override
    public List<String> cells() {
        WellnessValues v = values;
        return List.of(athleteCode, date.toString(), Integer.toString(v.fatigue()), Integer.toString(v.sleepQuality()),
                Integer.toString(v.soreness()), Integer.toString(v.stress()), Integer.toString(v.mood()),
                plain(v.sleepHours()), v.restingHr() == null ? "" : v.restingHr().toString(),
                v.rmssd() == null ? "" : plain(v.rmssd()),
                v.soreAreas().stream().map(SoreArea::code).collect(Collectors.joining(AREA_SEPARATOR)),
                v.comment() == null ? "" : v.comment());
    }

    /** 7.5 → "7.5", 8.0 → "8". */
    static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
