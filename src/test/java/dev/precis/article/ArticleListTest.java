package dev.precis.article;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.precis.support.Articles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** List pages carry what a list needs, and stay within their byte budget whatever the articles weigh. */
@QuarkusTest
class ArticleListTest {

    /** precis.pages.max-bytes as configured for the tests (its default). */
    static final int PAGE_BUDGET = 1_000_000;
    static final int LONG = 200_000;

    /** The source of the 100 long articles, stored once for the tests that need them. */
    private static String longSource;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldLeaveTheTextOutOfListItemsUnlessAsked() {
        String source = "fields-" + UUID.randomUUID();
        String text = Articles.uniqueStory();
        long id = store(Map.of("source", source, "title", "Storm cuts power", "text", text));

        JsonPath plain = given().queryParam("source", source).when().get("/api/v1/articles").then().statusCode(200).extract().jsonPath();
        Map<String, Object> item = plain.getMap("items[0]");
        assertEquals(id, ((Number) item.get("id")).longValue());
        assertFalse(item.containsKey("text"), "no text in a list item: " + item.keySet());
        assertEquals("Storm cuts power", item.get("title"));
        assertNotNull(plain.getString("items[0].summary.summary"));
        assertEquals(source, item.get("source"));
        assertFalse(item.containsKey("omitted"));

        for (String fields : List.of("text", "text,", " text ")) {
            given().queryParam("source", source).queryParam("fields", fields).when().get("/api/v1/articles")
                    .then().statusCode(200).body("items[0].text", equalTo(text));
        }
        assertFalse(given().queryParam("source", source).queryParam("fields", "").when().get("/api/v1/articles")
                .then().statusCode(200).extract().jsonPath().getMap("items[0]").containsKey("text"));
        // an article's own answer always has its text
        given().when().get("/api/v1/articles/" + id).then().statusCode(200).body("text", equalTo(text));
    }

    @Test
    void shouldRefuseUnknownFields() {
        for (String fields : List.of("body", "text,summary", "TEXT", "*", "text;text")) {
            given().queryParam("fields", fields).when().get("/api/v1/articles")
                    .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("fields"));
        }
    }

    @Test
    void shouldKeepAPageOfAHundredLongArticlesUnderItsByteBudget() {
        String source = longArticles();
        Response plain = given().queryParam("source", source).queryParam("limit", 100).when().get("/api/v1/articles")
                .then().statusCode(200).extract().response();
        assertTrue(plain.asByteArray().length < PAGE_BUDGET, "a page without texts: " + plain.asByteArray().length + " bytes");
        List<Long> all = plain.jsonPath().getList("items.id", Long.class);
        assertEquals(100, all.size(), "short items: the whole page fits");
        assertNull(plain.jsonPath().getString("next"));
        assertTrue(plain.jsonPath().getList("items.text").stream().allMatch(t -> t == null));

        // with their texts the same list comes in pages that each stay under the budget
        List<Long> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().queryParam("source", source).queryParam("limit", 100).queryParam("fields", "text");
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.when().get("/api/v1/articles").then().statusCode(200).extract().response();
            int bytes = page.asByteArray().length;
            assertTrue(bytes < PAGE_BUDGET, "page " + pages + " with texts: " + bytes + " bytes");
            List<String> texts = page.jsonPath().getList("items.text", String.class);
            assertFalse(texts.isEmpty());
            assertTrue(texts.stream().allMatch(t -> t != null && t.length() > LONG - 200), "every item carries its whole text");
            seen.addAll(page.jsonPath().getList("items.id", Long.class));
            cursor = page.jsonPath().getString("next");
            pages++;
        } while (cursor != null && pages < 200);
        assertTrue(pages > 1, "the texts need more than one page");
        assertEquals(all, seen, "every article once, in the list's order");
    }

    @Test
    void shouldListAnArticleTooLargeForAPageWithoutWhatDoesNotFit() {
        String source = "oversized-" + UUID.randomUUID();
        // 199,000 Chinese characters are nearly 600,000 bytes of JSON; in 100 sentences (the most a
        // summary holds) summarized whole (ratio 1), the summary holds them twice (its sentences and
        // its text): more than a page on its own
        String text = chineseStory(199_000);
        long id = store(Map.of("source", source, "text", text, "language", "zh", "algorithm", "lead", "ratio", 1));
        long small = store(Map.of("source", source, "text", Articles.uniqueStory()));

        JsonPath plain = given().queryParam("source", source).when().get("/api/v1/articles").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(small), plain.getList("items.id", Long.class), "the small article first, alone on its page");
        String next = plain.getString("next");
        assertNotNull(next);
        Response rest = given().queryParam("source", source).queryParam("cursor", next).when().get("/api/v1/articles")
                .then().statusCode(200).extract().response();
        assertTrue(rest.asByteArray().length < PAGE_BUDGET, rest.asByteArray().length + " bytes");
        assertEquals(List.of(id), rest.jsonPath().getList("items.id", Long.class));
        assertEquals(List.of("summary"), rest.jsonPath().getList("items[0].omitted", String.class));
        assertFalse(rest.jsonPath().getMap("items[0]").containsKey("summary"));

        Response withText = given().queryParam("source", source).queryParam("cursor", next).queryParam("fields", "text")
                .when().get("/api/v1/articles").then().statusCode(200).extract().response();
        assertTrue(withText.asByteArray().length < PAGE_BUDGET, withText.asByteArray().length + " bytes");
        assertEquals(List.of("text", "summary"), withText.jsonPath().getList("items[0].omitted", String.class));

        // the article's own URL answers all of it
        JsonPath whole = given().when().get("/api/v1/articles/" + id).then().statusCode(200).extract().jsonPath();
        assertEquals(text, whole.getString("text"));
        assertTrue(whole.getString("summary.summary").length() > 100_000);
    }

    /** 100 articles of nearly 200,000 characters in one source, stored once. */
    private static synchronized String longArticles() {
        if (longSource == null) {
            String source = "long-" + UUID.randomUUID();
            HashSet<Long> ids = new HashSet<>();
            for (int i = 0; i < 100; i++) {
                ids.add(store(Map.of("source", source, "title", "Long record " + i, "text", Articles.longStory(source + "-" + i, LONG))));
            }
            assertEquals(100, ids.size());
            longSource = source;
        }
        return longSource;
    }

    /** Sentences of 1,000 Chinese characters each, from a short list, up to {@code length} characters. */
    private static String chineseStory(int length) {
        String characters = "市议会周一通过了明年的新预算经过三个小时辩论四十八名议员中有二人投赞成票将学校支出提高百分之十并聘教师批评者说道路和桥梁仍然不足长表示于下签署该";
        Random random = new Random(7);
        StringBuilder text = new StringBuilder(UUID.randomUUID().toString()).append("。");
        while (text.length() + 1_991 <= length) {
            for (int i = 0; i < 1_990; i++) {
                text.append(characters.charAt(random.nextInt(characters.length())));
            }
            text.append("。");
        }
        return text.toString();
    }

    private static long store(Map<String, Object> article) {
        return given().contentType(ContentType.JSON).body(article).when().post("/api/v1/articles")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
