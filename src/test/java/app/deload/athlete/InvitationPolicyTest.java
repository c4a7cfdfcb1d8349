package app.deload.athlete;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/** deload.invitation.validity is a Duration: P1M (which once expired links at once) stops the start instead. */
class InvitationPolicyTest {

    @Test
    void daysAndHoursAreAccepted() {
        assertEquals(Duration.ofDays(7), validity("P7D"));
        assertEquals(Duration.ofDays(7), validity("PT168H"));
        assertEquals(Duration.ofDays(7), config(Map.of()).getConfigMapping(InvitationPolicy.class).validity());
    }

    @Test
    void monthsAndYearsAreRefusedNamingTheProperty() {
        for (String value : new String[] { "P1M", "P1Y", "seven days" }) {
            RuntimeException refused = assertThrows(RuntimeException.class, () -> validity(value));
            assertEquals(true, String.valueOf(refused.getMessage()).contains("deload.invitation.validity"),
                    refused.getMessage());
        }
    }

    private static Duration validity(String value) {
        return config(Map.of("deload.invitation.validity", value)).getConfigMapping(InvitationPolicy.class).validity();
    }

    private static SmallRyeConfig config(Map<String, String> properties) {
        return new SmallRyeConfigBuilder().withMapping(InvitationPolicy.class)
                .withSources(new PropertiesConfigSource(properties, "test", 500)).build();
    }
}
