package dev.precis.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.precis.support.Articles;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Clients that send a body slowly must not take the service down: more connections than there are
 * worker threads each start a 20,000-byte summary request, send 12 KB and then stall. Meanwhile the
 * liveness check answers within a second and an ordinary summary within two.
 */
@QuarkusTest
class SlowBodiesTest {

    private static final int CONNECTIONS = 220;

    @TestHTTPResource("/")
    URL root;

    @TestHTTPResource(value = "/health/live", management = true)
    URL live;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    @Test
    void shouldKeepAnsweringWhileBodiesTrickle() throws Exception {
        // both answers once before, so that what is timed below is the stall, not a first request
        assertEquals(200, liveness(Duration.ofSeconds(30)).statusCode());
        assertEquals(200, summary(Duration.ofSeconds(30)).statusCode());

        List<Socket> stalled = new ArrayList<>();
        try {
            byte[] head = ("POST /api/v1/summaries HTTP/1.1\r\nHost: " + root.getHost() + "\r\nContent-Type: text/plain\r\nContent-Length: 20000\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII);
            byte[] part = "Slow words arrive. ".repeat(12_000 / 19).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < CONNECTIONS; i++) {
                Socket socket = new Socket(root.getHost(), root.getPort());
                stalled.add(socket);
                OutputStream out = socket.getOutputStream();
                out.write(head);
                out.write(part);
                out.flush();
            }
            // give the server time to take up every stalled request
            Thread.sleep(1000);
            for (Socket socket : stalled) {
                socket.getOutputStream().write('x');
            }

            assertEquals(200, liveness(Duration.ofSeconds(1)).statusCode());
            HttpResponse<String> summary = summary(Duration.ofSeconds(2));
            assertEquals(200, summary.statusCode(), summary.body());
        } finally {
            for (Socket socket : stalled) {
                try {
                    socket.close();
                } catch (IOException e) {
                    // closing is best effort
                }
            }
        }
    }

    private HttpResponse<String> liveness(Duration timeout) throws Exception {
        return client.send(HttpRequest.newBuilder(live.toURI()).timeout(timeout).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> summary(Duration timeout) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(root + "api/v1/summaries")).timeout(timeout)
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(Articles.uniqueStory())).build(), HttpResponse.BodyHandlers.ofString());
    }
}
