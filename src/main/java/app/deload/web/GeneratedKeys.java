package app.deload.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The CSRF token's HMAC key ({@code quarkus.rest-csrf.token-signature-key}), so tokens are always signed: from
 * {@code DELOAD_CSRF_KEY}; when that is unset, derived (HMAC-SHA256) from {@code DELOAD_SESSION_KEY}, which
 * instances behind one address share already, so a form opened on one is accepted by another; with neither set,
 * a random key per start (open forms then expire at a restart).
 */
public class GeneratedKeys implements ConfigSource {

    static final String CSRF_KEY = "quarkus.rest-csrf.token-signature-key";
    static final String CSRF_KEY_VARIABLE = "DELOAD_CSRF_KEY";
    static final String SESSION_KEY_VARIABLE = "DELOAD_SESSION_KEY";

    private final Map<String, String> values;

    public GeneratedKeys() {
        this(System.getenv(CSRF_KEY_VARIABLE), System.getenv(SESSION_KEY_VARIABLE));
    }

    GeneratedKeys(String csrfKey, String sessionKey) {
        values = Map.of(CSRF_KEY, csrfKey(csrfKey, sessionKey));
    }

    static String csrfKey(String csrfKey, String sessionKey) {
        if (csrfKey != null && !csrfKey.isBlank()) {
            return csrfKey;
        }
        return sessionKey == null || sessionKey.isBlank() ? random() : derived(sessionKey);
    }

    /** A key of its own for the CSRF HMAC: the session key is not used directly for a second purpose. */
    private static String derived(String sessionKey) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(sessionKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] key = mac.doFinal("deload csrf token signature".getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(key);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
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
