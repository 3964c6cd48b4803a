package dev.precis.reliability;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.precis.support.Articles;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * A page of 5,000 nested elements (15 KB) is refused with 422, alone or as one item of a batch
 * whose other items are stored; Readability's recursion would otherwise overflow the stack.
 */
@QuarkusTest
class DeepPagesTest {

    static final String DEEP = "<html><body>" + "<b>".repeat(5_000) + "The storm reached the coast on Monday." + "</b>".repeat(5_000) + "</body></html>";

    @TestHTTPResource("/api/v1/summaries")
    URI summaries;

    @Test
    void shouldRefuseADeeplyNestedPageWith422() throws Exception {
        // sent without REST Assured, whose logging of a failed check would print the page recursively
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(summaries).header("Content-Type", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(DEEP)).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(422, answer.statusCode(), answer.body());
        assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElse(""));
        assertTrue(answer.body().contains("\"field\":\"html\""), answer.body());
    }

    @Test
    void shouldAnswerTheDeepItemOfABatchAndStoreTheOthers() {
        String first = Articles.uniqueStory();
        String last = Articles.uniqueStory();
        given().contentType(ContentType.JSON)
                .body(Map.of("articles", List.of(Map.of("text", first), Map.of("html", DEEP), Map.of("text", last))))
                .when().post("/api/v1/articles/batch")
                .then().statusCode(200)
                .body("results[0].status", equalTo("created"))
                .body("results[1].status", equalTo("invalid"))
                .body("results[1].problem.status", equalTo(422))
                .body("results[2].status", equalTo("created"));
    }
}
