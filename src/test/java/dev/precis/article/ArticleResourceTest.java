package dev.precis.article;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.precis.support.Articles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class ArticleResourceTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldStoreAnArticleWithItsSummary() {
        String text = Articles.uniqueStory();
        JsonPath created = given().contentType(ContentType.JSON)
                .body(Map.of("text", text, "title", "Storm cuts power", "url", "https://news.example.com/storm",
                        "source", "wire", "publishedAt", "2024-05-03T09:30:00+02:00", "sentences", 2))
                .when().post("/api/v1/articles")
                .then().statusCode(201)
                .header("Location", notNullValue())
                .body("id", notNullValue())
                .body("title", equalTo("Storm cuts power"))
                .body("text", equalTo(text))
                .body("url", equalTo("https://news.example.com/storm"))
                .body("source", equalTo("wire"))
                .body("language", equalTo("en"))
                .body("publishedAt", equalTo("2024-05-03T07:30:00Z"))
                .body("createdAt", notNullValue())
                .body("summary.sentences", hasSize(2))
                .body("summary.algorithm", equalTo("news-centrality"))
                .body("summary.stats.sentenceCount", equalTo(6))
                .extract().jsonPath();
        long id = created.getLong("id");
        given().when().post("/api/v1/articles"); // no body: must not disturb anything
        JsonPath read = given().when().get("/api/v1/articles/" + id)
                .then().statusCode(200)
                .body("id", equalTo((int) id))
                .extract().jsonPath();
        assertEquals(created.getMap("summary"), read.getMap("summary"));
        for (Map<String, Object> s : read.<Map<String, Object>>getList("summary.sentences")) {
            assertEquals(text.substring((Integer) s.get("start"), (Integer) s.get("end")), s.get("text"));
        }
    }

    @Test
    void shouldPointLocationAtTheNewArticle() {
        String location = given().contentType(ContentType.JSON).body(Map.of("text", Articles.uniqueStory()))
                .when().post("/api/v1/articles")
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.matchesPattern("^/api/v1/articles/\\d+$"))
                .extract().header("Location");
        given().when().get(location).then().statusCode(200);
    }

    @Test
    void shouldReturnTheStoredArticleForADuplicateText() {
        String text = Articles.uniqueStory();
        long id = given().contentType(ContentType.JSON).body(Map.of("text", text, "source", "first-feed"))
                .when().post("/api/v1/articles")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        // the same story from another feed, with different whitespace
        given().contentType(ContentType.JSON).body(Map.of("text", "  " + text.replace(". ", ".\n\n"), "source", "second-feed"))
                .when().post("/api/v1/articles")
                .then().statusCode(200)
                .header("Location", nullValue())
                .body("id", equalTo((int) id))
                .body("source", equalTo("first-feed"));
        long rows = QuarkusTransaction.requiringNew().call(() -> Article.count("textHash", Article.<Article>findById(id).textHash));
        assertEquals(1, rows);
    }

    @Test
    void shouldAnswer404ForAnUnknownArticle() {
        given().when().get("/api/v1/articles/999999999")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", equalTo("No article with id 999999999"));
    }

    @Test
    void shouldRejectAnIdThatIsNotANumber() {
        given().when().get("/api/v1/articles/abc")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("id"));
        given().when().get("/api/v1/articles/99999999999999999999999")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void shouldDeleteAnArticleAndThenNotFindIt() {
        long id = given().contentType(ContentType.JSON).body(Map.of("text", Articles.uniqueStory()))
                .when().post("/api/v1/articles")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        given().when().delete("/api/v1/articles/" + id).then().statusCode(204);
        given().when().get("/api/v1/articles/" + id).then().statusCode(404);
        given().when().delete("/api/v1/articles/" + id).then().statusCode(404).contentType("application/problem+json");
        long summaries = QuarkusTransaction.requiringNew().call(() -> Summary.count("id", id));
        assertEquals(0, summaries);
    }

    @Test
    void shouldReturnEveryArticleExactlyOnceAcrossPagesNewestFirst() {
        String source = "pages-" + UUID.randomUUID();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            ids.add(given().contentType(ContentType.JSON).body(Map.of("text", Articles.uniqueStory(), "source", source))
                    .when().post("/api/v1/articles")
                    .then().statusCode(201).extract().jsonPath().getLong("id"));
        }
        List<Long> seen = new ArrayList<>();
        List<Instant> created = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().queryParam("source", source).queryParam("limit", 3);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.when().get("/api/v1/articles").then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.id", Long.class));
            page.getList("items.createdAt", String.class).forEach(c -> created.add(Instant.parse(c)));
            assertTrue(page.getList("items.source", String.class).stream().allMatch(source::equals));
            cursor = page.getString("next");
            pages++;
        } while (cursor != null && pages < 10);
        assertEquals(3, pages);
        List<Long> newestFirst = new ArrayList<>(ids);
        java.util.Collections.reverse(newestFirst);
        assertEquals(newestFirst, seen);
        for (int i = 1; i < created.size(); i++) {
            assertTrue(!created.get(i).isAfter(created.get(i - 1)), "newest first");
        }
    }

    @Test
    void shouldRejectAnInvalidPageRequest() {
        given().queryParam("limit", 101).when().get("/api/v1/articles")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("limit"));
        given().queryParam("limit", 0).when().get("/api/v1/articles")
                .then().statusCode(400).body("errors.field", hasItem("limit"));
        given().queryParam("cursor", "not-a-cursor").when().get("/api/v1/articles")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("cursor"));
    }

    @Test
    void shouldRejectAnArticleWithoutText() {
        given().contentType(ContentType.JSON).body(Map.of("title", "No text"))
                .when().post("/api/v1/articles")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("text"));
    }

    @Test
    void shouldRejectAnArticleWithAMalformedDate() {
        given().contentType(ContentType.JSON).body(Map.of("text", Articles.uniqueStory(), "publishedAt", "yesterday"))
                .when().post("/api/v1/articles")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("publishedAt"));
    }

    @Test
    void shouldRejectAnArticleInAnUnsupportedContentType() {
        given().contentType("text/csv").body("a,b")
                .when().post("/api/v1/articles")
                .then().statusCode(415).contentType("application/problem+json");
    }
}
