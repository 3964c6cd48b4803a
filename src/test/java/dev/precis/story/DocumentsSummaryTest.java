package dev.precis.story;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.in;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.precis.support.StoryTexts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class DocumentsSummaryTest {

    private static final String FIRST = StoryTexts.flood("Lowmoor", "Ada Brenner");
    private static final String SECOND = StoryTexts.floodFollowUp("Lowmoor", "Ada Brenner");

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldSummarizeSeveralDocumentsWithEachSentenceAttributed() {
        List<String> texts = List.of(FIRST, SECOND);
        JsonPath summary = given().contentType(ContentType.JSON).body(Map.of("sentences", 3, "documents", List.of(
                        Map.of("title", "River floods Lowmoor", "text", FIRST, "publishedAt", "2024-05-03T09:00:00Z"),
                        Map.of("text", SECOND, "publishedAt", "2024-05-05T09:00:00Z"))))
                .when().post("/api/v1/summaries").then().statusCode(200)
                .body("sentences", hasSize(3))
                .body("sentences.document", everyItem(in(List.of(0, 1))))
                .extract().jsonPath();
        for (int i = 0; i < 3; i++) {
            String text = texts.get(summary.getInt("sentences[" + i + "].document"));
            assertEquals(summary.getString("sentences[" + i + "].text"),
                    text.substring(summary.getInt("sentences[" + i + "].start"), summary.getInt("sentences[" + i + "].end")));
        }
    }

    @Test
    void shouldRefuseDocumentsThatCannotBeSummarizedTogether() {
        Map<String, Object> one = Map.of("text", FIRST);
        List<Map<String, Object>> fiftyOne = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            fiftyOne.add(one);
        }
        List<Map<String, Object>> bodies = List.of(
                Map.of("documents", List.of(one)),
                Map.of("documents", fiftyOne),
                Map.of("documents", List.of(one, one), "text", FIRST),
                Map.of("documents", List.of(one, one), "ratio", 0.3),
                Map.of("documents", List.of(one, one), "sentences", 2, "maxWords", 40),
                Map.of("documents", List.of(one, Map.of("text", " "))),
                Map.of("documents", List.of(one, Map.of("title", "No text"))),
                Map.of("documents", List.of(one, Map.of("text", "a\u0000b"))),
                Map.of("documents", List.of(one, Map.of("text", SECOND, "publishedAt", "last week"))),
                Map.of("documents", List.of(one, Map.of("text", 42))));
        for (Map<String, Object> body : bodies) {
            given().contentType(ContentType.JSON).body(body).when().post("/api/v1/summaries").then().statusCode(400)
                    .contentType("application/problem+json");
        }
        given().contentType(ContentType.JSON).body(Map.of("documents", List.of(one, one), "algorithm", "lead")).when().post("/api/v1/summaries")
                .then().statusCode(400).body("errors.field", hasItem("algorithm"));
    }
}
