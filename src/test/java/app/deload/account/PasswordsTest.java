package app.deload.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PasswordsTest {

    @ParameterizedTest
    @ValueSource(strings = { "password123", "Password2024!", "P@ssw0rd2026", "qwertyuiop", "1234567890",
            "0987654321", "aaaaaaaaaaaa", "abababababab", "iloveyou123", "Football!!99", "1q2w3e4r5t",
            "letmein2026", "asdfghjkl1", "dr@gon123456", "welcomewelcome", "deload12345" })
    void aCommonOrEasilyGuessedPasswordIsRefused(String password) {
        assertEquals(Optional.of("This is one of the most common passwords, which attackers try first. "
                + "Choose another, e.g. a few unrelated words."), Passwords.problem(password, "someone"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "emma.lang", "emma.lang2026", "EMMA.LANG!!", "xx-emma.lang-xx", "3mm@.l@ng99" })
    void theUsernameInsideThePasswordIsRefused(String password) {
        String padded = password.length() < 10 ? password + "-pad-pad" : password;
        assertEquals(Optional.of("Do not use your username in your password."),
                Passwords.problem(padded, "emma.lang"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "correct-horse-battery", "violet kayak orchard", "Tr0mb0ne-Lagoon-7", "8361947205",
            "rowing at dawn on the river" })
    void anUncommonPasswordOfTenOrMoreCharactersIsAccepted(String password) {
        assertEquals(Optional.empty(), Passwords.problem(password, "emma.lang"));
    }

    @Test
    void lengthIsTenToTwoHundred() {
        assertEquals(Optional.of("Use 10 to 200 characters."), Passwords.problem("kayak-ab1", "x"));
        assertEquals(Optional.empty(), Passwords.problem("kayak-ab12", "x"));
        assertEquals(Optional.of("Use 10 to 200 characters."), Passwords.problem("k".repeat(99) + "j".repeat(102), "x"));
    }

    @Test
    void aShortUsernameIsNotSearchedForInsidePasswords() {
        assertEquals(Optional.empty(), Passwords.problem("violet-kayak-orchard", "ka"));
    }

    @Test
    void theCoreIsTheWordBetweenDigitsAndSymbols() {
        assertEquals("password", Passwords.core("!!password2024"));
        assertEquals("", Passwords.core("2024-12-31"));
        assertEquals("password", Passwords.deleet("p@$$w0rd"));
        assertTrue(Passwords.isRun("poiuytrewq"));
    }
}
