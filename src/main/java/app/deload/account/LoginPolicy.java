package app.deload.account;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "deload.login")
public interface LoginPolicy {

    /** Failed attempts in a row that lock a username. */
    @WithDefault("5")
    int maxFailures();

    /** How long a locked username is refused. */
    @WithDefault("PT15M")
    Duration lockDuration();
}
