package app.deload.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import app.deload.training.SessionType;
import app.deload.wellness.SoreArea;

/** The codes spelled out in the OpenAPI document are the ones the API accepts. */
class ApiDocsTest {

    @Test
    void soreAreaCodesInTheDocumentAreTheEnumsCodes() {
        assertEquals(Arrays.stream(SoreArea.values()).map(SoreArea::code).collect(Collectors.joining(", ")),
                WellnessAnswersDto.AREA_CODES);
    }

    @Test
    void sessionTypesInTheDocumentAreTheEnumsKeys() {
        assertEquals(Arrays.stream(SessionType.values()).map(SessionType::key).collect(Collectors.joining(", ")),
                SessionLogDto.TYPES);
    }
}
