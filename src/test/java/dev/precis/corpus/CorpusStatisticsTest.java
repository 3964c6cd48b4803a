package dev.precis.corpus;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
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
    void shouldVacuumTheTablesTheFoldChurns() {
        Instant before = Instant.now().minusSeconds(1);
        statistics.vacuum();
        for (String table : List.of("corpus_change", "term_document_frequency", "corpus_size")) {
            // the statistics views may show the vacuum a moment after it ends
            Awaitility.await(table + " vacuumed").atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
                    .until(() -> lastVacuum(table), vacuumed -> vacuumed != null && !vacuumed.isBefore(before));
        }
    }

    @Test
    void shouldSkipTheFoldWhileAnotherReplicaFolds() throws Exception {
        Folds.foldAll(statistics);
        long before = statistics.lookup("en", List.of()).documents();
        // another replica's fold holds the lock for the length of its transaction; the scheduled fold skips too meanwhile
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement lock = other.prepareStatement("select pg_advisory_xact_lock(?)")) {
                lock.setLong(1, CorpusStatistics.FOLD_LOCK);
                lock.execute();
            }
            store("Rain fell across the region for a third day. Rivers rose above their banks " + UUID.randomUUID() + ".");
            assertEquals(-1, statistics.fold(), "a fold while another one holds the lock skips");
            assertTrue(pendingChanges() >= 1, "the skipped fold leaves the changes pending");
            other.rollback();
        }
        Folds.foldAll(statistics);
        assertEquals(0, pendingChanges());
        // the stored article is counted once, however many folds ran
        assertEquals(before + 1, statistics.lookup("en", List.of()).documents());
    }

    private Instant lastVacuum(String table) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("select last_vacuum from pg_stat_user_tables where relname = ?")) {
            query.setString(1, table);
            try (ResultSet row = query.executeQuery()) {
                Timestamp last = row.next() ? row.getTimestamp(1) : null;
                return last == null ? null : last.toInstant();
            }
        }
    }

    private long pendingChanges() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("select count(*) from corpus_change");
                ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private static long store(String text) {
        return given().contentType(ContentType.JSON).body(Map.of("text", text))
                .when().post("/api/v1/articles")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
