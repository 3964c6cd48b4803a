package dev.precis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** Requests with made-up method names add no metric series: they are all counted as OTHER. */
@QuarkusTest
class MetricsCardinalityTest {

    @TestHTTPResource("/api/v1/articles/1")
    URL article;

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void shouldFoldUnknownMethodsIntoOneSeries() throws Exception {
        for (int i = 0; i < 200; i++) {
            HttpResponse<Void> answer = client.send(HttpRequest.newBuilder(article.toURI()).method("X" + i, HttpRequest.BodyPublishers.noBody())
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
            assertEquals(405, answer.statusCode());
        }
        long before = httpSeries();
        for (int i = 200; i < 400; i++) {
            client.send(HttpRequest.newBuilder(article.toURI()).method("Y" + i, HttpRequest.BodyPublishers.noBody())
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
        }
        String exposition = scrape();
        assertFalse(exposition.contains("method=\"X1\""), "no series per made-up method");
        assertTrue(exposition.contains("method=\"OTHER\""), "made-up methods counted together");
        assertEquals(before, httpSeries(), "200 more made-up methods, no new series");
    }

    private long httpSeries() throws Exception {
        return scrape().lines().filter(line -> line.startsWith("http_server_requests_seconds_count{")).count();
    }

    private String scrape() throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(metrics.toString())).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
