package app.deload.web;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The CSRF token's HMAC key ({@code quarkus.rest-csrf.token-signature-key}) from {@code DELOAD_CSRF_KEY}, or a
 * random one per start when it is unset, so tokens are always signed. Instances behind one address must share
 * the variable, like {@code DELOAD_SESSION_KEY}, or a form opened on one is refused by another.
 */
public class GeneratedKeys implements ConfigSource {

    static final String CSRF_KEY = "quarkus.rest-csrf.token-signature-key";
    static final String CSRF_KEY_VARIABLE = "DELOAD_CSRF_KEY";

    private final Map<String, String> values;

    public GeneratedKeys() {
        String configured = System.getenv(CSRF_KEY_VARIABLE);
        values = Map.of(CSRF_KEY, configured == null || configured.isBlank() ? random() : configured);
    }

    private static String random() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key);
    }

    @Override
    public Set<String> getPropertyNames() {
        return values.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return values.get(propertyName);
    }

    @Override
    public String getName() {
        return "deload-generated-keys";
    }

    /** Below application.properties (250), so a configured key there wins too. */
    @Override
    public int getOrdinal() {
        return 200;
    }
}
