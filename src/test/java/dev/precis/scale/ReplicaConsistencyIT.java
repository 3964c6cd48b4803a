package dev.precis.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.precis.support.Articles;
import dev.precis.support.PackagedService;
import dev.precis.support.TestDatabase;

/**
 * Two replicas of the packaged service on one database answer alike: an article stored through
 * one is read, listed, replaced and summarized identically through the other, and a new text gets
 * the same summary and keywords from both once the corpus statistics are folded (both read them
 * from PostgreSQL; the per-replica cache is off here so neither holds older figures).
 */
class ReplicaConsistencyIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final Map<String, String> REPLICA = Map.of("PRECIS_CORPUS_CACHE_TTL", "0s", "PRECIS_CORPUS_FOLD_INTERVAL", "1s");

    @Test
    void shouldGiveTheSameAnswersFromTwoReplicasOfOneDatabase() throws Exception {
        try (PackagedService first = PackagedService.start(REPLICA); PackagedService second = PackagedService.start(REPLICA)) {
            String source = "replicas-" + UUID.randomUUID();
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                PackagedService writer = i % 2 == 0 ? first : second;
                JsonNode stored = send(writer, "POST", "/api/v1/articles", Map.of("source", source, "text", Articles.uniqueStory()), 201);
                ids.add(stored.get("id").asLong());
                // written through one, readable through the other at once
                JsonNode read = send(i % 2 == 0 ? second : first, "GET", "/api/v1/articles/" + ids.get(i), null, 200);
                assertEquals(stored, read);
            }
            awaitCorpusFolded();

            // a text neither has seen: the same sentences, scores and keywords (keywords weigh terms by the shared corpus statistics)
            Map<String, Object> fresh = Map.of("text", Articles.harbourBridge(), "keywords", 10);
            JsonNode fromFirst = send(first, "POST", "/api/v1/summaries", fresh, 200);
            assertEquals(fromFirst, send(second, "POST", "/api/v1/summaries", fresh, 200));
            assertFalse(fromFirst.get("keywords").isEmpty());

            for (long id : ids) {
                assertEquals(send(first, "GET", "/api/v1/articles/" + id, null, 200), send(second, "GET", "/api/v1/articles/" + id, null, 200));
                String again = "/api/v1/articles/" + id + "/summary?sentences=2&keywords=8&algorithm=lexrank";
                assertEquals(send(first, "GET", again, null, 200), send(second, "GET", again, null, 200));
            }
            String page = "/api/v1/articles?limit=4&source=" + source;
            JsonNode firstPage = send(first, "GET", page, null, 200);
            assertEquals(firstPage, send(second, "GET", page, null, 200));
            // a cursor from one replica continues the list on the other
            JsonNode rest = send(second, "GET", page + "&cursor=" + firstPage.get("next").asText(), null, 200);
            assertEquals(2, rest.get("items").size());

            // replaced through one: the other serves the new version, with the same entity tag
            JsonNode replaced = send(second, "PUT", "/api/v1/articles/" + ids.get(0), Map.of("source", source, "text", Articles.uniqueStory()), 200);
            HttpResponse<String> read = HTTP.send(request(first, "GET", "/api/v1/articles/" + ids.get(0), null).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(replaced, JSON.readTree(read.body()));
            HttpResponse<String> conditional = HTTP.send(request(second, "GET", "/api/v1/articles/" + ids.get(0), null)
                    .header("If-None-Match", read.headers().firstValue("ETag").orElseThrow()).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(304, conditional.statusCode());
        }
    }

    /** Waits until one of the replicas has folded every pending corpus change. */
    private static void awaitCorpusFolded() throws Exception {
        try (Connection db = TestDatabase.connect();
                Statement query = db.createStatement()) {
            Awaitility.await("the corpus changes folded").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
                try (ResultSet rows = query.executeQuery("select count(*) from corpus_change")) {
                    rows.next();
                    return rows.getLong(1) == 0;
                }
            });
        }
    }

    private static JsonNode send(PackagedService service, String method, String path, Object body, int expected) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(request(service, method, path, body).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(expected, response.statusCode(), method + " " + path + ": " + response.body());
        return JSON.readTree(response.body());
    }

    private static HttpRequest.Builder request(PackagedService service, String method, String path, Object body) throws IOException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(service.uri(path)).timeout(Duration.ofSeconds(30));
        if (body == null) {
            return builder.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return builder.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    }
}
