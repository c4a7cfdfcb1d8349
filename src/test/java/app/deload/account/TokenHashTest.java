package app.deload.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TokenHashTest {

    @Test
    void isTheHexSha256OfTheTokensUtf8Bytes() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", TokenHash.of("abc"));
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", TokenHash.of(""));
        assertEquals(TokenHash.of("dl_é"), TokenHash.of(new String("dl_é".getBytes(
                java.nio.charset.StandardCharsets.UTF_8), java.nio.charset.StandardCharsets.UTF_8)));
    }
}
