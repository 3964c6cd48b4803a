package dev.precis.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.precis.support.Articles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

@QuarkusTest
@TestProfile(ReadKeyRequiredTest.ReadsClosed.class)
class ReadKeyRequiredTest {

    static final String READ_KEY = "pk_read_only_test_key_0123456789";
    static final String WRITE_KEY = "pk_write_also_test_key_0123456789";

    /** Keys required for reads and summaries too (precis.auth.read-requires-key=true). */
    public static class ReadsClosed implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("precis.auth.enabled", "true", "precis.auth.read-requires-key", "true",
                    "precis.auth.keys", "read:" + ApiKeys.hash(READ_KEY) + ",write:" + ApiKeys.hash(WRITE_KEY));
        }
    }

    @Test
    void shouldRefuseReadsAndSummariesWithoutAKey() {
        given().when().get("/api/v1/articles").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", containsString("Bearer"));
        given().when().get("/api/v1/articles/1").then().statusCode(401);
        given().when().head("/api/v1/articles/1").then().statusCode(401);
        given().when().get("/api/v1/articles/1/summary").then().statusCode(401);
        given().contentType("text/plain").body(Articles.STORM).when().post("/api/v1/summaries").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("text", Articles.STORM)).when().post("/api/v1/summaries").then().statusCode(401);
    }

    @Test
    void shouldServeReadsAndSummariesToAnyValidKey() {
        given().header("X-API-Key", READ_KEY).when().get("/api/v1/articles").then().statusCode(200);
        given().header("Authorization", "Bearer " + WRITE_KEY).when().get("/api/v1/articles").then().statusCode(200);
        given().header("X-API-Key", READ_KEY).contentType("text/plain").body(Articles.STORM)
                .when().post("/api/v1/summaries").then().statusCode(200);
        given().header("X-API-Key", READ_KEY).when().get("/api/v1/articles/999999999").then().statusCode(404);
    }

    @Test
    void shouldStillNeedTheWriteScopeToStore() {
        given().header("X-API-Key", READ_KEY).contentType(ContentType.JSON).body(Map.of("text", Articles.uniqueStory()))
                .when().post("/api/v1/articles").then().statusCode(403).body("detail", containsString("write"));
    }

    @Test
    void shouldKeepThePageOpen() {
        given().when().get("/").then().statusCode(200);
    }
}
