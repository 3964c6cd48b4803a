package dev.precis.summary;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.precis.support.Resources;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** A wire story posted as plain text without a title: its first line is reported as the title, not summarized. */
@QuarkusTest
class PlainTextHeadlineResourceTest {

    static final String WIRE = Resources.read("/scraped/nuclear-envoys.txt");

    @Test
    void shouldReportTheHeadlineAsTheTitleAndLeaveItOutOfTheSummary() {
        given().contentType("text/plain").body(WIRE)
                .when().post("/api/v1/summaries")
                .then().statusCode(200)
                .body("title", equalTo(PlainTextHeadlineTest.HEADLINE))
                .body("titleDetected", equalTo(true))
                .body("summary", startsWith("The chief nuclear envoys of South Korea and China met in Seoul on Tuesday"))
                .body("summary", not(containsString("on N. Korea The")));
    }

    @Test
    void shouldKeepAGivenTitle() {
        given().contentType(ContentType.JSON).body(Map.of("text", WIRE, "title", PlainTextHeadlineTest.HEADLINE))
                .when().post("/api/v1/summaries")
                .then().statusCode(200)
                .body("title", equalTo(PlainTextHeadlineTest.HEADLINE))
                .body("titleDetected", equalTo(false))
                .body("summary", startsWith("The chief nuclear envoys"));
    }

    @Test
    void shouldStoreTheDetectedHeadlineAndAnswerItOnEveryRead() {
        // a unique last line, so that this text is stored anew whatever ran before
        String text = WIRE.strip() + "\n\nReference " + java.util.UUID.randomUUID() + ".";
        long id = given().contentType(ContentType.JSON).body(Map.of("text", text))
                .when().post("/api/v1/articles")
                .then().statusCode(201)
                .body("title", equalTo(PlainTextHeadlineTest.HEADLINE))
                .body("titleDetected", equalTo(true))
                .extract().jsonPath().getLong("id");
        given().when().get("/api/v1/articles/" + id)
                .then().statusCode(200)
                .body("title", equalTo(PlainTextHeadlineTest.HEADLINE))
                .body("titleDetected", equalTo(true))
                .body("summary.summary", startsWith("The chief nuclear envoys of South Korea and China met in Seoul on Tuesday"));
    }
}
