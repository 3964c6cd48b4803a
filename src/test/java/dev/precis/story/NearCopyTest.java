package dev.precis.story;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.precis.support.Articles;
import dev.precis.support.StoryTexts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class NearCopyTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static long store(String text) {
        return given().contentType(ContentType.JSON).body(Map.of("text", text)).when().post("/api/v1/articles")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void shouldLinkANearCopyToItsOriginal() {
        String original = StoryTexts.flood(Articles.marker(), Articles.marker());
        long first = store(original);
        given().contentType(ContentType.JSON).body(Map.of("text", StoryTexts.resent(original))).when().post("/api/v1/articles")
                .then().statusCode(201).body("copyOf", equalTo((int) first));
        given().when().get("/api/v1/articles/" + first).then().statusCode(200).body("copyOf", nullValue());
    }

    @Test
    void shouldLinkCopiesOfACopyToTheFirstOriginal() {
        String original = StoryTexts.flood(Articles.marker(), Articles.marker());
        long first = store(original);
        String copy = StoryTexts.resent(original);
        long second = store(copy);
        long third = store(copy + " Corrected spelling of a street name.");
        given().when().get("/api/v1/articles/" + second).then().body("copyOf", equalTo((int) first));
        given().when().get("/api/v1/articles/" + third).then().body("copyOf", equalTo((int) first));
    }

    @Test
    void shouldAnswerAnExactCopyWithTheStoredArticleAsBefore() {
        String text = StoryTexts.flood(Articles.marker(), Articles.marker());
        long id = store(text);
        given().contentType(ContentType.JSON).body(Map.of("text", "  " + text.replace(" ", "  ") + "\n")).when().post("/api/v1/articles")
                .then().statusCode(200).body("id", equalTo((int) id)).body("copyOf", nullValue());
    }

    @Test
    void shouldNotLinkDifferentReportsOfOneEvent() {
        String town = Articles.marker();
        String mayor = Articles.marker();
        store(StoryTexts.flood(town, mayor));
        given().contentType(ContentType.JSON).body(Map.of("text", StoryTexts.floodFollowUp(town, mayor))).when().post("/api/v1/articles")
                .then().statusCode(201).body("copyOf", nullValue());
    }

    @Test
    void shouldMakeTheFirstCopyTheOriginalWhenTheOriginalIsDeleted() {
        String original = StoryTexts.flood(Articles.marker(), Articles.marker());
        long first = store(original);
        long second = store(StoryTexts.resent(original));
        long third = store(StoryTexts.resent(original) + " A second update.");
        given().when().delete("/api/v1/articles/" + first).then().statusCode(204);
        given().when().get("/api/v1/articles/" + second).then().body("copyOf", nullValue());
        given().when().get("/api/v1/articles/" + third).then().body("copyOf", equalTo((int) second));
    }

    @Test
    void shouldEndWithOneOriginalWhenFiftyClientsPostNearCopiesAtOnce() throws Exception {
        String base = StoryTexts.flood(Articles.marker(), Articles.marker());
        ExecutorService clients = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                String text = base + " Copy number " + i + " of the wire.";
                answers.add(clients.submit(() -> {
                    start.await();
                    return given().contentType(ContentType.JSON).body(Map.of("text", text)).when().post("/api/v1/articles");
                }));
            }
            start.countDown();
            Map<Long, Long> copyOf = new HashMap<>();
            for (Future<Response> answer : answers) {
                Response response = answer.get(120, TimeUnit.SECONDS);
                assertEquals(201, response.statusCode(), response.asString());
                Object link = response.jsonPath().get("copyOf");
                copyOf.put(response.jsonPath().getLong("id"), link == null ? null : ((Number) link).longValue());
            }
            List<Long> originals = copyOf.entrySet().stream().filter(e -> e.getValue() == null).map(Map.Entry::getKey).toList();
            assertEquals(1, originals.size(), "exactly one original: " + copyOf);
            long original = originals.get(0);
            assertEquals(49, copyOf.values().stream().filter(v -> v != null && v == original).count(), "every other post links to it");
        } finally {
            clients.shutdownNow();
        }
    }
}
