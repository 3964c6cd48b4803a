package dev.precis.article;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.precis.corpus.CorpusStatistics;
import dev.precis.support.Articles;
import dev.precis.support.Folds;
import dev.precis.support.StoryTexts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Batches, identity by externalId or url, updates and explicit replacement. */
@QuarkusTest
class ArticleIngestTest {

    @Inject
    CorpusStatistics corpus;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldAnswerEveryItemOfABatchInOrderAndStoreTheGoodOnes() {
        String first = Articles.uniqueStory();
        String second = Articles.uniqueStory();
        String feed = "feed-" + UUID.randomUUID();
        String body = "{\"articles\": ["
                + "{\"externalId\": \"" + feed + ":1\", \"source\": \"" + feed + "\", \"text\": \"" + first + "\"},"
                + "{\"externalId\": \"" + feed + ":2\", \"text\": \"   \"},"
                + "{\"externalId\": \"" + feed + ":3\", \"text\": \"" + second + "\", \"sentences\": \"three\"},"
                + "{\"externalId\": \"" + feed + ":4\", \"source\": \"other-feed\", \"text\": \"" + first + "\"},"
                + "[\"not an article\"],"
                + "{\"externalId\": \"" + feed + ":5\", \"source\": \"" + feed + "\", \"text\": \"" + second + "\", \"sentences\": 2},"
                + "{\"text\": \"" + Articles.uniqueStory() + "\", \"algorithm\": \"magic\", \"sentences\": 0}"
                + "]}";
        JsonPath results = given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/articles/batch")
                .then().statusCode(200)
                .body("results", hasSize(7))
                .body("results.index", equalTo(List.of(0, 1, 2, 3, 4, 5, 6)))
                .body("results.status", equalTo(List.of("created", "invalid", "invalid", "duplicate", "invalid", "created", "invalid")))
                .body("results[0].externalId", equalTo(feed + ":1"))
                .body("results[0].summary", notNullValue())
                .body("results[1].problem.status", equalTo(400))
                .body("results[1].problem.errors.field", hasItem("text"))
                .body("results[1].id", nullValue())
                .body("results[2].problem.errors.field", hasItem("sentences"))
                .body("results[4].problem.status", equalTo(400))
                .body("results[6].problem.errors.field", hasItem("algorithm"))
                .body("results[6].problem.errors.field", hasItem("sentences"))
                .extract().jsonPath();
        long firstId = results.getLong("results[0].id");
        // the wire story from another feed is the article already stored
        assertEquals(firstId, results.getLong("results[3].id"));
        given().when().get("/api/v1/articles/" + firstId).then().statusCode(200)
                .body("externalId", equalTo(feed + ":1")).body("source", equalTo(feed));
        given().when().get("/api/v1/articles/" + results.getLong("results[5].id")).then().statusCode(200)
                .body("summary.sentences", hasSize(2));
        given().queryParam("source", feed).when().get("/api/v1/articles").then().statusCode(200).body("items", hasSize(2));
    }

    @Test
    void shouldStoreTheOtherItemsOfABatchTogetherWhenOneIsRefusedWithAConflict() {
        String feed = "feed-" + UUID.randomUUID();
        String taken = Articles.uniqueStory();
        long named = post(Map.of("externalId", feed + ":a", "text", Articles.uniqueStory())).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long holder = post(Map.of("externalId", feed + ":b", "text", taken)).then().statusCode(201).extract().jsonPath().getLong("id");
        String report = StoryTexts.election(Articles.marker(), Articles.marker());
        JsonPath results = given().contentType(ContentType.JSON)
                .body(Map.of("articles", List.of(
                        Map.of("externalId", feed + ":a", "text", taken),
                        Map.of("text", report),
                        Map.of("text", StoryTexts.resent(report)))))
                .when().post("/api/v1/articles/batch")
                .then().statusCode(200)
                .body("results.status", equalTo(List.of("invalid", "created", "created")))
                .body("results[0].problem.status", equalTo(409))
                .body("results[0].problem.detail", containsString("article " + holder))
                .extract().jsonPath();
        // written in the same transaction, the near copy still finds the article before it
        given().when().get("/api/v1/articles/" + results.getLong("results[2].id")).then().statusCode(200)
                .body("copyOf", equalTo((int) results.getLong("results[1].id")));
        given().when().get("/api/v1/articles/" + named).then().statusCode(200).body("text", not(equalTo(taken)));
    }

