package dev.precis.startup;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.precis.support.Articles;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;

/**
 * The packaged application as an operator runs it (production profile, API keys required),
 * answering what its clients ask most: summaries, stored articles, their search and removal, and
 * refusals. With the aot profile this run is also the training run of the AOT cache (see
 * docs/operations.md, "Start-up"): what it exercises is what the cache holds ready.
 */
@QuarkusIntegrationTest
@WithTestResource(PackagedServiceDatabase.class)
class PackagedServiceIT {

    private static final String WRITER = "Bearer " + PackagedServiceDatabase.WRITE_KEY;
    private static final String ADMIN = "Bearer " + PackagedServiceDatabase.ADMIN_KEY;

    @Test
    void shouldSummarizeWithoutStoring() {
        given().contentType(ContentType.JSON).body(Map.of("title", "Storm cuts power", "text", Articles.STORM, "sentences", 2))
                .when().post("/api/v1/summaries")
                .then().statusCode(200)
                .body("sentences", hasSize(2))
                .body("language", equalTo("en"));
        given().contentType(ContentType.TEXT).body(Articles.harbourBridge())
                .when().post("/api/v1/summaries?sentences=1&algorithm=lead")
                .then().statusCode(200)
                .body("sentences", hasSize(1));
    }

    @Test
    void shouldStoreFindAndDeleteAnArticle() {
        String marker = Articles.marker();
        String text = Articles.uniqueStory() + " The " + marker + " committee met on Friday.";
        String location = given().header("Authorization", WRITER).contentType(ContentType.JSON)
                .body(Map.of("title", "Council meets", "text", text, "source", "packaged-test"))
                .when().post("/api/v1/articles")
                .then().statusCode(201)
                .extract().header("Location");
        given().when().get(location).then().statusCode(200).body("source", equalTo("packaged-test"));
        given().when().get(location + "/summary?sentences=1").then().statusCode(200).body("sentences", hasSize(1));
        given().queryParam("q", marker).when().get("/api/v1/articles")
                .then().statusCode(200)
                .body("items.source", hasItem("packaged-test"));
        given().header("Authorization", ADMIN).when().delete(location).then().statusCode(204);
        given().when().get(location).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldRefuseBadRequestsWithProblems() {
        given().contentType(ContentType.JSON).body(Map.of("text", Articles.STORM, "sentences", "three"))
                .when().post("/api/v1/summaries")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("text", Articles.STORM))
                .when().post("/api/v1/articles")
                .then().statusCode(401).header("WWW-Authenticate", containsString("Bearer"));
    }
}
