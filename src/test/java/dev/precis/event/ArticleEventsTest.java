package dev.precis.event;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.precis.support.Articles;
import dev.precis.support.Broker;
import dev.precis.support.RequiresBroker;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Article events on the real RabbitMQ broker: published after commit, never for a write that did
 * not commit, and kept in the outbox while the service's connection to the broker is cut (through
 * a TCP proxy), then published when it is restored.
 */
@RequiresBroker
@QuarkusTest
@TestProfile(ArticleEventsTest.EventsOn.class)
class ArticleEventsTest {

    static final Duration WAIT = Duration.ofSeconds(30);

    /** Events on, relayed quickly, through a proxy the test can cut. */
    public static class EventsOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("precis.events.enabled", "true",
                    "precis.events.relay-interval", "1s",
                    "precis.events.publish-timeout", "2s");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(BrokerThroughProxy.class));
        }
    }

    @Inject
    EntityManager entityManager;

    Broker broker;

    @BeforeEach
    void listen() throws Exception {
        broker = Broker.consume();
    }

    @AfterEach
    void stopListening() throws Exception {
        BrokerThroughProxy.proxy.restore();
        broker.close();
    }

    @Test
    void shouldPublishCreatedUpdatedAndDeletedEvents() throws Exception {
        String externalId = "feed-" + UUID.randomUUID();
        JsonPath created = post(Map.of("externalId", externalId, "url", "https://news.example.com/" + externalId, "title", "Storm",
                "source", "wire", "text", Articles.uniqueStory())).then().statusCode(201).extract().jsonPath();
        long id = created.getLong("id");

        Broker.Received event = broker.next(id, WAIT);
        assertNotNull(event, "created event");
        assertEquals("article.created", event.routingKey());
        assertEquals("application/json", event.properties().getContentType());
        assertEquals(event.body().path("eventId").asText(), event.properties().getMessageId());
        assertEquals("created", event.body().path("kind").asText());
        assertEquals(externalId, event.body().path("externalId").asText());
        assertEquals("https://news.example.com/" + externalId, event.body().path("url").asText());
        assertEquals("Storm", event.body().path("title").asText());
        assertEquals("en", event.body().path("language").asText());
        assertEquals(created.getString("summary.summary"), event.body().path("summary").asText());

        // the same text again changes nothing and publishes nothing; a changed text is an update
        post(Map.of("externalId", externalId, "text", created.getString("text"))).then().statusCode(200);
        JsonPath updated = post(Map.of("externalId", externalId, "text", Articles.uniqueStory(), "sentences", 1))
                .then().statusCode(200).extract().jsonPath();
        Broker.Received update = broker.next(id, WAIT);
        assertNotNull(update, "updated event");
        assertEquals("article.updated", update.routingKey());
        assertEquals(updated.getString("summary.summary"), update.body().path("summary").asText());
        assertTrue(update.body().path("eventId").asLong() > event.body().path("eventId").asLong(), "event ids increase");

        given().when().delete("/api/v1/articles/" + id).then().statusCode(204);
        Broker.Received deletion = broker.next(id, WAIT);
        assertNotNull(deletion, "deleted event");
        assertEquals("article.deleted", deletion.routingKey());
        assertEquals(externalId, deletion.body().path("externalId").asText());
    }

    @Test
    void shouldPublishNothingForAWriteThatDidNotCommit() throws Exception {
        String taken = Articles.uniqueStory();
        long other = post(Map.of("text", taken)).then().statusCode(201).extract().jsonPath().getLong("id");
        String externalId = "feed-" + UUID.randomUUID();
        long id = post(Map.of("externalId", externalId, "text", Articles.uniqueStory())).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        assertNotNull(broker.next(other, WAIT));
        assertNotNull(broker.next(id, WAIT));
        // refused with 409 inside the transaction: rolled back, so no event
        post(Map.of("externalId", externalId, "text", taken)).then().statusCode(409);
        awaitNothingPending();
        assertNull(broker.next(id, Duration.ofMillis(500)), "no event for a write that rolled back");
    }

    @Test
    void shouldKeepEveryWriteAndItsEventWhileTheBrokerIsAway() throws Exception {
        BrokerThroughProxy.proxy.cut();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long started = System.nanoTime();
            ids.add(post(Map.of("text", Articles.uniqueStory())).then().statusCode(201).extract().jsonPath().getLong("id"));
            assertTrue(System.nanoTime() - started < Duration.ofSeconds(2).toNanos(), "a write does not wait for the broker");
        }
        // the relay keeps trying while the broker is away: the events wait, unpublished
        Awaitility.await().pollDelay(Duration.ofSeconds(2)).atMost(WAIT).until(() -> pending(ids) == 3);
        for (long id : ids) {
            assertNull(broker.next(id, Duration.ofMillis(100)), "nothing reaches the broker while it is away");
        }

        BrokerThroughProxy.proxy.restore();
        for (long id : ids) {
            Broker.Received event = broker.next(id, Duration.ofSeconds(60));
            assertNotNull(event, "event of article " + id + " published once the broker is back");
            assertEquals("article.created", event.routingKey());
        }
        Awaitility.await().atMost(WAIT).until(() -> pending(ids) == 0);
    }

    @Test
    void shouldPublishAnEventForEachArticleABatchStores() throws Exception {
        String feed = "batch-" + UUID.randomUUID();
        JsonPath results = given().contentType(ContentType.JSON)
                .body(Map.of("articles", List.of(Map.of("externalId", feed + ":1", "text", Articles.uniqueStory()),
                        Map.of("externalId", feed + ":2", "text", " "),
                        Map.of("externalId", feed + ":3", "text", Articles.uniqueStory()))))
                .when().post("/api/v1/articles/batch")
                .then().statusCode(200).extract().jsonPath();
        for (int item : new int[] { 0, 2 }) {
            Broker.Received event = broker.next(results.getLong("results[" + item + "].id"), WAIT);
            assertNotNull(event);
            assertEquals(feed + ":" + (item + 1), event.body().path("externalId").asText());
        }
    }

    private long pending(List<Long> ids) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from article_event where published_at is null and article_id = any(?1)")
                .setParameter(1, ids.toArray(Long[]::new)).getSingleResult()).longValue());
    }

    private void awaitNothingPending() {
        Awaitility.await().atMost(WAIT).until(() -> QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from article_event where published_at is null").getSingleResult()).longValue() == 0));
    }

    private static io.restassured.response.Response post(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/articles");
    }
}