    @Test
    void shouldFindNearCopiesAndRepeatsAcrossTheTransactionsOfALargeBatch() {
        // eighteen unrelated texts: more locks than one transaction of a batch takes, so the batch
        // is written in several, and the last items repeat and copy articles of the first
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 18; i++) {
            texts.add(StoryTexts.madeUp(StoryTexts.vocabulary(20), 0));
        }
        List<Map<String, String>> items = new ArrayList<>();
        texts.forEach(text -> items.add(Map.of("text", text)));
        items.add(Map.of("text", texts.get(4)));
        items.add(Map.of("text", StoryTexts.resent(texts.get(1))));
        items.add(Map.of("text", texts.get(17)));
        JsonPath results = given().contentType(ContentType.JSON).body(Map.of("articles", items))
                .when().post("/api/v1/articles/batch")
                .then().statusCode(200)
                .body("results", hasSize(21))
                .extract().jsonPath();
        List<String> statuses = results.getList("results.status");
        for (int i = 0; i < 18; i++) {
            assertEquals("created", statuses.get(i), "item " + i);
        }
        assertEquals(List.of("duplicate", "created", "duplicate"), statuses.subList(18, 21));
        assertEquals(results.getLong("results[4].id"), results.getLong("results[18].id"));
        assertEquals(results.getLong("results[17].id"), results.getLong("results[20].id"));
        given().when().get("/api/v1/articles/" + results.getLong("results[19].id")).then().statusCode(200)
                .body("copyOf", equalTo((int) results.getLong("results[1].id")));
    }

    @Test
    void shouldUpdateAnItemOfABatchThatNamesAStoredArticle() {
        String externalId = "feed-" + UUID.randomUUID();
        long id = post(Map.of("externalId", externalId, "text", Articles.uniqueStory())).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        given().contentType(ContentType.JSON)
                .body(Map.of("articles", List.of(Map.of("externalId", externalId, "text", Articles.uniqueStory()))))
                .when().post("/api/v1/articles/batch")
                .then().statusCode(200)
                .body("results[0].status", equalTo("updated"))
                .body("results[0].id", equalTo((int) id));
    }

    @Test
    void shouldRefuseABatchThatIsEmptyTooLargeOrNotABatch() {
        given().contentType(ContentType.JSON).body("{\"articles\": []}")
                .when().post("/api/v1/articles/batch")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("articles"));
        List<Map<String, String>> tooMany = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            tooMany.add(Map.of("text", "Item " + i + " of a batch that is one too long."));
        }
        given().contentType(ContentType.JSON).body(Map.of("articles", tooMany))
                .when().post("/api/v1/articles/batch")
                .then().statusCode(400).body("errors.field", hasItem("articles")).body("detail", containsString("at most 100"));
        given().contentType(ContentType.JSON).body("[{\"text\": \"An array is not a batch.\"}]")
                .when().post("/api/v1/articles/batch")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"articles\": {\"text\": \"An object is not a list.\"}}")
                .when().post("/api/v1/articles/batch")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/articles/batch")
                .then().statusCode(400).body("errors.field", hasItem("articles"));
    }

    @Test
    void shouldUpdateTheArticleWithTheSameExternalIdWhenItsTextChanges() {
        String externalId = "feed-" + UUID.randomUUID();
        JsonPath created = post(Map.of("externalId", externalId, "title", "First version", "text", Articles.uniqueStory()))
                .then().statusCode(201).extract().jsonPath();
        long id = created.getLong("id");
        assertEquals(created.getString("createdAt"), created.getString("updatedAt"));

        String corrected = Articles.uniqueStory();
        JsonPath updated = post(Map.of("externalId", externalId, "title", "Corrected", "text", corrected, "sentences", 1))
                .then().statusCode(200)
                .header("Location", nullValue())
                .body("id", equalTo((int) id))
                .body("title", equalTo("Corrected"))
                .body("text", equalTo(corrected))
                .body("summary.sentences", hasSize(1))
                .extract().jsonPath();
        assertEquals(created.getString("createdAt"), updated.getString("createdAt"));
        assertNotEquals(created.getString("updatedAt"), updated.getString("updatedAt"));

        // the same text again changes nothing
        post(Map.of("externalId", externalId, "title", "Ignored", "text", corrected))
                .then().statusCode(200)
                .body("id", equalTo((int) id))
                .body("title", equalTo("Corrected"))
                .body("updatedAt", equalTo(updated.getString("updatedAt")));
        long rows = QuarkusTransaction.requiringNew().call(() -> Article.count("externalId", externalId));
        assertEquals(1, rows);
    }

    @Test
    void shouldUpdateTheArticleWithTheSameUrlWhenNoExternalIdIsGiven() {
        String url = "https://news.example.com/" + UUID.randomUUID();
        long id = post(Map.of("url", url, "text", Articles.uniqueStory())).then().statusCode(201).extract().jsonPath().getLong("id");
        String changed = Articles.uniqueStory();
        post(Map.of("url", url, "text", changed)).then().statusCode(200)
                .body("id", equalTo((int) id)).body("text", equalTo(changed));
    }

    @Test
    void shouldStoreSyndicatedCopyOnceWhateverItsExternalId() {
        String text = Articles.uniqueStory();
        long id = post(Map.of("externalId", "wire-" + UUID.randomUUID(), "source", "wire", "text", text))
                .then().statusCode(201).extract().jsonPath().getLong("id");
        String other = "paper-" + UUID.randomUUID();
        post(Map.of("externalId", other, "source", "paper", "text", text.replace(". ", ".\n")))
                .then().statusCode(200).body("id", equalTo((int) id)).body("source", equalTo("wire"));
        long rows = QuarkusTransaction.requiringNew().call(() -> Article.count("externalId", other));
        assertEquals(0, rows, "a duplicate keeps the identity of the article stored first");
    }

    @Test
    void shouldRefuseAnUpdateToTheTextOfAnotherArticle() {
        String taken = Articles.uniqueStory();
        long other = post(Map.of("text", taken)).then().statusCode(201).extract().jsonPath().getLong("id");
        String externalId = "feed-" + UUID.randomUUID();
        post(Map.of("externalId", externalId, "text", Articles.uniqueStory())).then().statusCode(201);
        post(Map.of("externalId", externalId, "text", taken))
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("text"))
                .body("detail", containsString("article " + other));
    }

    @Test
    void shouldReplaceAnArticleWithPut() {
        String externalId = "feed-" + UUID.randomUUID();
        JsonPath created = post(Map.of("externalId", externalId, "title", "Before", "source", "desk", "text", Articles.uniqueStory()))
                .then().statusCode(201).extract().jsonPath();
        long id = created.getLong("id");
        String etag = given().when().get("/api/v1/articles/" + id).then().statusCode(200).extract().header("ETag");
        String text = Articles.uniqueStory();
        String newEtag = given().contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("title", "After", "text", text, "algorithm", "lead", "sentences", 2))
                .when().put("/api/v1/articles/" + id)
                .then().statusCode(200)
                .header("ETag", not(equalTo(etag)))
                .body("id", equalTo((int) id))
                .body("title", equalTo("After"))
                .body("source", nullValue())
                .body("externalId", equalTo(externalId))
                .body("summary.algorithm", equalTo("lead"))
                .body("summary.sentences.index", equalTo(List.of(0, 1)))
                .body("createdAt", equalTo(created.getString("createdAt")))
                .extract().header("ETag");
        // an outdated If-Match is refused; the same replacement again changes nothing
        given().contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("text", Articles.uniqueStory()))
                .when().put("/api/v1/articles/" + id)
                .then().statusCode(412).contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body(Map.of("title", "After", "text", text, "algorithm", "lead", "sentences", 2))
                .when().put("/api/v1/articles/" + id)
                .then().statusCode(200).header("ETag", equalTo(newEtag));
    }

    @Test
    void shouldAnswerPutOfAnUnknownOrConflictingArticle() {
        given().contentType(ContentType.JSON).body(Map.of("text", Articles.uniqueStory()))
                .when().put("/api/v1/articles/999999999")
                .then().statusCode(404).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("text", Articles.uniqueStory()))
                .when().put("/api/v1/articles/abc")
                .then().statusCode(400).body("errors.field", hasItem("id"));
        String held = "feed-" + UUID.randomUUID();
        post(Map.of("externalId", held, "text", Articles.uniqueStory())).then().statusCode(201);
        long id = post(Map.of("text", Articles.uniqueStory())).then().statusCode(201).extract().jsonPath().getLong("id");
        given().contentType(ContentType.JSON).body(Map.of("externalId", held, "text", Articles.uniqueStory()))
                .when().put("/api/v1/articles/" + id)
                .then().statusCode(409).body("errors.field", hasItem("externalId"));
        given().contentType(ContentType.JSON).body(Map.of("title", "No text"))
                .when().put("/api/v1/articles/" + id)
                .then().statusCode(400).body("errors.field", hasItem("text"));
    }

    @Test
    void shouldSwapTheTermsOfAnUpdatedArticleInTheCorpusStatistics() {
        String before = Articles.marker();
        String after = Articles.marker();
        String externalId = "feed-" + UUID.randomUUID();
        Folds.foldAll(corpus);
        long documents = corpus.lookup("en", List.of()).documents();
        post(Map.of("externalId", externalId, "text", "Harbour officials counted " + before + " crates on Monday. Trade grew fast."))
                .then().statusCode(201);
        post(Map.of("externalId", externalId, "text", "Harbour officials counted " + after + " crates on Tuesday. Trade grew fast."))
                .then().statusCode(200);
        Folds.foldAll(corpus);
        var snapshot = corpus.lookup("en", List.of(before, after));
        assertEquals(documents + 1, snapshot.documents(), "an update leaves the number of documents as it was");
        assertEquals(null, snapshot.documentFrequencies().get(before), "the old text's terms are taken out");
        assertEquals(1L, snapshot.documentFrequencies().get(after));
    }

    @Test
    void shouldKeepOneArticlePerExternalIdUnderConcurrentUpdates() throws Exception {
        String externalId = "feed-" + UUID.randomUUID();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            texts.add(Articles.uniqueStory());
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<JsonPath>> answers = new ArrayList<>();
            for (String text : texts) {
                answers.add(pool.submit(() -> post(Map.of("externalId", externalId, "text", text)).then().extract().jsonPath()));
            }
            Map<Integer, Integer> ids = new HashMap<>();
            for (Future<JsonPath> answer : answers) {
                ids.merge(answer.get().getInt("id"), 1, Integer::sum);
            }
            assertEquals(1, ids.size(), "every writer got the same article: " + ids);
        } finally {
            pool.shutdownNow();
        }
        List<Article> rows = QuarkusTransaction.requiringNew().call(() -> Article.<Article>list("externalId", externalId));
        assertEquals(1, rows.size());
        assertTrue(Set.copyOf(texts).contains(rows.get(0).text), "the article holds one of the texts written");
    }

    @Test
    void shouldRecordNoEventWhileEventsAreOff() {
        long id = post(Map.of("text", Articles.uniqueStory())).then().statusCode(201).extract().jsonPath().getLong("id");
        long events = QuarkusTransaction.requiringNew().call(() -> ((Number) Article.getEntityManager()
                .createNativeQuery("select count(*) from article_event where article_id = ?1").setParameter(1, id).getSingleResult()).longValue());
        assertEquals(0, events);
    }

    private static io.restassured.response.Response post(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/articles");
    }

}
