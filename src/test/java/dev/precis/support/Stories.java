package dev.precis.support;

import static io.restassured.RestAssured.given;

import java.time.Duration;

import org.awaitility.Awaitility;

import io.restassured.path.json.JsonPath;

/** Stored articles with their story: it is assigned apart from the store, a moment after it answers. */
public final class Stories {

    private Stories() {
    }

    /** The stored article as {@code GET /api/v1/articles/{id}} answers it once its story is known (at most 30 s). */
    public static JsonPath withStory(JsonPath stored) {
        long id = stored.getLong("id");
        return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> given().get("/api/v1/articles/" + id).then().statusCode(200).extract().jsonPath(),
                        article -> article.get("storyId") != null);
    }

    /** The story of a stored article, once it is known. */
    public static long storyOf(JsonPath stored) {
        return withStory(stored).getLong("storyId");
    }
}
