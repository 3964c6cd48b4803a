package dev.precis.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * An endpoint that names no scope is refused to everyone, even with keys not required (the tests'
 * default): forgetting the annotation closes an endpoint instead of opening it.
 */
@QuarkusTest
class UnannotatedEndpointTest {

    /** An endpoint someone forgot to annotate; only the tests have it, and the API document leaves it out. */
    @Path("/api/v1/unannotated")
    public static class Unannotated {
        @GET
        @Operation(hidden = true)
        public String open() {
            return "open";
        }
    }

    @Test
    void shouldRefuseAnEndpointThatNamesNoScope() {
        given().when().get("/api/v1/unannotated")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", equalTo("No API key may make this request"));
    }

    @Test
    void shouldServeTheAnnotatedEndpointsWithKeysNotRequired() {
        given().header("X-API-Key", "anything").when().get("/api/v1/articles").then().statusCode(200);
    }
}
