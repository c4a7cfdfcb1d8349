package app.deload.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class ImportFileTest {

    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 3, 10, 12, 0, 0, 0, ZoneId.of("Europe/Berlin"));
    private static final Roster ROSTER = RowFixtures.roster("AB-1", "CD-2");

    private static Checked<? extends ImportRow> check(TransferKind kind, String csv) {
        return ImportFile.check(kind, csv.getBytes(StandardCharsets.UTF_8), ROSTER, NOW);
    }

    @Test
    void theHeaderMayDifferInCaseAndSpaces() {
        Checked<? extends ImportRow> checked = check(TransferKind.SESSIONS,
                " Athlete_Code , DATE,start_time,type,minutes,rpe,notes\nAB-1,2026-03-09,17:00,skill,60,5,\n");
        assertTrue(checked.valid(), checked.problems()::toString);
    }

    @Test
    void aFileOfTheOtherKindIsNamed() {
        assertEquals(List.of(new RowProblem(1, "This is a sessions file, but you chose wellness. Choose Sessions with "
                + "RPE, or upload a wellness file.")), check(TransferKind.WELLNESS, TransferKind.SESSIONS.template())
                        .problems());
    }

    @Test
    void atMost20000Rows() {
        StringBuilder csv = new StringBuilder(TransferKind.WELLNESS.header()).append('\n');
        for (int i = 0; i <= ImportFile.MAX_ROWS; i++) {
            csv.append("AB-1,2026-03-09,4,4,3,5,4,7.5,,,,\n");
        }
        Checked<? extends ImportRow> checked = check(TransferKind.WELLNESS, csv.toString());
        assertFalse(checked.valid());
        assertEquals(List.of(new RowProblem(1, "The file has 20001 rows; import at most 20000 at once, e.g. split "
                + "the file by date.")), checked.problems());
    }

    @Test
    void malformedLinesAreListedWithTheOthersInLineOrder() {
        Checked<? extends ImportRow> checked = check(TransferKind.SESSIONS, TransferKind.SESSIONS.header() + "\n"
                + "AB-1,2026-03-09,17:00,skill,60,5,\"a\"b\n"
                + "XX,2026-03-09,17:00,skill,60,5,\n"
                + "AB-1,2026-03-09,17:00,skill,60\n");
        assertEquals(List.of(2, 3, 4), checked.problems().stream().map(RowProblem::line).toList());
        assertTrue(checked.problems().get(2).reason().startsWith("The line has 5 values where the header has 7"));
    }

    @Test
    void thePayloadReadsBackToTheSameRowsWithTheirOriginalLines() {
        String csv = TransferKind.SESSIONS.header() + "\n\n"
                + "ab-1,2026-03-09,7:05,skill,60,5,\"=1+1, \"\"quoted\"\"\"\n"
                + "CD-2,2026-03-09,,other,45,,\n";
        Checked<? extends ImportRow> checked = check(TransferKind.SESSIONS, csv);
        assertTrue(checked.valid(), checked.problems()::toString);
        String payload = ImportFile.payload(TransferKind.SESSIONS, checked.rows());
        Checked<? extends ImportRow> again = ImportFile.checkPayload(TransferKind.SESSIONS, payload, ROSTER, NOW);
        assertEquals(checked.rows(), again.rows());
        assertEquals(List.of(3, 4), again.rows().stream().map(ImportRow::line).toList());
        assertEquals(64, ImportFile.checksum(payload).length());
    }
}
