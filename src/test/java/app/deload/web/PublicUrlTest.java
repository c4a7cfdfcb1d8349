package app.deload.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublicUrlTest {

    @ParameterizedTest
    @CsvSource({ "https://deload.example.org,https://deload.example.org",
            "https://Deload.Example.org/,https://deload.example.org",
            "http://192.168.1.20:8080,http://192.168.1.20:8080" })
    void aPublicUrlIsReducedToItsOrigin(String configured, String origin) {
        assertEquals(origin, PublicUrl.origin(configured));
    }

    @ParameterizedTest
    @ValueSource(strings = { "deload.example.org", "ftp://deload.example.org", "https://deload.example.org/app",
            "https://deload.example.org/?x=1", "https://user@deload.example.org", "https://", "https://bad host" })
    void anythingElseStopsTheStartWithTheVariablesName(String configured) {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> PublicUrl.origin(configured));
        assertEquals(true, refused.getMessage().startsWith("DELOAD_PUBLIC_URL"));
    }
}
