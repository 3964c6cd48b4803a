package dev.precis;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.net.URL;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.precis.support.Articles;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class OperationsTest {

    // the management interface's root path, /q, comes first in each of these
    @TestHTTPResource(value = "/health", management = true)
    URL health;

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @TestHTTPResource(value = "/openapi", management = true)
    URL openapi;

    @TestHTTPResource(value = "/swagger-ui/", management = true)
    URL swaggerUi;

    @Test
    void shouldReportReadinessOfTheDatabaseAndTheModels() {
        given().when().get(health + "/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("nlp-models"))
                .body("checks.name", hasItem("Database connections health check"));
        given().when().get(health + "/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void shouldExposeTheSummarizeTimerAndTheStoredCounter() {
        given().contentType(ContentType.JSON).body(Map.of("text", Articles.uniqueStory()))
                .when().post("/api/v1/articles").then().statusCode(201);
        given().when().get(metrics)
                .then().statusCode(200)
                .body(containsString("precis_summarize_seconds_count"))
                .body(containsString("precis_articles_stored_total"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "/q/health", "/q/health/live", "/q/health/ready", "/q/metrics", "/q/openapi", "/q/swagger-ui/" })
    void shouldKeepOperationsOffThePublicPort(String path) {
        given().when().get(path).then().statusCode(404);
    }

    @Test
    void shouldDescribeTheApi() {
        given().queryParam("format", "json").when().get(openapi)
                .then().statusCode(200)
                .body("paths.'/api/v1/summaries'.post.summary", equalTo("Summarize a JSON article"))
                .body("paths.'/api/v1/articles'.post.responses.'201'.description", containsString("Stored"));
        given().when().get(swaggerUi).then().statusCode(200);
    }
}
