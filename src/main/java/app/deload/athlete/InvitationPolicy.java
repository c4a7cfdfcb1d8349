package app.deload.athlete;

import java.time.Duration;

import org.hibernate.validator.constraints.time.DurationMin;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How long an invitation link works: a java.time.Duration (P7D, PT168H). Checked at start, so a period such as
 * P1M (months have no fixed length) or a non-positive value stops the start with the property's name.
 */
@ConfigMapping(prefix = "deload.invitation")
public interface InvitationPolicy {

    @WithDefault("P7D")
    @DurationMin(minutes = 1, message = "deload.invitation.validity must be at least one minute")
    Duration validity();
}
