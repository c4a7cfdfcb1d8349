package app.deload.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OpenApiTest {

    @Test
    void thePublicDocumentDescribesTheApiAndItsBearerScheme() {
        given().redirects().follow(false).accept("application/json").get("/q/openapi?format=json").then()
                .statusCode(200)
                .body("paths", hasKey("/api/v1/me")).body("paths", hasKey("/api/v1/teams"))
                .body("paths", hasKey("/api/v1/teams/{id}/athletes")).body("paths", hasKey("/api/v1/athletes/{id}"))
                .body("paths", hasKey("/api/v1/athletes/{id}/heart-rate"))
                .body("paths", not(hasKey("/teams"))).body("paths", not(hasKey("/account/tokens")))
                .body("paths", not(hasKey("/login")))
                .body("components.securitySchemes.apiToken.type", equalTo("http"))
                .body("components.securitySchemes.apiToken.scheme", equalTo("bearer"))
                .body("components.securitySchemes.apiToken.bearerFormat", equalTo("opaque"))
                .body("paths.'/api/v1/me'.get.security[0]", hasKey("apiToken"))
                .body("paths.'/api/v1/teams'.get.security[0].apiToken", contains("coach", "admin"))
                .body("info.title", equalTo("Deload API"));
    }
}
