package dev.precis.reliability;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.precis.support.Articles;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** The database goes away for real (its connections are cut) and comes back. */
@QuarkusTest
@TestProfile(DatabaseFaultTest.Proxied.class)
class DatabaseFaultTest {

    @TestHTTPResource(value = "/health", management = true)
    URL health;

    /** Its own profile, so the service that talks through the proxy is started for this class alone. */
    public static class Proxied implements QuarkusTestProfile {
        @Override
        public java.util.List<TestResourceEntry> testResources() {
            return java.util.List.of(new TestResourceEntry(DatabaseThroughProxy.class));
        }
    }

    static final long BOUND_MS = 2000;

    @AfterEach
    void bringTheDatabaseBack() throws Exception {
        DatabaseThroughProxy.proxy.restore();
    }

    @Test
    void shouldAnswer503WhileTheDatabaseIsAwayAndRecoverByItself() throws Exception {
        long id = given().contentType(ContentType.JSON).body(Map.of("text", Articles.uniqueStory()))
                .when().post("/api/v1/articles").then().statusCode(201).extract().jsonPath().getLong("id");

        DatabaseThroughProxy.proxy.cut();

        timed(() -> given().contentType("text/plain").body(Articles.STORM)
                .when().post("/api/v1/summaries")
                .then().statusCode(200).body("sentences.size()", equalTo(3)));
        timed(() -> given().contentType(ContentType.JSON).body(Map.of("text", Articles.uniqueStory()))
                .when().post("/api/v1/articles")
                .then().statusCode(503).contentType("application/problem+json").header("Retry-After", notNullValue()));
        timed(() -> given().when().get("/api/v1/articles/" + id)
                .then().statusCode(503).contentType("application/problem+json").header("Retry-After", notNullValue()));
        timed(() -> given().when().get("/api/v1/articles")
                .then().statusCode(503).header("Retry-After", notNullValue()));
        timed(() -> given().when().delete("/api/v1/articles/" + id).then().statusCode(503));
        timed(() -> given().contentType(ContentType.JSON)
                .body(Map.of("articles", java.util.List.of(Map.of("text", Articles.uniqueStory()), Map.of("text", Articles.uniqueStory()))))
                .when().post("/api/v1/articles/batch")
                .then().statusCode(503).contentType("application/problem+json").header("Retry-After", notNullValue()));
        timed(() -> given().contentType(ContentType.JSON).body(Map.of("text", Articles.uniqueStory()))
                .when().put("/api/v1/articles/" + id).then().statusCode(503).header("Retry-After", notNullValue()));
        timed(() -> given().queryParam("q", "storm").queryParam("language", "en").when().get("/api/v1/articles")
                .then().statusCode(503).header("Retry-After", notNullValue()));
        timed(() -> given().when().get("/api/v1/articles/" + id + "/summary").then().statusCode(503));
        given().when().get(health + "/ready").then().statusCode(503).body("status", equalTo("DOWN"));
        given().when().get(health + "/live").then().statusCode(200).body("status", equalTo("UP"));

        DatabaseThroughProxy.proxy.restore();

        Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                given().when().get("/api/v1/articles/" + id).then().statusCode(200));
        given().contentType(ContentType.JSON).body(Map.of("text", Articles.uniqueStory()))
                .when().post("/api/v1/articles").then().statusCode(201);
        Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                given().when().get(health + "/ready").then().statusCode(200));
    }

    @Test
    void shouldNotExhaustWorkersWhileTheDatabaseIsAway() throws Exception {
        DatabaseThroughProxy.proxy.cut();
        // more concurrent requests than the pool has connections, each answered within the bound
        var pool = java.util.concurrent.Executors.newFixedThreadPool(40);
        try {
            var futures = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
            long started = System.nanoTime();
            for (int i = 0; i < 40; i++) {
                futures.add(pool.submit(() -> given().when().get("/api/v1/articles").then().extract().statusCode()));
            }
            for (var f : futures) {
                assertTrue(f.get() == 503, "503 while the database is away");
            }
            long elapsedMs = (System.nanoTime() - started) / 1_000_000;
            assertTrue(elapsedMs < 3 * BOUND_MS, "40 requests answered in " + elapsedMs + " ms");
        } finally {
            pool.shutdownNow();
        }
        DatabaseThroughProxy.proxy.restore();
        Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                given().when().get("/api/v1/articles").then().statusCode(200));
    }

    private static void timed(Runnable request) {
        long started = System.nanoTime();
        request.run();
        long elapsedMs = (System.nanoTime() - started) / 1_000_000;
        assertTrue(elapsedMs < BOUND_MS, "answered in " + elapsedMs + " ms, bound " + BOUND_MS + " ms");
    }
}
