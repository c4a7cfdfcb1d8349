package app.deload.transfer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import app.deload.athlete.Athlete;

/** Rosters and lines for the plain unit tests of the row checks, without a database. */
final class RowFixtures {

    private RowFixtures() {
    }

    /** A roster of athletes with ids 1, 2, … and the given codes. */
    static Roster roster(String... codes) {
        List<Athlete> athletes = new ArrayList<>();
        for (int i = 0; i < codes.length; i++) {
            Athlete athlete = new Athlete();
            athlete.id = (long) i + 1;
            athlete.code = codes[i];
            athletes.add(athlete);
        }
        return Roster.of(athletes);
    }

    /** Comma-separated lines (no quoting needed in these tests) as records from line 2 on. */
    static List<CsvReader.Record> lines(String... lines) {
        List<CsvReader.Record> records = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            records.add(new CsvReader.Record(i + 2, Arrays.asList(lines[i].split(",", -1)), null));
        }
        return records;
    }
}
