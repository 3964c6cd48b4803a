package dev.precis.reliability;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.precis.support.Articles;
import dev.precis.support.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Searches over long articles stay cheap: a query of many words, over articles of 200,000
 * characters in which every word of the query recurs hundreds of times (the worst case for
 * PostgreSQL's ts_rank), is answered with its results, or with 503 when the database gives up at
 * statement_timeout, never with another failure; and the vector searches rank on is bounded by the
 * opening of the text, whatever its length.
 */
@QuarkusTest
class LongArticleSearchTest {

    static final int LONG = 200_000;
    static final Duration GENEROUS = Duration.ofSeconds(30);

    @Test
    void shouldAnswerASearchOfManyWordsOverLongArticlesWithResultsOrA503() {
        String source = "long-search-" + UUID.randomUUID();
        int stored = 40;
        for (int i = 0; i < stored; i++) {
            store(Map.of("source", source, "title", "Harbour record " + i, "text", Articles.longStory(source + "-" + i, LONG)));
        }
        String everyWord = String.join(" ", Articles.LONG_STORY_WORDS);
        assertEquals(32, Articles.LONG_STORY_WORDS.size(), "as many words as a query may have");
        String operators = "\"council harbour\" or budget -nothingq " + String.join(" or ", Articles.LONG_STORY_WORDS.subList(0, 14));
        for (Map<String, String> filters : List.of(Map.of("q", everyWord), Map.of("q", everyWord, "source", source),
                Map.of("q", everyWord, "language", "en"), Map.of("q", operators, "source", source))) {
            long started = System.nanoTime();
            Response answer = given().queryParams(filters).queryParam("limit", 100).when().get("/api/v1/articles")
                    .then().extract().response();
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertTrue(took.compareTo(GENEROUS) < 0, filters + " took " + took);
            if (answer.statusCode() == 503) {
                assertTrue(answer.contentType().startsWith("application/problem+json"));
                assertTrue(answer.header("Retry-After") != null, "503 with Retry-After");
            } else {
                assertEquals(200, answer.statusCode(), filters + ": " + answer.asString());
                if (filters.containsKey("source")) {
                    assertEquals(stored, answer.jsonPath().getList("items").size(), filters.toString());
                }
            }
        }
    }

    @Test
    void shouldRankOnAVectorBoundedByTheOpeningOfTheText() throws Exception {
        String reference = "bounded-" + UUID.randomUUID();
        long id = store(Map.of("title", "Council budget and harbour report", "text", Articles.longStory(reference, LONG)));
        try (Connection connection = TestDatabase.connect();
                PreparedStatement query = connection.prepareStatement("select"
                        + " (select sum(cardinality(v.positions)) from unnest(search_vector) as v),"
                        + " (select sum(cardinality(v.positions)) from unnest(rank_vector) as v),"
                        + " (select max(p) from unnest(rank_vector) as v cross join unnest(v.positions) as p)"
                        + " from article where id = ?")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next());
                int searched = row.getInt(1);
                int ranked = row.getInt(2);
                int last = row.getInt(3);
                // the first 2,000 characters hold at most 1,000 words, and the title a few more
                assertTrue(ranked <= 1_010, "rank vector's positions " + ranked);
                assertTrue(last <= 1_010, "rank vector's last position " + last);
                // the search vector keeps up to 256 positions of each of the text's 32 words
                assertTrue(searched > 4 * ranked, "the search vector covers the text: " + searched + " positions");
            }
        }
    }

    private static long store(Map<String, Object> article) {
        return given().contentType(ContentType.JSON).body(article).when().post("/api/v1/articles")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
