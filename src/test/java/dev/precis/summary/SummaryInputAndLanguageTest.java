package dev.precis.summary;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.precis.support.Articles;
import dev.precis.support.Resources;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class SummaryInputAndLanguageTest {

    static final String FISHERIES_TITLE = "Seoul, Beijing agree to resume fisheries talks";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    static void assertOffsetsPointInto(String text, JsonPath summary) {
        List<Map<String, Object>> sentences = summary.getList("sentences");
        for (Map<String, Object> s : sentences) {
            assertEquals(s.get("text"), text.substring((Integer) s.get("start"), (Integer) s.get("end")));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"de, 6", "fr, 6", "es, 6", "it, 5", "pt, 5", "nl, 5", "ru, 5", "zh, 5", "ja, 5", "ko, 5"})
    void shouldDetectTheLanguageAndSplitItsSentences(String code, int sentences) {
        String text = Resources.read("/languages/" + code + ".txt");
        JsonPath summary = given().contentType(ContentType.JSON).body(Map.of("text", text, "sentences", 2))
                .when().post("/api/v1/summaries")
                .then().statusCode(200)
                .body("language", equalTo(code))
                .body("languageDetected", equalTo(true))
                .body("stats.sentenceCount", equalTo(sentences))
                .body("sentences", hasSize(2))
                .extract().jsonPath();
        assertOffsetsPointInto(text, summary);
    }

    @Test
    void shouldUseTheLanguageTheRequestNames() {
        given().contentType(ContentType.JSON).body(Map.of("text", Resources.read("/languages/de.txt"), "language", "DE"))
                .when().post("/api/v1/summaries")
                .then().statusCode(200)
                .body("language", equalTo("de"))
                .body("languageDetected", equalTo(false));
        given().contentType("text/plain").body(Resources.read("/languages/fr.txt")).queryParam("language", "fr")
                .when().post("/api/v1/summaries")
                .then().statusCode(200).body("language", equalTo("fr")).body("languageDetected", equalTo(false));
    }

    @Test
    void shouldRejectALanguageItDoesNotSupport() {
        for (String language : new String[] {"xx", "english", "sw"}) {
            given().contentType(ContentType.JSON).body(Map.of("text", Articles.STORM, "language", language))
                    .when().post("/api/v1/summaries")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("language"));
        }
        given().contentType("text/plain").body(Articles.STORM).queryParam("language", "klingon")
                .when().post("/api/v1/summaries")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("language"));
    }

    @Test
    void shouldReportTheCleaningAndKeepNoiseOutOfTheSummary() {
        String scraped = Resources.read("/scraped/fisheries-talks.txt");
        JsonPath summary = given().contentType(ContentType.JSON).body(Map.of("text", scraped, "title", FISHERIES_TITLE))
                .when().post("/api/v1/summaries")
                .then().statusCode(200)
                .body("sentences[0].text", startsWith("South Korea and China agreed on Tuesday"))
                .body("cleaning.shareWidgets", equalTo(4))
                .body("cleaning.headlines", equalTo(1))
                .body("cleaning.datelines", equalTo(2))
                .body("cleaning.bylines", equalTo(1))
                .body("cleaning.captions", equalTo(1))
                .body("cleaning.agencyCredits", equalTo(2))
                .body("cleaning.relatedLinks", equalTo(1))
                .body("cleaning.newsletterPrompts", equalTo(1))
                .body("cleaning.copyright", equalTo(1))
                .body("stats.sentenceCount", equalTo(7))
                .body("extracted", nullValue())
                .extract().jsonPath();
        assertOffsetsPointInto(scraped, summary);
        for (String noise : List.of("Yonhap", "Share", "(R)", "Read more", "newsletter", "©")) {
            assertFalse(summary.getString("summary").contains(noise), noise);
        }
    }

    @Test
    void shouldReportNoCleaningForACleanText() {
        given().contentType(ContentType.JSON).body(Map.of("text", Articles.STORM))
                .when().post("/api/v1/summaries")
                .then().statusCode(200)
                .body("cleaning", equalTo(Map.of()))
                .body("languageDetected", equalTo(true))
                .body("$", not(hasKey("extracted")));
    }

    @Test
    void shouldSummarizeAnHtmlPageLikeItsCleanText() {
        String page = Resources.read("/html/budget-vote.html");
        JsonPath fromPage = given().contentType("text/html").body(page).queryParam("sentences", 3)
                .when().post("/api/v1/summaries")
                .then().statusCode(200)
                .body("extracted.title", equalTo("Council approves budget"))
                .body("extracted.url", equalTo("https://herald.example.com/news/2024/05/budget"))
                .body("extracted.publishedAt", equalTo("2024-05-06T16:45:00Z"))
                .body("language", equalTo("en"))
                .extract().jsonPath();
        String extracted = fromPage.getString("extracted.text");
        assertEquals(Resources.read("/html/budget-vote.txt").strip(), extracted);
        assertOffsetsPointInto(extracted, fromPage);
        String fromText = given().contentType(ContentType.JSON)
                .body(Map.of("text", Resources.read("/html/budget-vote.txt"), "title", "Council approves budget", "sentences", 3))
                .when().post("/api/v1/summaries")
                .then().statusCode(200).extract().jsonPath().getString("summary");
        assertEquals(fromText, fromPage.getString("summary"));
    }

    @Test
    void shouldSummarizeAnHtmlPageGivenInJson() {
        given().contentType(ContentType.JSON).body(Map.of("html", Resources.read("/html/haushalt.html"), "sentences", 1))
                .when().post("/api/v1/summaries")
                .then().statusCode(200)
                .body("language", equalTo("de"))
                .body("extracted.title", equalTo("Stadtrat beschließt Haushalt"))
                .body("extracted.publishedAt", equalTo("2024-03-11T00:00:00Z"))
                .body("sentences", hasSize(1));
    }

    @Test
    void shouldSummarizeMalformedHtml() {
        given().contentType("text/html").body(Resources.read("/html/malformed.html"))
                .when().post("/api/v1/summaries")
                .then().statusCode(200)
                .body("extracted.title", equalTo("Storm cuts power to thousands"))
                .body("sentences", hasSize(3));
    }

    @Test
    void shouldAnswer422ForAPageWithoutArticleText() {
        given().contentType("text/html").body(Resources.read("/html/no-article.html"))
                .when().post("/api/v1/summaries")
                .then().statusCode(422).contentType("application/problem+json")
                .body("status", equalTo(422))
                .body("title", equalTo("Unprocessable Content"))
                .body("errors.field", hasItem("html"));
    }

    @Test
    void shouldRejectABlankPage() {
        given().contentType("text/html").body("  ")
                .when().post("/api/v1/summaries")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("html"));
    }

    @Test
    void shouldRequireExactlyOneOfTextAndHtml() {
        Map<String, Object> both = new HashMap<>(Map.of("text", Articles.STORM, "html", "<p>Storm.</p>"));
        given().contentType(ContentType.JSON).body(both)
                .when().post("/api/v1/summaries")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("html", "text"));
        given().contentType(ContentType.JSON).body(Map.of("title", "Neither"))
                .when().post("/api/v1/summaries")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("html", "text"));
    }
}
