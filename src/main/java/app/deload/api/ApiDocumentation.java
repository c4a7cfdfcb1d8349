package app.deload.api;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The head of the OpenAPI document at /q/openapi: what the API is and how a client authenticates. */
@OpenAPIDefinition(info = @Info(title = "Deload API", version = "v1",
        description = "JSON API for integrations such as wearable sync scripts and spreadsheets. Every call "
                + "authenticates with a personal API token created under Account → API tokens and acts with the "
                + "token owner's role and access: another team's or athlete's id answers 404. Errors are RFC 7807 "
                + "problem documents (application/problem+json)."),
        security = @SecurityRequirement(name = ApiDocumentation.TOKEN_SCHEME))
@SecurityScheme(securitySchemeName = ApiDocumentation.TOKEN_SCHEME, type = SecuritySchemeType.HTTP,
        scheme = "bearer", bearerFormat = "dl_…",
        description = "A personal API token, sent as 'Authorization: Bearer <token>'.")
public final class ApiDocumentation {

    static final String TOKEN_SCHEME = "apiToken";

    private ApiDocumentation() {
    }
}
