package dev.precis.story;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.precis.support.Articles;
import dev.precis.support.Broker;
import dev.precis.support.RequiresBroker;
import dev.precis.support.Stories;
import dev.precis.support.StoryTexts;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Story events on the real RabbitMQ broker, through the outbox the article events take. */
@RequiresBroker
@QuarkusTest
@TestProfile(StoryEventsTest.EventsOn.class)
class StoryEventsTest {

    /** Events on, relayed quickly. */
    public static class EventsOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("precis.events.enabled", "true", "precis.events.relay-interval", "1s");
        }
    }

    static final Duration WAIT = Duration.ofSeconds(30);

    Broker broker;

    @BeforeEach
    void listen() throws Exception {
        broker = Broker.consume("story.#");
    }

    @AfterEach
    void stopListening() throws Exception {
        broker.close();
    }

    @Test
    void shouldPublishCreatedUpdatedAndDeletedStoryEvents() throws Exception {
        String town = Articles.marker();
        String mayor = Articles.marker();
        JsonPath first = store(StoryTexts.flood(town, mayor), "Floods in " + town);
        long story = first.getLong("storyId");
        Broker.Received created = broker.next(story, WAIT);
        assertNotNull(created, "created event");
        assertEquals("story.created", created.routingKey());
        assertEquals(1, created.body().path("size").asInt());
        assertEquals("Floods in " + town, created.body().path("headline").asText());
        assertEquals(first.getLong("id"), created.body().path("articleId").asLong());

        JsonPath second = store(StoryTexts.floodFollowUp(town, mayor), null);
        assertEquals(story, second.getLong("storyId"));
        Broker.Received joined = broker.next(story, WAIT);
        assertNotNull(joined, "updated event");
        assertEquals("story.updated", joined.routingKey());
        assertEquals(2, joined.body().path("size").asInt());
        assertEquals(second.getLong("id"), joined.body().path("articleId").asLong());

        given().when().delete("/api/v1/articles/" + second.getLong("id")).then().statusCode(204);
        Broker.Received left = broker.next(story, WAIT);
        assertNotNull(left);
        assertEquals("story.updated", left.routingKey());
        assertEquals(1, left.body().path("size").asInt());
        given().when().delete("/api/v1/articles/" + first.getLong("id")).then().statusCode(204);
        Broker.Received ended = broker.next(story, WAIT);
        assertNotNull(ended);
        assertEquals("story.deleted", ended.routingKey());
        assertEquals(0, ended.body().path("size").asInt());
    }

    private static JsonPath store(String text, String title) {
        Map<String, Object> body = title == null ? Map.of("text", text) : Map.of("text", text, "title", title);
        return Stories.withStory(given().contentType(ContentType.JSON).body(body).when().post("/api/v1/articles").then().statusCode(201).extract().jsonPath());
    }
}
