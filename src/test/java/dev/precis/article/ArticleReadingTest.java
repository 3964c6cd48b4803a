package dev.precis.article;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.precis.support.Articles;
import dev.precis.support.Resources;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Filters, full-text search, pagination under concurrent inserts, summaries on demand and conditional reads. */
@QuarkusTest
class ArticleReadingTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldFilterBySourceLanguageAndPublicationTime() {
        String source = "filters-" + UUID.randomUUID();
        long may = store(Map.of("source", source, "publishedAt", "2024-05-03T09:30:00Z", "text", Articles.uniqueStory()));
        long june = store(Map.of("source", source, "publishedAt", "2024-06-10T12:00:00+02:00", "text", Articles.uniqueStory()));
        long undated = store(Map.of("source", source, "text", Articles.uniqueStory()));
        long german = store(Map.of("source", source, "publishedAt", "2024-05-20T08:00:00Z",
                "text", Resources.read("/languages/de.txt") + " Aktenzeichen " + UUID.randomUUID() + "."));

        assertEquals(List.of(german, undated, june, may), ids(Map.of("source", source)));
        assertEquals(List.of(german), ids(Map.of("source", source, "language", "de")));
        assertEquals(List.of(undated, june, may), ids(Map.of("source", source, "language", "EN")));
        assertEquals(List.of(german, june), ids(Map.of("source", source, "since", "2024-05-04T00:00:00Z")));
        assertEquals(List.of(german, may), ids(Map.of("source", source, "until", "2024-06-10T10:00:00Z")));
        assertEquals(List.of(may), ids(Map.of("source", source, "since", "2024-05-03T09:30:00Z", "until", "2024-05-20T08:00:00Z")));
        assertEquals(List.of(june), ids(Map.of("source", source, "language", "en", "since", "2024-06-01T00:00:00Z")));
    }

    @Test
    void shouldRefuseInvalidFilters() {
        given().queryParam("language", "xx").when().get("/api/v1/articles")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("language"));
        given().queryParam("since", "yesterday").when().get("/api/v1/articles")
                .then().statusCode(400).body("errors.field", hasItem("since"));
        given().queryParam("since", "2024-06-01T00:00:00Z").queryParam("until", "2024-05-01T00:00:00Z").when().get("/api/v1/articles")
                .then().statusCode(400).body("errors.field", hasItem("until"));
        given().queryParam("q", "x".repeat(501)).when().get("/api/v1/articles")
                .then().statusCode(400).body("errors.field", hasItem("q"));
        // at most 32 words, each a run of letters or digits, whatever separates them
        given().queryParam("q", "storm ".repeat(32)).when().get("/api/v1/articles").then().statusCode(200);
        given().queryParam("q", "storm ".repeat(33)).when().get("/api/v1/articles")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("q"));
        given().queryParam("q", "a-b-c-d-e-f-g-h-i-j-k-l-m-n-o-p-q-r-s-t-u-v-w-x-y-z-1-2-3-4-5-6-7").when().get("/api/v1/articles")
                .then().statusCode(400).body("errors.field", hasItem("q"));
    }

    @Test
    void shouldPageWithoutRepeatsOrGapsWhileArticlesAreStored() {
        String source = "keyset-" + UUID.randomUUID();
        Set<Long> before = new HashSet<>();
        for (int i = 0; i < 9; i++) {
            before.add(store(Map.of("source", source, "publishedAt", "2024-05-0" + (i + 1) + "T10:00:00Z", "text", Articles.uniqueStory())));
        }
        for (Map<String, String> filters : List.of(Map.of("source", source), Map.of("source", source, "since", "2024-05-01T00:00:00Z"),
                Map.of("source", source, "language", "en", "until", "2024-06-01T00:00:00Z"))) {
            List<Long> seen = walk(filters, 2, page -> store(Map.of("source", source, "publishedAt", "2024-05-15T10:00:00Z",
                    "text", Articles.uniqueStory())));
            assertEquals(seen.size(), new HashSet<>(seen).size(), "no article twice: " + seen);
            assertTrue(seen.containsAll(before), "every article stored before the first page: " + seen);
            List<Long> descending = new ArrayList<>(seen);
            descending.sort(java.util.Comparator.reverseOrder());
            assertEquals(descending, seen, "newest first");
        }
    }

    @Test
    void shouldFindArticlesByFullTextQueryBestFirst() {
        String word = Articles.marker();
        String source = "search-" + UUID.randomUUID();
        long inTitle = store(Map.of("source", source, "title", "Harbour " + word + " report",
                "text", "The harbour reopened on Monday after repairs. Ships queued outside the port for a day. " + UUID.randomUUID()));
        long inText = store(Map.of("source", source,
                "text", "Traders said the " + word + " market opened late. Prices rose through the morning. " + UUID.randomUUID()));
        long unrelated = store(Map.of("source", source, "text", Articles.uniqueStory()));

        List<Long> found = ids(Map.of("q", word));
        assertEquals(List.of(inTitle, inText), found, "the title match ranks first");
        // stemming: a plural in the query finds the singular in the text
        assertTrue(ids(Map.of("source", source, "q", "harbours")).contains(inTitle));
        assertTrue(ids(Map.of("source", source, "q", "\"ships queued\"")).contains(inTitle));
        assertEquals(List.of(inText), ids(Map.of("q", word + " -harbour")));
        assertTrue(!ids(Map.of("source", source, "q", "storm")).contains(inText));
        assertTrue(ids(Map.of("source", source, "q", "storm")).contains(unrelated));
    }

    @Test
    void shouldSearchEachArticleInItsOwnLanguage() {
        String source = "languages-" + UUID.randomUUID();
        long german = store(Map.of("source", source, "text", Resources.read("/languages/de.txt") + " Aktenzeichen " + UUID.randomUUID() + "."));
        // German stemming: "Haushalts" and "Haushalte" find "Haushalt"
        assertEquals(List.of(german), ids(Map.of("source", source, "q", "Haushalts")));
        assertEquals(List.of(german), ids(Map.of("source", source, "language", "de", "q", "Haushalte")));
        assertEquals(List.of(), ids(Map.of("source", source, "language", "en", "q", "Haushalt")));
    }

    @Test
    void shouldPageThroughRankedResultsWhileMatchingArticlesAreStored() {
        String word = Articles.marker();
        Set<Long> before = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            // more mentions, higher rank; two articles per rank so ties are broken by id
            String mentions = (word + " ").repeat(1 + i / 2);
            before.add(store(Map.of("text", "Officials counted " + mentions + "on the quay. The count ended at noon. " + UUID.randomUUID())));
        }
        List<Long> seen = walk(Map.of("q", word), 2, page -> store(Map.of("text", "Inspectors listed " + word + " again. "
                + "The list grew. " + UUID.randomUUID())));
        assertEquals(seen.size(), new HashSet<>(seen).size(), "no article twice: " + seen);
        assertTrue(seen.containsAll(before), "every article stored before the first page: " + seen);
    }

    @Test
    void shouldRefuseACursorOfAnotherList() {
        String source = "cursor-" + UUID.randomUUID();
        store(Map.of("source", source, "text", Articles.uniqueStory()));
        store(Map.of("source", source, "text", Articles.uniqueStory()));
        String next = given().queryParam("source", source).queryParam("limit", 1).when().get("/api/v1/articles")
                .then().statusCode(200).extract().jsonPath().getString("next");
        given().queryParam("source", "other").queryParam("limit", 1).queryParam("cursor", next).when().get("/api/v1/articles")
                .then().statusCode(400).body("errors.field", hasItem("cursor"));
        given().queryParam("source", source).queryParam("q", "storm").queryParam("cursor", next).when().get("/api/v1/articles")
                .then().statusCode(400).body("errors.field", hasItem("cursor"));
        given().queryParam("source", source).queryParam("limit", 1).queryParam("cursor", next).when().get("/api/v1/articles")
                .then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void shouldSummarizeAStoredArticleAgainWithoutChangingIt() {
        JsonPath stored = given().contentType(ContentType.JSON).body(Map.of("text", Articles.harbourBridge() + " " + UUID.randomUUID(), "sentences", 3))
                .when().post("/api/v1/articles").then().statusCode(201).extract().jsonPath();
        long id = stored.getLong("id");
        given().queryParam("sentences", 1).queryParam("algorithm", "lead").queryParam("keywords", 2)
                .when().get("/api/v1/articles/" + id + "/summary")
                .then().statusCode(200)
                .body("algorithm", equalTo("lead"))
                .body("sentences", hasSize(1))
                .body("sentences[0].index", equalTo(0))
                .body("keywords", hasSize(2))
                .body("language", equalTo("en"));
        given().queryParam("ratio", 0.5).when().get("/api/v1/articles/" + id + "/summary")
                .then().statusCode(200).body("sentences.size()", equalTo(stored.getInt("summary.stats.sentenceCount") / 2));
        given().when().get("/api/v1/articles/" + id)
                .then().statusCode(200)
                .body("summary.sentences", hasSize(3))
                .body("summary.algorithm", equalTo("news-centrality"))
                .body("updatedAt", equalTo(stored.getString("updatedAt")));
        given().queryParam("sentences", 0).when().get("/api/v1/articles/" + id + "/summary")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("sentences"));
        given().queryParam("algorithm", "magic").when().get("/api/v1/articles/" + id + "/summary")
                .then().statusCode(400).body("errors.field", hasItem("algorithm"));
        given().when().get("/api/v1/articles/999999999/summary").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldAnswerConditionalAndHeadRequestsWithTheArticlesEntityTag() {
        long id = store(Map.of("text", Articles.uniqueStory()));
        String etag = given().when().get("/api/v1/articles/" + id)
                .then().statusCode(200)
                .header("ETag", matchesPattern("\"[0-9]+-[0-9a-z]+\""))
                .header("Cache-Control", "no-cache")
                .extract().header("ETag");
        given().header("If-None-Match", etag).when().get("/api/v1/articles/" + id)
                .then().statusCode(304).header("ETag", etag).body(emptyString());
        given().header("If-None-Match", "\"other\", " + etag).when().get("/api/v1/articles/" + id).then().statusCode(304);
        given().header("If-None-Match", "W/" + etag).when().get("/api/v1/articles/" + id).then().statusCode(304);
        given().header("If-None-Match", "*").when().get("/api/v1/articles/" + id).then().statusCode(304);
        given().header("If-None-Match", "\"other\"").when().get("/api/v1/articles/" + id).then().statusCode(200).body("id", equalTo((int) id));
        given().when().head("/api/v1/articles/" + id).then().statusCode(200).header("ETag", etag).body(emptyString());
        given().when().head("/api/v1/articles/999999999").then().statusCode(404);

        given().contentType(ContentType.JSON).body(Map.of("text", Articles.uniqueStory())).when().put("/api/v1/articles/" + id)
                .then().statusCode(200);
        given().header("If-None-Match", etag).when().get("/api/v1/articles/" + id)
                .then().statusCode(200).header("ETag", notNullValue()).header("ETag", org.hamcrest.Matchers.not(etag));
    }

    /** Every page of the list with these filters, calling {@code between} after each page but the last. */
    private static List<Long> walk(Map<String, String> filters, int limit, Consumer<Integer> between) {
        List<Long> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Map<String, Object> params = new HashMap<>(filters);
            params.put("limit", limit);
            if (cursor != null) {
                params.put("cursor", cursor);
            }
            JsonPath page = given().queryParams(params).when().get("/api/v1/articles").then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.id", Long.class));
            cursor = page.getString("next");
            if (cursor != null) {
                between.accept(pages);
            }
            pages++;
        } while (cursor != null && pages < 50);
        return seen;
    }

    private static List<Long> ids(Map<String, String> filters) {
        return given().queryParams(filters).queryParam("limit", 100).when().get("/api/v1/articles")
                .then().statusCode(200).extract().jsonPath().getList("items.id", Long.class);
    }

    private static long store(Map<String, Object> article) {
        return given().contentType(ContentType.JSON).body(article).when().post("/api/v1/articles")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

}
