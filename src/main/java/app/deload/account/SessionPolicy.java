package app.deload.account;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long a sign-in lasts. Durations only (e.g. PT12H, P30D): a month has no fixed length. */
@ConfigMapping(prefix = "deload.session")
public interface SessionPolicy {

    /** Absolute lifetime of a session, counted from sign-in. */
    @WithDefault("PT12H")
    Duration lifetime();

    /** Absolute lifetime of a session signed in with "keep me signed in on this device". */
    @WithDefault("P30D")
    Duration rememberedLifetime();

    /** A session (not kept signed in) ends after this long without a request. */
    @WithDefault("PT2H")
    Duration idleTimeout();

    default Duration lifetime(boolean remembered) {
        return remembered ? rememberedLifetime() : lifetime();
    }
}
