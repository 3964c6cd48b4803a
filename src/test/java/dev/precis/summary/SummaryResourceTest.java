package dev.precis.summary;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.precis.support.Articles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class SummaryResourceTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldSummarizeJsonWithSentencesThatPointIntoTheText() {
        Response response = given().contentType(ContentType.JSON)
                .body(Map.of("text", Articles.STORM, "title", "Storm cuts power", "sentences", 2))
                .when().post("/api/v1/summaries")
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("sentences", hasSize(2))
                .body("algorithm", equalTo("news-centrality"))
                .body("language", equalTo("en"))
                .body("stats.sentenceCount", equalTo(5))
                .body("stats.wordCount", notNullValue())
                .extract().response();
        List<Map<String, Object>> sentences = response.jsonPath().getList("sentences");
        StringBuilder joined = new StringBuilder();
        for (Map<String, Object> s : sentences) {
            int start = (Integer) s.get("start");
            int end = (Integer) s.get("end");
            assertEquals(Articles.STORM.substring(start, end), s.get("text"));
            joined.append(joined.length() > 0 ? " " : "").append(s.get("text"));
        }
        assertEquals(joined.toString(), response.jsonPath().getString("summary"));
    }

    @Test
    void shouldDefaultToThreeSentences() {
        given().contentType(ContentType.JSON).body(Map.of("text", Articles.STORM))
                .when().post("/api/v1/summaries")
                .then().statusCode(200).body("sentences", hasSize(3));
    }

    @Test
    void shouldSummarizePlainTextWithOptionsInTheQuery() {
        given().contentType("text/plain").body(Articles.STORM)
                .queryParam("sentences", 1).queryParam("algorithm", "lead")
                .when().post("/api/v1/summaries")
                .then().statusCode(200)
                .body("sentences", hasSize(1))
                .body("sentences[0].index", equalTo(0))
                .body("algorithm", equalTo("lead"));
    }

    @Test
    void shouldRejectBlankText() {
        given().contentType(ContentType.JSON).body(Map.of("text", "   \n "))
                .when().post("/api/v1/summaries")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("title", equalTo("Bad Request"))
                .body("errors.field", hasItem("text"));
    }

    @Test
    void shouldRejectMissingText() {
        given().contentType(ContentType.JSON).body("{\"title\": \"no text\"}")
                .when().post("/api/v1/summaries")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("text"));
    }

    @Test
    void shouldRejectBlankPlainText() {
        given().contentType("text/plain").body(" ")
                .when().post("/api/v1/summaries")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("text"));
    }

    @Test
    void shouldRejectMalformedJson() {
        given().contentType(ContentType.JSON).body("{\"text\": \"unterminated")
                .when().post("/api/v1/summaries")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", notNullValue())
                .body("detail", not(containsString("Exception")));
    }

    @Test
    void shouldNameAFieldOfTheWrongType() {
        given().contentType(ContentType.JSON).body("{\"text\": \"Some text.\", \"sentences\": \"three\"}")
                .when().post("/api/v1/summaries")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("sentences"));
    }

    @Test
    void shouldRejectOutOfRangeSentences() {
        for (int sentences : new int[] {0, -1, 101}) {
            given().contentType(ContentType.JSON).body(Map.of("text", Articles.STORM, "sentences", sentences))
                    .when().post("/api/v1/summaries")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("sentences"));
        }
        given().contentType("text/plain").body(Articles.STORM).queryParam("sentences", "many")
                .when().post("/api/v1/summaries")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("sentences"));
    }

    @Test
    void shouldRejectConflictingLengths() {
        given().contentType(ContentType.JSON).body(Map.of("text", Articles.STORM, "sentences", 2, "ratio", 0.5))
                .when().post("/api/v1/summaries")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("ratio"));
    }

    @Test
    void shouldRejectAnUnknownAlgorithm() {
        given().contentType(ContentType.JSON).body(Map.of("text", Articles.STORM, "algorithm", "magic"))
                .when().post("/api/v1/summaries")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("algorithm"));
    }

    @Test
    void shouldRejectAnUnsupportedContentType() {
        given().contentType("application/xml").body("<text>hello</text>")
                .when().post("/api/v1/summaries")
                .then().statusCode(415).contentType("application/problem+json").body("status", equalTo(415));
    }

    @Test
    void shouldRejectABodyOverTheLimit() {
        String huge = "word ".repeat(220_000);
        given().contentType("text/plain").body(huge)
                .when().post("/api/v1/summaries")
                .then().statusCode(413).contentType("application/problem+json").body("status", equalTo(413));
    }

    @Test
    void shouldRejectATextOverTheLengthLimit() {
        String longText = "This sentence is repeated to make the text long. ".repeat(4_200);
        given().contentType("text/plain").body(longText)
                .when().post("/api/v1/summaries")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("text"));
    }

    @Test
    void shouldScoreEverySentenceBetweenZeroAndOne() {
        given().contentType(ContentType.JSON).body(Map.of("text", Articles.STORM, "sentences", 5))
                .when().post("/api/v1/summaries")
                .then().statusCode(200)
                .body("sentences.score", everyItem(org.hamcrest.Matchers.both(org.hamcrest.Matchers.greaterThanOrEqualTo(0f))
                        .and(org.hamcrest.Matchers.lessThanOrEqualTo(1f))));
    }

    @Test
    void shouldAcceptEveryAlgorithm() {
        for (String algorithm : new String[] {"news-centrality", "textrank", "lexrank", "luhn", "lead"}) {
            given().contentType(ContentType.JSON).body(Map.of("text", Articles.STORM, "sentences", 2, "algorithm", algorithm))
                    .when().post("/api/v1/summaries")
                    .then().statusCode(200).body("algorithm", equalTo(algorithm)).body("sentences", hasSize(2));
        }
    }

    @Test
    void shouldReturnTheRequestedKeywords() {
        given().contentType(ContentType.JSON).body(Map.of("text", Articles.STORM, "keywords", 4))
                .when().post("/api/v1/summaries")
                .then().statusCode(200)
                .body("keywords", hasSize(4))
                .body("keywords[0].weight", equalTo(1.0f))
                .body("keywords.word", hasItem("power"));
        given().contentType(ContentType.JSON).body(Map.of("text", Articles.STORM, "keywords", 0))
                .when().post("/api/v1/summaries")
                .then().statusCode(200).body("keywords", hasSize(0));
        given().contentType(ContentType.JSON).body(Map.of("text", Articles.STORM))
                .when().post("/api/v1/summaries")
                .then().statusCode(200).body("keywords", hasSize(5));
    }

    @Test
    void shouldTakeLengthsAndAvoidancesAsQueryParameters() {
        String text = "\"It was terrifying,\" one resident said. " + Articles.STORM + " Will the power stay on?";
        Response response = given().contentType("text/plain").body(text)
                .queryParam("ratio", 0.5).queryParam("avoidQuotes", "true").queryParam("avoidQuestions", "true").queryParam("keywords", 2)
                .when().post("/api/v1/summaries")
                .then().statusCode(200).body("sentences", hasSize(4)).body("keywords", hasSize(2))
                .extract().response();
        for (String sentence : response.jsonPath().getList("sentences.text", String.class)) {
            assertEquals(false, sentence.startsWith("\"") || sentence.endsWith("?"), sentence);
        }
        given().contentType("text/plain").body(Articles.STORM).queryParam("maxWords", 30)
                .when().post("/api/v1/summaries")
                .then().statusCode(200).body("sentences.size()", org.hamcrest.Matchers.greaterThan(0));
    }

    @Test
    void shouldNameEveryInvalidOption() {
        given().contentType(ContentType.JSON)
                .body(Map.of("text", Articles.STORM, "keywords", -1, "ratio", 1.5, "maxWords", 0))
                .when().post("/api/v1/summaries")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("keywords"))
                .body("errors.field", hasItem("ratio"))
                .body("errors.field", hasItem("maxWords"));
        given().contentType(ContentType.JSON).body(Map.of("text", Articles.STORM, "keywords", 51))
                .when().post("/api/v1/summaries")
                .then().statusCode(400).body("errors.field", hasItem("keywords"));
        given().contentType(ContentType.JSON).body("{\"text\": \"Some text.\", \"avoidQuotes\": \"perhaps\"}")
                .when().post("/api/v1/summaries")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("avoidQuotes"));
        given().contentType("text/plain").body(Articles.STORM).queryParam("avoidQuestions", "perhaps")
                .when().post("/api/v1/summaries")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("avoidQuestions"));
        given().contentType("text/plain").body(Articles.STORM).queryParam("maxWords", 20).queryParam("sentences", 2)
                .when().post("/api/v1/summaries")
                .then().statusCode(400).body("errors.field", hasItem("maxWords"));
    }

    @Test
    void shouldNameEveryMalformedQueryParameterAtOnce() {
        given().contentType("text/plain").body(Articles.STORM).queryParam("sentences", "three").queryParam("avoidQuotes", "maybe")
                .queryParam("ratio", "half")
                .when().post("/api/v1/summaries")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("sentences"))
                .body("errors.field", hasItem("avoidQuotes"))
                .body("errors.field", hasItem("ratio"));
    }
}
