package app.deload.transfer;

import java.time.LocalDate;
import java.util.List;

/** One checked line of an import: whose it is, which date it belongs to, and its values in the file's columns. */
sealed interface ImportRow permits SessionRow, WellnessRow {

    /** The line of the uploaded file it came from. */
    int line();

    long athleteId();

    LocalDate date();

    /** The values in the kind's column order, formatted as the export writes them. */
    List<String> cells();
}
