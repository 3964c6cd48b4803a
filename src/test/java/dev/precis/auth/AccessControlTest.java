package dev.precis.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.net.URL;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.precis.support.Articles;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

@QuarkusTest
@TestProfile(AccessControlTest.KeysRequired.class)
class AccessControlTest {

    static final String READ_KEY = "pk_read_test_key_0123456789abcdef";
    static final String WRITE_KEY = "pk_write_test_key_0123456789abcdef";
    static final String ADMIN_KEY = "pk_admin_test_key_0123456789abcdef";

    /** Auth on, as in production, with one key per scope; reads open. */
    public static class KeysRequired implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("precis.auth.enabled", "true",
                    "precis.auth.keys", String.join(",", "read:" + ApiKeys.hash(READ_KEY), "write:" + ApiKeys.hash(WRITE_KEY),
                            "admin:" + ApiKeys.hash(ADMIN_KEY)));
        }
    }

    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Test
    void shouldRefuseAWriteWithoutAKey() {
        given().contentType(ContentType.JSON).body(Map.of("text", Articles.uniqueStory()))
                .when().post("/api/v1/articles")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("status", equalTo(401))
                .body("detail", containsString("X-API-Key"));
    }

    @Test
    void shouldRefuseBeforeTheBodyIsRead() {
        // a body that cannot be read would be a 400: the key is checked first
        given().contentType(ContentType.JSON).body("{\"text\": ").when().post("/api/v1/articles")
                .then().statusCode(401).contentType("application/problem+json");
        given().contentType(ContentType.JSON).header("X-API-Key", READ_KEY).body("{\"text\": ")
                .when().post("/api/v1/articles/batch")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void shouldRefuseAnUnknownKeyWithoutEchoingIt() {
        given().contentType(ContentType.JSON).header("Authorization", "Bearer not-a-key-secret-123")
                .body(Map.of("text", Articles.uniqueStory()))
                .when().post("/api/v1/articles")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("detail", equalTo("The API key is not valid"))
                .body(not(containsString("not-a-key-secret-123")));
    }

    @Test
    void shouldCheckAKeyThatIsSentEvenWhereNoneIsNeeded() {
        given().header("X-API-Key", "not-a-key-secret-456").when().get("/api/v1/articles")
                .then().statusCode(401).body(not(containsString("not-a-key-secret-456")));
        given().header("X-API-Key", READ_KEY).when().get("/api/v1/articles").then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = { "/", "/assets/app.js", "management:health/live", "management:openapi", "management:metrics" })
    void shouldServeThePageAndOperationsWithoutLookingAtAKey(String path) {
        String url = path.startsWith("management:") ? management + path.substring("management:".length()) : path;
        given().when().get(url).then().statusCode(200);
        given().header("Authorization", "Bearer not-a-key").when().get(url).then().statusCode(200);
    }

    @Test
    void shouldAcceptAWriteKeyAsBearerOrHeader() {
        given().contentType(ContentType.JSON).header("Authorization", "Bearer " + WRITE_KEY)
                .body(Map.of("text", Articles.uniqueStory()))
                .when().post("/api/v1/articles").then().statusCode(201);
        given().contentType(ContentType.JSON).header("X-API-Key", WRITE_KEY)
                .body(Map.of("text", Articles.uniqueStory()))
                .when().post("/api/v1/articles").then().statusCode(201);
        given().contentType(ContentType.JSON).header("X-API-Key", ADMIN_KEY)
                .body(Map.of("text", Articles.uniqueStory()))
                .when().post("/api/v1/articles").then().statusCode(201);
    }

    @Test
    void shouldRefuseAWriteWithAReadKey() {
        given().contentType(ContentType.JSON).header("X-API-Key", READ_KEY)
                .body(Map.of("text", Articles.uniqueStory()))
                .when().post("/api/v1/articles")
                .then().statusCode(403).contentType("application/problem+json").body("detail", containsString("write"));
    }

    @Test
    void shouldNeedTheAdminScopeToDelete() {
        long id = given().contentType(ContentType.JSON).header("X-API-Key", WRITE_KEY)
                .body(Map.of("text", Articles.uniqueStory()))
                .when().post("/api/v1/articles").then().statusCode(201).extract().jsonPath().getLong("id");
        given().when().delete("/api/v1/articles/" + id).then().statusCode(401);
        given().header("X-API-Key", WRITE_KEY).when().delete("/api/v1/articles/" + id)
                .then().statusCode(403).contentType("application/problem+json").body("detail", containsString("admin"));
        given().header("X-API-Key", ADMIN_KEY).when().delete("/api/v1/articles/" + id).then().statusCode(204);
    }

    @Test
    void shouldNeedTheWriteScopeForBatchesAndReplacements() {
        Map<String, Object> batch = Map.of("articles", java.util.List.of(Map.of("text", Articles.uniqueStory())));
        given().contentType(ContentType.JSON).body(batch).when().post("/api/v1/articles/batch").then().statusCode(401);
        given().contentType(ContentType.JSON).header("X-API-Key", READ_KEY).body(batch).when().post("/api/v1/articles/batch").then().statusCode(403);
        long id = given().contentType(ContentType.JSON).header("X-API-Key", WRITE_KEY).body(batch)
                .when().post("/api/v1/articles/batch").then().statusCode(200).extract().jsonPath().getLong("results[0].id");
        Map<String, Object> replacement = Map.of("text", Articles.uniqueStory());
        given().contentType(ContentType.JSON).body(replacement).when().put("/api/v1/articles/" + id).then().statusCode(401);
        given().contentType(ContentType.JSON).header("X-API-Key", READ_KEY).body(replacement).when().put("/api/v1/articles/" + id).then().statusCode(403);
        given().contentType(ContentType.JSON).header("X-API-Key", WRITE_KEY).body(replacement).when().put("/api/v1/articles/" + id).then().statusCode(200);
        given().when().get("/api/v1/articles/" + id + "/summary").then().statusCode(200);
    }

    @Test
    void shouldLeaveReadsAndSummariesOpenByDefault() {
        given().when().get("/api/v1/articles").then().statusCode(200);
        given().contentType("text/plain").body(Articles.STORM).when().post("/api/v1/summaries").then().statusCode(200);
    }

    @Test
    void shouldSendSecurityHeaders() {
        given().when().get("/api/v1/articles")
                .then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer");
        given().contentType(ContentType.JSON).body(Map.of("text", Articles.uniqueStory()))
                .when().post("/api/v1/articles")
                .then().statusCode(401).header("X-Content-Type-Options", "nosniff");
    }
}
