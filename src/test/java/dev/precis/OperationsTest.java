package dev.precis;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.precis.support.Articles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class OperationsTest {

    @Test
    void shouldReportReadinessOfTheDatabaseAndTheModels() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("nlp-models"))
                .body("checks.name", hasItem("Database connections health check"));
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void shouldExposeTheSummarizeTimerAndTheStoredCounter() {
        given().contentType(ContentType.JSON).body(Map.of("text", Articles.uniqueStory()))
                .when().post("/api/v1/articles").then().statusCode(201);
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("precis_summarize_seconds_count"))
                .body(containsString("precis_articles_stored_total"));
    }

    @Test
    void shouldDescribeTheApi() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/summaries'.post.summary", equalTo("Summarize a JSON article"))
                .body("paths.'/api/v1/articles'.post.responses.'201'.description", containsString("Stored"));
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }
}
