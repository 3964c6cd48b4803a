package dev.precis.article.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.precis.PrecisConfig;
import dev.precis.support.Articles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class BatchAdmissionTest {

    @Inject
    BatchAdmission admission;

    @Inject
    PrecisConfig config;

    @Test
    void shouldRefuseABatchWithRetryAfterWhileAsManyAsAllowedAreBeingWrittenAndTakeItAfterwards() {
        String text = Articles.uniqueStory();
        String body = "{\"articles\": [{\"text\": \"" + text + "\"}]}";
        // every place taken, as by batches in progress
        List<Boolean> taken = new ArrayList<>();
        for (int i = 0; i < config.batch().maxConcurrent(); i++) {
            taken.add(admission.tryEnter());
        }
        try {
            assertTrue(taken.stream().allMatch(Boolean::booleanValue), "the places were free before the test");
            given().contentType(ContentType.JSON).body(body)
                    .when().post("/api/v1/articles/batch")
                    .then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", equalTo("5"))
                    .body("detail", containsString("precis.batch.max-concurrent"));
        } finally {
            taken.forEach(place -> admission.leave());
        }
        String status = given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/articles/batch")
                .then().statusCode(200)
                .extract().path("results[0].status");
        // "created", not "duplicate": nothing of the refused batch was stored
        assertEquals("created", status, "the same batch once a place is free");
    }
}
