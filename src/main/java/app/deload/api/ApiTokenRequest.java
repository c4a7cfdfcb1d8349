package app.deload.api;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** The token a client presented in its Authorization header, on its way to {@link ApiTokenIdentityProvider}. */
public class ApiTokenRequest extends BaseAuthenticationRequest {

    private final String token;

    public ApiTokenRequest(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }
}
