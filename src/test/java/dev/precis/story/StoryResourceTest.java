package dev.precis.story;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.precis.support.Articles;
import dev.precis.support.Stories;
import dev.precis.support.StoryTexts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class StoryResourceTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    /** Stores an article; in English, which made-up words would not be recognised as. */
    private static JsonPath store(String text, String source, String publishedAt) {
        Map<String, Object> body = new HashMap<>(Map.of("text", text, "source", source, "language", "en"));
        if (publishedAt != null) {
            body.put("publishedAt", publishedAt);
        }
        return Stories.withStory(given().contentType(ContentType.JSON).body(body).when().post("/api/v1/articles")
                .then().statusCode(201).extract().jsonPath());
    }

    @Test
    void shouldShowAStoryWithItsArticlesAndNearCopies() {
        String source = "wire-" + Articles.marker();
        List<String> words = StoryTexts.vocabulary(30);
        String first = StoryTexts.madeUp(words, 0);
        JsonPath original = store(first, source, "2024-05-03T09:00:00Z");
        JsonPath related = store(StoryTexts.madeUp(words, 10), source + "-2", "2024-05-03T12:00:00Z");
        JsonPath copy = store(StoryTexts.resent(first), source, "2024-05-04T08:00:00Z");
        long story = original.getLong("storyId");
        assertEquals(story, related.getLong("storyId"));
        assertEquals(story, copy.getLong("storyId"));
        given().when().get("/api/v1/stories/" + story).then().statusCode(200)
                .body("id", equalTo((int) story))
                .body("size", equalTo(3))
                .body("sources", contains(source, source + "-2"))
                .body("firstAt", equalTo("2024-05-03T09:00:00Z"))
                .body("latestAt", equalTo("2024-05-04T08:00:00Z"))
                .body("articles.id", contains((int) copy.getLong("id"), (int) related.getLong("id"), (int) original.getLong("id")))
                .body("articles[0].copyOf", equalTo((int) original.getLong("id")))
                .body("articles[1].copyOf", nullValue());
    }

    @Test
    void shouldPageStoriesNewestFirstByTheirLatestArticle() {
        String source = "pages-" + Articles.marker();
        List<Long> stories = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            stories.add(store(StoryTexts.madeUp(StoryTexts.vocabulary(20), 0), source, "2024-06-0" + (i + 1) + "T10:00:00Z").getLong("storyId"));
        }
        assertEquals(3, stories.stream().distinct().count(), "three unrelated reports, three stories");
        JsonPath page1 = given().queryParam("source", source).queryParam("limit", 2).when().get("/api/v1/stories")
                .then().statusCode(200).body("items", hasSize(2)).body("next", notNullValue()).extract().jsonPath();
        assertEquals(List.of(stories.get(2), stories.get(1)), page1.getList("items.id", Long.class));
        given().queryParam("source", source).queryParam("limit", 2).queryParam("cursor", page1.getString("next")).when().get("/api/v1/stories")
                .then().statusCode(200).body("items.id", contains(stories.get(0).intValue())).body("next", nullValue());
        given().queryParam("source", source).queryParam("since", "2024-06-02T00:00:00Z").when().get("/api/v1/stories")
                .then().statusCode(200).body("items.id", contains(stories.get(2).intValue(), stories.get(1).intValue()));
        given().queryParam("source", source).queryParam("until", "2024-06-02T00:00:00Z").when().get("/api/v1/stories")
                .then().statusCode(200).body("items.id", contains(stories.get(0).intValue()));
        given().queryParam("source", source).queryParam("language", "de").when().get("/api/v1/stories")
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void shouldFindStoriesByTheWordsOfTheirArticles() {
        String town = Articles.marker();
        long flood = store(StoryTexts.flood(town, Articles.marker()), "search-" + Articles.marker(), null).getLong("storyId");
        given().queryParam("q", town).when().get("/api/v1/stories").then().statusCode(200).body("items.id", contains((int) flood));
        given().queryParam("q", town).queryParam("language", "en").when().get("/api/v1/stories").then().statusCode(200)
                .body("items.id", contains((int) flood));
    }

    @Test
    void shouldSummarizeAStoryWithEachSentenceAttributedToItsArticle() {
        // made-up words, so that no other test's report joins this story
        List<String> vocabulary = StoryTexts.vocabulary(30);
        String source = "summary-" + Articles.marker();
        JsonPath first = store(StoryTexts.madeUp(vocabulary, 0), source, "2024-07-01T08:00:00Z");
        JsonPath second = store(StoryTexts.madeUp(vocabulary, 10), source, "2024-07-02T08:00:00Z");
        long story = first.getLong("storyId");
        assertEquals(story, second.getLong("storyId"));
        Map<Long, String> texts = Map.of(first.getLong("id"), first.getString("text"), second.getLong("id"), second.getString("text"));
        JsonPath summary = given().queryParam("sentences", 3).when().get("/api/v1/stories/" + story + "/summary").then().statusCode(200)
                .body("storyId", equalTo((int) story))
                .body("articles", equalTo(2))
                .body("sentences", hasSize(3))
                .body("sentences.articleId", everyItem(in(List.of((int) first.getLong("id"), (int) second.getLong("id")))))
                .extract().jsonPath();
        for (int i = 0; i < 3; i++) {
            String text = texts.get(summary.getLong("sentences[" + i + "].articleId"));
            assertEquals(summary.getString("sentences[" + i + "].text"),
                    text.substring(summary.getInt("sentences[" + i + "].start"), summary.getInt("sentences[" + i + "].end")));
        }
        String words = given().queryParam("maxWords", 40).when().get("/api/v1/stories/" + story + "/summary").then().statusCode(200)
                .extract().jsonPath().getString("summary");
        assertTrue(words.split("\\s+").length <= 40, words);
    }

    @Test
    void shouldMakeTheSummaryAgainWhenTheStoryChanges() {
        List<String> words = StoryTexts.vocabulary(30);
        JsonPath first = store(StoryTexts.madeUp(words, 0), "version-" + Articles.marker(), null);
        long story = first.getLong("storyId");
        int before = given().when().get("/api/v1/stories/" + story + "/summary").then().statusCode(200)
                .body("articles", equalTo(1)).extract().jsonPath().getInt("version");
        JsonPath second = store(StoryTexts.madeUp(words, 10), "version-" + Articles.marker(), null);
        assertEquals(story, second.getLong("storyId"));
        given().when().get("/api/v1/stories/" + story + "/summary").then().statusCode(200)
                .body("articles", equalTo(2)).body("version", equalTo(before + 1));
    }

    @Test
    void shouldShrinkAStoryWhenAnArticleIsDeletedAndEndItWithItsLast() {
        List<String> words = StoryTexts.vocabulary(30);
        JsonPath first = store(StoryTexts.madeUp(words, 0), "delete-" + Articles.marker(), "2024-08-01T00:00:00Z");
        JsonPath second = store(StoryTexts.madeUp(words, 10), "delete-" + Articles.marker(), "2024-08-05T00:00:00Z");
        long story = first.getLong("storyId");
        assertEquals(story, second.getLong("storyId"));
        given().when().delete("/api/v1/articles/" + second.getLong("id")).then().statusCode(204);
        given().when().get("/api/v1/stories/" + story).then().statusCode(200).body("size", equalTo(1))
                .body("latestAt", equalTo("2024-08-01T00:00:00Z"));
        given().when().delete("/api/v1/articles/" + first.getLong("id")).then().statusCode(204);
        given().when().get("/api/v1/stories/" + story).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void shouldAnswerBadStoryRequestsWithProblems() {
        for (String path : List.of("/api/v1/stories/abc", "/api/v1/stories/0", "/api/v1/stories/-1", "/api/v1/stories/%EF%BC%91",
                "/api/v1/stories/abc/summary")) {
            given().when().get(path).then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("id"));
        }
        given().when().get("/api/v1/stories/999999999").then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/v1/stories/999999999/summary").then().statusCode(404).contentType("application/problem+json");
        long story = store(StoryTexts.madeUp(StoryTexts.vocabulary(20), 0), "bad-" + Articles.marker(), null).getLong("storyId");
        for (Map<String, Object> query : List.<Map<String, Object>>of(Map.of("sentences", 0), Map.of("sentences", "two"),
                Map.of("maxWords", 0), Map.of("sentences", 2, "maxWords", 30), Map.of("sentences", 101))) {
            given().queryParams(query).when().get("/api/v1/stories/" + story + "/summary").then().statusCode(400)
                    .contentType("application/problem+json");
        }
        for (Map<String, Object> query : List.<Map<String, Object>>of(Map.of("limit", 0), Map.of("limit", 101), Map.of("limit", "x"),
                Map.of("language", "xx"), Map.of("since", "yesterday"), Map.of("since", "2024-02-01T00:00:00Z", "until", "2024-01-01T00:00:00Z"),
                Map.of("cursor", "not-a-cursor"), Map.of("q", "x".repeat(501)), Map.of("q", "word ".repeat(33)), Map.of("source", "a\u0000b"))) {
            given().queryParams(query).when().get("/api/v1/stories").then().statusCode(400).contentType("application/problem+json");
        }
        String next = given().queryParam("limit", 1).when().get("/api/v1/stories").then().statusCode(200).extract().jsonPath().getString("next");
        assertNotEquals(null, next);
        given().queryParam("limit", 1).queryParam("language", "en").queryParam("cursor", next).when().get("/api/v1/stories")
                .then().statusCode(400).body("errors.field", hasItem("cursor"));
    }
}
