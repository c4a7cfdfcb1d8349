package app.deload.account;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Limits on failed sign-ins, counted over the lock duration. The per-address limits come first, so one address
 * can neither guess many passwords nor try one password on many usernames; the per-username lock then stops a
 * guesser spread over many addresses, except from an address where the user signed in before (so locking an
 * account from elsewhere does not lock its owner out).
 */
@ConfigMapping(prefix = "deload.login")
public interface LoginPolicy {

    /** Failed attempts in a row that lock a username. */
    @WithDefault("5")
    int maxFailures();

    /** How long a locked username is refused; also the window over which address failures are counted. */
    @WithDefault("PT15M")
    Duration lockDuration();

    /** Failed sign-ins from one address within the window after which that address is refused. */
    @WithDefault("20")
    int addressMaxFailures();

    /** Distinct usernames failing from one address within the window after which that address is refused. */
    @WithDefault("8")
    int addressMaxUsernames();

    /** How long an address where a user signed in stays known, and may sign in while the username is locked. */
    @WithDefault("P30D")
    Duration knownAddressPeriod();
}
