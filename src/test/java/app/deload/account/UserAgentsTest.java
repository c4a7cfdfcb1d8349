package app.deload.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UserAgentsTest {

    @Test
    void namesBrowserAndSystem() {
        assertEquals("Chrome on Android", UserAgents.describe("Mozilla/5.0 (Linux; Android 14; Pixel 8) "
                + "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Mobile Safari/537.36"));
        assertEquals("Safari on iPhone", UserAgents.describe("Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) "
                + "AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1"));
        assertEquals("Edge on Windows", UserAgents.describe("Mozilla/5.0 (Windows NT 10.0; Win64; x64) "
                + "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36 Edg/124.0"));
        assertEquals("Firefox on Linux", UserAgents.describe("Mozilla/5.0 (X11; Linux x86_64; rv:125.0) "
                + "Gecko/20100101 Firefox/125.0"));
    }

    @Test
    void unknownAgentsAreShownShortened() {
        assertEquals("Unknown device", UserAgents.describe(null));
        assertEquals("Unknown device", UserAgents.describe(" "));
        assertEquals("curl", UserAgents.describe("curl/8.5.0"));
        assertEquals("sync-script/1.0", UserAgents.describe("sync-script/1.0"));
        assertEquals("x".repeat(40) + "…", UserAgents.describe("x".repeat(50)));
    }
}
