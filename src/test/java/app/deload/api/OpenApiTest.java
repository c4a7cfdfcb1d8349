package app.deload.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.deload.web.ErrorPages.Problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

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

    @Test
    void everyIntegrationOperationHasASummaryItsParametersAndItsResponses() {
        ValidatableResponse doc = given().redirects().follow(false).accept("application/json")
                .get("/q/openapi?format=json").then().statusCode(200);
        String athlete = "/api/v1/athletes/{id}";
        operation(doc, athlete + "/wellness", "get", List.of("id", "from", "to"), "200", "400", "401", "404");
        operation(doc, athlete + "/wellness/{date}", "put", List.of("id", "date"), "200", "201", "400", "401", "403",
                "404");
        operation(doc, athlete + "/sessions", "get", List.of("id", "from", "to"), "200", "400", "401", "404");
        operation(doc, athlete + "/sessions", "post", List.of("id"), "201", "400", "401", "404");
        operation(doc, athlete + "/sessions/{sessionId}", "get", List.of("id", "sessionId"), "200", "401", "404");
        operation(doc, athlete + "/sessions/{sessionId}/rating", "put", List.of("id", "sessionId"), "200", "400",
                "401", "404", "409");
        operation(doc, athlete + "/metrics", "get", List.of("id", "from", "to"), "200", "400", "401", "404");
        operation(doc, athlete + "/metrics.csv", "get", List.of("id", "from", "to"), "200", "400", "401", "404");
        doc.body("paths.'/api/v1/athletes/{id}/wellness/{date}'.put.security[0].apiToken", contains("athlete"))
                .body("paths.'/api/v1/athletes/{id}/wellness/{date}'.put.requestBody.content.'application/json'"
                        + ".schema.'$ref'", endsWith("WellnessAnswersDto"))
                .body("paths.'/api/v1/athletes/{id}/sessions'.post.responses.'201'.content.'application/json'"
                        + ".schema.'$ref'", endsWith("SessionDto"))
                .body("paths.'/api/v1/athletes/{id}/metrics.csv'.get.responses.'200'.content", hasKey("text/csv"))
                .body("paths.'/api/v1/athletes/{id}/metrics'.get.responses.'400'.content", hasKey(Problem.MEDIA_TYPE))
                .body("components.schemas.WellnessAnswersDto.required", hasItems("fatigue", "sleepHours"))
                .body("components.schemas.WellnessAnswersDto.properties.fatigue.maximum", equalTo(5))
                .body("components.schemas.SessionRatingDto.properties.rpe.maximum", equalTo(10))
                .body("components.schemas.DayMetricsDto.properties", hasKey("signals"))
                .body("components.schemas.MetricDto.properties", hasKey("status"));
    }

    private static void operation(ValidatableResponse doc, String path, String method, List<String> parameters,
            String... responses) {
        String operation = "paths.'" + path + "'." + method;
        doc.body(operation + ".summary", not(emptyOrNullString()))
                .body(operation + ".description", not(emptyOrNullString()))
                .body(operation + ".parameters.name", containsInAnyOrder(parameters.toArray()))
                .body(operation + ".parameters.description", everyItem(not(emptyOrNullString())))
                .body(operation + ".responses.keySet()", hasItems(responses));
    }
}
