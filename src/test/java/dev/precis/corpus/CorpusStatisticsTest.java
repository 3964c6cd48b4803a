package dev.precis.corpus;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.precis.summary.TermStatistics;
import dev.precis.support.Articles;
import dev.precis.support.Folds;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class CorpusStatisticsTest {

    @Inject
    CorpusStatistics statistics;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldCountStoredArticlesAndTheirTermsOnceFolded() {
        // a made-up word no other test uses, its own stem
        String marker = Articles.marker();
        Folds.foldAll(statistics);
        long before = statistics.lookup("en", List.of()).documents();

        long first = store("The harbour authority reported that " + marker + " shipments doubled this spring. Exports grew fast.");
        store("Dock workers said " + marker + " cargo arrived on Monday. The port stayed open all night.");
        Folds.foldAll(statistics);

        TermStatistics.Snapshot snapshot = statistics.lookup("en", List.of(marker, "harbour"));
        assertEquals(before + 2, snapshot.documents());
        assertEquals(2L, snapshot.documentFrequencies().get(marker));
        assertTrue(snapshot.documentFrequencies().get("harbour") >= 1);

        given().when().delete("/api/v1/articles/" + first).then().statusCode(204);
        Folds.foldAll(statistics);
        TermStatistics.Snapshot after = statistics.lookup("en", List.of(marker));
        assertEquals(before + 1, after.documents());
        assertEquals(1L, after.documentFrequencies().get(marker));
    }

    @Test
    void shouldVacuumTheTablesTheFoldChurns() throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        statistics.vacuum();
        for (String table : List.of("corpus_change", "term_document_frequency", "corpus_size")) {
            Instant vacuumed = null;
            // the statistics views may show the vacuum a moment after it ends
            for (int attempt = 0; attempt < 50 && (vacuumed == null || vacuumed.isBefore(before)); attempt++) {
                try (Connection connection = dataSource.getConnection();
                        PreparedStatement query = connection.prepareStatement("select last_vacuum from pg_stat_user_tables where relname = ?")) {
                    query.setString(1, table);
                    try (ResultSet row = query.executeQuery()) {
                        Timestamp last = row.next() ? row.getTimestamp(1) : null;
                        vacuumed = last == null ? null : last.toInstant();
                    }
                }
                if (vacuumed == null || vacuumed.isBefore(before)) {
                    Thread.sleep(100);
                }
            }
            assertTrue(vacuumed != null && !vacuumed.isBefore(before), table + " vacuumed at " + vacuumed);
        }
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
