package dev.precis.reliability;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.precis.summary.Algorithm;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A summary holds at most {@code precis.summary.max-sentences} (100) sentences whatever its length
 * option, through every way a summary is asked for: a ratio of 1 or a word budget of a million
 * words on a text of 66,666 one-word sentences (as many as the text limit lets through) answers
 * with 100 sentences, with every algorithm, on demand and when an article is stored.
 */
@QuarkusTest
class LongTextSummariesTest {

    static final String ONE_WORD_SENTENCES = "1.\n".repeat(66_666);
    static final int MAX_SENTENCES = 100;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldHoldAtMostMaxSentencesWithARatioOfOneWithEveryAlgorithm() {
        for (Algorithm algorithm : Algorithm.values()) {
            given().contentType("text/plain").body(ONE_WORD_SENTENCES).queryParam("ratio", 1).queryParam("algorithm", algorithm.id())
                    .when().post("/api/v1/summaries")
                    .then().statusCode(200)
                    .body("stats.sentenceCount", equalTo(66_666))
                    .body("sentences", hasSize(MAX_SENTENCES));
        }
    }

    @Test
    void shouldHoldAtMostMaxSentencesWithAHugeWordBudget() {
        given().contentType(ContentType.JSON).body(Map.of("text", ONE_WORD_SENTENCES, "maxWords", 1_000_000))
                .when().post("/api/v1/summaries")
                .then().statusCode(200)
                .body("sentences", hasSize(MAX_SENTENCES));
    }

    @Test
    void shouldHoldAtMostMaxSentencesInAStoredSummaryAndOneOnDemand() {
        String text = "2.\n".repeat(66_666);
        int id = given().contentType(ContentType.JSON).body(Map.of("text", text, "ratio", 1))
                .when().post("/api/v1/articles")
                .then().statusCode(201)
                .body("summary.sentences", hasSize(MAX_SENTENCES))
                .extract().path("id");
        given().queryParam("maxWords", 1_000_000).queryParam("algorithm", "lexrank")
                .when().get("/api/v1/articles/{id}/summary", id)
                .then().statusCode(200)
                .body("sentences", hasSize(MAX_SENTENCES));
        given().when().delete("/api/v1/articles/{id}", id).then().statusCode(204);
    }
}
