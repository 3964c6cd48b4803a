package dev.precis.article;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.precis.support.Resources;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class ArticleInputAndLanguageTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    static void assertOffsetsPointInto(JsonPath article) {
        String text = article.getString("text");
        List<Map<String, Object>> sentences = article.getList("summary.sentences");
        for (Map<String, Object> s : sentences) {
            assertEquals(s.get("text"), text.substring((Integer) s.get("start"), (Integer) s.get("end")));
        }
    }

    @Test
    void shouldStoreTheTextExtractedFromAPageWithThePagesMetadata() {
        JsonPath created = given().contentType("text/html").body(Resources.uniqueBudgetPage())
                .queryParam("source", "riverton-herald").queryParam("sentences", 2)
                .when().post("/api/v1/articles")
                .then().statusCode(201)
                .header("Location", notNullValue())
                .body("title", equalTo("Council approves budget"))
                .body("url", equalTo("https://herald.example.com/news/2024/05/budget"))
                .body("publishedAt", equalTo("2024-05-06T16:45:00Z"))
                .body("source", equalTo("riverton-herald"))
                .body("format", equalTo("html"))
                .body("text", startsWith("The city council of Riverton approved a new budget on Monday"))
                .body("language", equalTo("en"))
                .body("summary.languageDetected", equalTo(true))
                .extract().jsonPath();
        assertOffsetsPointInto(created);
        JsonPath read = given().when().get("/api/v1/articles/" + created.getLong("id"))
                .then().statusCode(200)
                .body("format", equalTo("html"))
                .body("summary.languageDetected", equalTo(true))
                .extract().jsonPath();
        assertEquals(created.getString("text"), read.getString("text"));
        assertEquals(created.getString("summary.summary"), read.getString("summary.summary"));
        given().when().delete("/api/v1/articles/" + created.getLong("id")).then().statusCode(204);
    }

    @Test
    void shouldPreferTheRequestsMetadataToThePages() {
        given().contentType("text/html").body(Resources.uniqueBudgetPage())
                .queryParam("title", "Budget passes").queryParam("url", "https://wire.example.com/budget")
                .queryParam("publishedAt", "2024-05-07T08:00:00+02:00")
                .when().post("/api/v1/articles")
                .then().statusCode(201)
                .body("title", equalTo("Budget passes"))
                .body("url", equalTo("https://wire.example.com/budget"))
                .body("publishedAt", equalTo("2024-05-07T06:00:00Z"));
    }

    @Test
    void shouldStoreAPageGivenInJson() {
        given().contentType(ContentType.JSON).body(Map.of("html", Resources.uniqueBudgetPage(), "source", "json-page"))
                .when().post("/api/v1/articles")
                .then().statusCode(201)
                .body("format", equalTo("html"))
                .body("title", equalTo("Council approves budget"));
    }

    @Test
    void shouldStoreTheDetectedLanguageAndTheCleaning() {
        String scraped = Resources.read("/scraped/fisheries-talks.txt") + "\nReference " + UUID.randomUUID() + " was given to the story.\n";
        JsonPath created = given().contentType(ContentType.JSON)
                .body(Map.of("text", scraped, "title", "Seoul, Beijing agree to resume fisheries talks"))
                .when().post("/api/v1/articles")
                .then().statusCode(201)
                .body("format", equalTo("text"))
                .body("summary.cleaning.shareWidgets", equalTo(4))
                .body("summary.cleaning.copyright", equalTo(1))
                .body("summary.sentences[0].text", startsWith("South Korea and China agreed"))
                .extract().jsonPath();
        assertOffsetsPointInto(created);
        given().when().get("/api/v1/articles/" + created.getLong("id"))
                .then().statusCode(200)
                .body("summary.cleaning.shareWidgets", equalTo(4))
                .body("summary.cleaning.datelines", equalTo(2));
    }

    @Test
    void shouldStoreAnArticleInTheLanguageTheRequestNames() {
        String text = Resources.read("/languages/ru.txt") + "\nСправка " + UUID.randomUUID() + ".";
        given().contentType(ContentType.JSON).body(Map.of("text", text, "language", "ru"))
                .when().post("/api/v1/articles")
                .then().statusCode(201)
                .body("language", equalTo("ru"))
                .body("summary.language", equalTo("ru"))
                .body("summary.languageDetected", equalTo(false));
    }

    @Test
    void shouldRejectAnUnsupportedLanguage() {
        given().contentType(ContentType.JSON).body(Map.of("text", "Some text. More text.", "language", "zz"))
                .when().post("/api/v1/articles")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("language"));
    }

    @Test
    void shouldRequireExactlyOneOfTextAndHtml() {
        given().contentType(ContentType.JSON).body(Map.of("text", "Some text.", "html", "<p>Some text.</p>"))
                .when().post("/api/v1/articles")
                .then().statusCode(400).body("errors.field", containsInAnyOrder("html", "text"));
    }

    @Test
    void shouldAnswer422ForAPageWithoutArticleText() {
        given().contentType("text/html").body(Resources.read("/html/no-article.html"))
                .when().post("/api/v1/articles")
                .then().statusCode(422).contentType("application/problem+json").body("errors.field", hasItem("html"));
    }

    @Test
    void shouldRejectAPublicationTimeThatIsNotIso8601() {
        given().contentType("text/html").body(Resources.uniqueBudgetPage()).queryParam("publishedAt", "yesterday")
                .when().post("/api/v1/articles")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("publishedAt"));
    }

    @Test
    void shouldCheckQueryMetadataLikeJsonFields() {
        given().contentType("text/html").body(Resources.uniqueBudgetPage()).queryParam("source", "s".repeat(201))
                .when().post("/api/v1/articles")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("source"));
    }

    @Test
    void shouldRefuseALoneSurrogateNamingTheField() {
        // the JSON escape of half a UTF-16 pair, which UTF-8 cannot encode: stored, it would become "?"
        for (String field : List.of("text", "externalId", "title")) {
            String lone = "\"" + field + "\": \"Storm \\ud800 coast\"";
            String body = field.equals("text") ? "{" + lone + "}" : "{\"text\": \"The storm reached the coast on Monday.\", " + lone + "}";
            given().contentType(ContentType.JSON).body(body)
                    .when().post("/api/v1/articles")
                    .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(field));
        }
        given().contentType(ContentType.JSON).body("{\"text\": \"A storm \\udc00 reached the coast.\"}")
                .when().post("/api/v1/summaries")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("text"));
    }
}
