package dev.precis.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.precis.support.Articles;
import dev.precis.support.PackagedService;
import dev.precis.support.TestDatabase;

/**
 * SIGTERM while a request is in flight: the request still completes and its article is stored
 * whole (with its summary), and the process then exits within the grace period.
 */
class GracefulShutdownIT {

    @Test
    void shouldFinishAnInFlightStoreAfterSigterm() throws Exception {
        PackagedService service = PackagedService.start(Map.of("QUARKUS_SHUTDOWN_TIMEOUT", "20s"));
        String marker = "shutdown-" + UUID.randomUUID();
        byte[] body = ("{\"source\": \"" + marker + "\", \"text\": \"" + Articles.uniqueStory() + "\"}").getBytes(StandardCharsets.UTF_8);
        int half = body.length / 2;
        try (Socket socket = new Socket("127.0.0.1", service.port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/articles HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "
                    + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, 0, half);
            out.flush();
            // the request is in flight; the service is told to stop
            TimeUnit.MILLISECONDS.sleep(300);
            service.process().destroy();
            TimeUnit.MILLISECONDS.sleep(500);
            assertTrue(service.process().isAlive(), "the service waits for the request in flight");
            out.write(body, half, body.length - half);
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            String statusLine = in.readLine();
            assertTrue(statusLine != null && statusLine.contains(" 201 "), "in-flight store completed: " + statusLine);
        }
        assertTrue(service.process().waitFor(20, TimeUnit.SECONDS), "exits within the grace period");
        try (Connection db = TestDatabase.connect();
                PreparedStatement query = db.prepareStatement(
                        "select count(*), count(s.article_id) from article a left join summary s on s.article_id = a.id where a.source = ?")) {
            query.setString(1, marker);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                assertEquals(1, rs.getInt(1), "the article is stored");
                assertEquals(1, rs.getInt(2), "with its summary");
            }
        }
    }
}
