package dev.precis.article.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

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
    void shouldRefuseABatchWithRetryAfterWhenEveryPlaceAndTheQueueAreTakenAndTakeItAfterwards() throws Exception {
        String body = "{\"articles\": [{\"text\": \"" + Articles.uniqueStory() + "\"}]}";
        int places = config.batch().maxConcurrent();
        int queue = config.batch().maxWaiting();
        // every place taken, as by batches being written, and the queue full of batches waiting
        for (int i = 0; i < places; i++) {
            assertTrue(admission.tryEnter(), "the places were free before the test");
        }
        ExecutorService waiters = Executors.newFixedThreadPool(queue);
        List<Future<Boolean>> waited = new ArrayList<>();
        try {
            for (int i = 0; i < queue; i++) {
                waited.add(waiters.submit(admission::tryEnter));
            }
            await().atMost(Duration.ofSeconds(5)).until(() -> admission.waiting() == queue);
            given().contentType(ContentType.JSON).body(body)
                    .when().post("/api/v1/articles/batch")
                    .then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", equalTo("5"))
                    .body("detail", containsString("precis.batch.max-waiting"));
        } finally {
            for (int i = 0; i < places; i++) {
                admission.leave();
            }
            // the waiting ones get their places in turn, and give them back
            for (Future<Boolean> place : waited) {
                if (place.get(15, TimeUnit.SECONDS)) {
                    admission.leave();
                }
            }
            waiters.shutdownNow();
        }
        // "created", not "duplicate": nothing of the refused batch was stored
        String status = given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/articles/batch")
                .then().statusCode(200)
                .extract().path("results[0].status");
        assertEquals("created", status, "the same batch once a place is free");
    }

    @Test
    void shouldLetABatchWaitForItsTurnWhileThePlacesAreTaken() throws Exception {
        int places = config.batch().maxConcurrent();
        for (int i = 0; i < places; i++) {
            assertTrue(admission.tryEnter(), "the places were free before the test");
        }
        ExecutorService writer = Executors.newSingleThreadExecutor();
        try {
            // the batches being written end half a second after the request arrives
            writer.submit(() -> {
                await().atMost(Duration.ofSeconds(5)).until(() -> admission.waiting() == 1);
                Thread.sleep(500);
                for (int i = 0; i < places; i++) {
                    admission.leave();
                }
                return null;
            });
            given().contentType(ContentType.JSON).body("{\"articles\": [{\"text\": \"" + Articles.uniqueStory() + "\"}]}")
                    .when().post("/api/v1/articles/batch")
                    .then().statusCode(200)
                    .body("results[0].status", equalTo("created"));
        } finally {
            writer.shutdown();
            assertTrue(writer.awaitTermination(10, TimeUnit.SECONDS));
        }
    }
}
