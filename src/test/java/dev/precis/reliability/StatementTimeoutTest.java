package dev.precis.reliability;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.precis.support.Articles;
import dev.precis.support.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * A request's statement that waits past {@code statement_timeout} (here on a row another session
 * holds) is cancelled by PostgreSQL and answered 503 with Retry-After; it does not hold its pooled
 * connection for as long as the other session likes.
 */
@QuarkusTest
class StatementTimeoutTest {

    @Test
    void shouldAnswer503WhenAStatementRunsPastTheTimeout() throws Exception {
        long id = given().contentType(ContentType.JSON).body(Map.of("text", Articles.uniqueStory()))
                .when().post("/api/v1/articles").then().statusCode(201).extract().jsonPath().getLong("id");
        try (Connection other = TestDatabase.connect()) {
            other.setAutoCommit(false);
            try (PreparedStatement lock = other.prepareStatement("select id from article where id = ? for update")) {
                lock.setLong(1, id);
                lock.executeQuery().close();
            }
            long started = System.nanoTime();
            given().when().delete("/api/v1/articles/" + id)
                    .then().statusCode(503).contentType("application/problem+json").header("Retry-After", notNullValue());
            assertTrue(System.nanoTime() - started < Duration.ofSeconds(10).toNanos(), "cut at the timeout, not when the lock is released");
            other.rollback();
        }
        given().when().delete("/api/v1/articles/" + id).then().statusCode(204);
    }
}
