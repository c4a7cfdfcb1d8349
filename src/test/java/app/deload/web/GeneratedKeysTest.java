package app.deload.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** Which key signs the forms' CSRF tokens: instances sharing DELOAD_SESSION_KEY accept each other's forms. */
class GeneratedKeysTest {

    private static final String SESSION = "a-shared-session-key-of-thirty-two-characters";

    @Test
    void aConfiguredCsrfKeyIsUsedAsItIs() {
        assertEquals("configured-csrf-key", GeneratedKeys.csrfKey("configured-csrf-key", SESSION));
    }

    @Test
    void instancesSharingTheSessionKeyDeriveTheSameCsrfKey() {
        String first = new GeneratedKeys(null, SESSION).getValue(GeneratedKeys.CSRF_KEY);
        String second = new GeneratedKeys("", SESSION).getValue(GeneratedKeys.CSRF_KEY);
        assertEquals(first, second);
        assertNotEquals(SESSION, first, "the session key itself is not reused as the HMAC key");
        assertNotEquals(first, GeneratedKeys.csrfKey(null, SESSION + "-other"));
    }

    @Test
    void withoutAnyKeyEachStartHasItsOwnRandomKey() {
        assertNotEquals(GeneratedKeys.csrfKey(null, null), GeneratedKeys.csrfKey(" ", ""));
    }
}
