package dev.precis.corpus;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.precis.summary.TermStatistics;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class CorpusStatisticsTest {

    @Inject
    CorpusStatistics statistics;

    @Test
    void shouldCountStoredArticlesAndTheirTermsOnceFolded() {
        // a made-up word no other test uses, so its document frequency is this test's alone
        StringBuilder letters = new StringBuilder("zq");
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 12).toCharArray()) {
            letters.append((char) ('a' + Character.digit(c, 16)));
        }
        String marker = letters.toString();
        statistics.fold();
        long before = statistics.lookup("en", List.of()).documents();

        long first = store("The harbour authority reported that " + marker + " shipments doubled this spring. Exports grew fast.");
        store("Dock workers said " + marker + " cargo arrived on Monday. The port stayed open all night.");
        statistics.fold();

        TermStatistics.Snapshot snapshot = statistics.lookup("en", List.of(marker, "harbour"));
        assertEquals(before + 2, snapshot.documents());
        assertEquals(2L, snapshot.documentFrequencies().get(marker));
        assertTrue(snapshot.documentFrequencies().get("harbour") >= 1);

        given().when().delete("/api/v1/articles/" + first).then().statusCode(204);
        statistics.fold();
        TermStatistics.Snapshot after = statistics.lookup("en", List.of(marker));
        assertEquals(before + 1, after.documents());
        assertEquals(1L, after.documentFrequencies().get(marker));
    }

    @Test
    void shouldLetOnlyOneFoldRunAtATime() throws Exception {
        // both folds succeed or skip; neither fails, and a second call right after finds nothing left
        store("Rain fell across the region for a third day. Rivers rose above their banks " + UUID.randomUUID() + ".");
        var other = java.util.concurrent.CompletableFuture.supplyAsync(statistics::fold);
        int mine = statistics.fold();
        int theirs = other.get();
        assertTrue(mine >= -1 && theirs >= -1);
        assertEquals(0, Math.max(0, statistics.fold()));
    }

    private static long store(String text) {
        return given().contentType(ContentType.JSON).body(Map.of("text", text))
                .when().post("/api/v1/articles")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
