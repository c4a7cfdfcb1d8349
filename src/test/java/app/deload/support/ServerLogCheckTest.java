package app.deload.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class ServerLogCheckTest {

    private static final List<String> LOG = List.of(
            "15:01:02 INFO  [io.quarkus] started",
            "15:01:03 ERROR [ap.de.we.ErrorPages] Unexpected error on /teams/1",
            "\tat app.deload.Something.method(Something.java:12)",
            "15:01:04 WARN  [ap.de.tr.ImportResource] Import 3 for team 1 was rolled back: ERROR in SQL",
            "15:01:05 ERROR [or.hi.en.jd.sp.SqlExceptionHelper] Value too long for column");

    @Test
    void everyErrorLineIsUnexpectedUnlessTheClassNamesIt() {
        assertEquals(List.of(LOG.get(1), LOG.get(4)), ServerLogCheck.unexpectedErrors(LOG, List.of()));
        assertEquals(List.of(LOG.get(1)), ServerLogCheck.unexpectedErrors(LOG, List.of("Value too long")));
        assertEquals(List.of(), ServerLogCheck.unexpectedErrors(LOG, List.of("Value too long", "Unexpected error")));
    }
}
