package dev.precis.story;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.precis.support.Articles;
import dev.precis.support.Stories;
import dev.precis.support.StoryTexts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

@QuarkusTest
class StoryAssignmentTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    static JsonPath store(Map<String, Object> article) {
        return Stories.withStory(given().contentType(ContentType.JSON).body(article).when().post("/api/v1/articles")
                .then().statusCode(201).extract().jsonPath());
    }

    @Test
    void shouldPutTwoReportsOfOneEventInOneStory() {
        String town = Articles.marker();
        String mayor = Articles.marker();
        long first = store(Map.of("title", "Floods in " + town, "text", StoryTexts.flood(town, mayor))).getLong("storyId");
        long second = store(Map.of("title", town + " begins to clean up", "text", StoryTexts.floodFollowUp(town, mayor))).getLong("storyId");
        assertEquals(first, second);
    }

    @Test
    void shouldStartAStoryForAnUnrelatedReport() {
        String town = Articles.marker();
        long flood = store(Map.of("text", StoryTexts.flood(town, Articles.marker()))).getLong("storyId");
        long election = store(Map.of("text", StoryTexts.election(Articles.marker(), Articles.marker()))).getLong("storyId");
        assertNotEquals(flood, election);
    }

    @Test
    void shouldPutANearCopyInItsOriginalsStory() {
        String text = StoryTexts.election(Articles.marker(), Articles.marker());
        JsonPath original = store(Map.of("text", text));
        JsonPath copy = store(Map.of("text", StoryTexts.resent(text)));
        assertEquals(original.getLong("id"), copy.getLong("copyOf"));
        assertEquals(original.getLong("storyId"), copy.getLong("storyId"));
    }

    @Test
    void shouldKeepItsStoryWhenAnArticleIsUpdated() {
        String town = Articles.marker();
        String id = "story-test:" + Articles.marker();
        JsonPath stored = store(Map.of("externalId", id, "text", StoryTexts.flood(town, Articles.marker())));
        given().contentType(ContentType.JSON).body(Map.of("externalId", id, "text", StoryTexts.election(Articles.marker(), Articles.marker())))
                .when().post("/api/v1/articles").then().statusCode(200)
                .body("storyId", org.hamcrest.Matchers.equalTo((int) stored.getLong("storyId")));
        assertEquals(stored.getLong("storyId"), Stories.storyOf(stored));
    }

    @Test
    void shouldPutFirstReportsOfOneEventPostedAtOnceIntoOneStory() throws Exception {
        String town = Articles.marker();
        String mayor = Articles.marker();
        ExecutorService clients = Executors.newFixedThreadPool(10);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                Map<String, Object> article = i % 2 == 0
                        ? Map.of("title", "Floods in " + town, "text", StoryTexts.flood(town, mayor) + " Report number " + i + ".")
                        : Map.of("title", town + " begins to clean up", "text", StoryTexts.floodFollowUp(town, mayor) + " Report number " + i + ".");
                answers.add(clients.submit(() -> {
                    start.await();
                    return given().contentType(ContentType.JSON).body(article).when().post("/api/v1/articles");
                }));
            }
            start.countDown();
            Set<Long> stories = new TreeSet<>();
            for (Future<Response> answer : answers) {
                Response response = answer.get(120, TimeUnit.SECONDS);
                assertEquals(201, response.statusCode(), response.asString());
                stories.add(Stories.storyOf(response.jsonPath()));
            }
            assertEquals(1, stories.size(), "one story for the ten reports: " + stories);
        } finally {
            clients.shutdownNow();
        }
    }
}
