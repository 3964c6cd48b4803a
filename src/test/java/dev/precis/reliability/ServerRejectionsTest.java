package dev.precis.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * What the HTTP server answers to requests it refuses itself, over raw sockets on loopback: a body
 * over the server's cap, a request without {@code Host} and a target that is not a path get problem
 * documents; a request line over {@code quarkus.http.limits.max-initial-line-length} (414), headers
 * over {@code quarkus.http.limits.max-header-size} (431) and a malformed header (400) are refused by
 * the HTTP decoder, and a target that is not a valid URI (400) by Quarkus' first handler, before
 * any route runs: a bare status, and the connection closed; a malformed chunk closes the
 * connection without an answer. No answer takes longer than the socket's read bound.
 */
@QuarkusTest
class ServerRejectionsTest {

    /** The HTTP server's own caps (application.properties, and Quarkus' default header size). */
    static final int MAX_BODY = 16 * 1024 * 1024;
    static final int MAX_REQUEST_LINE = 16_384;
    static final int MAX_HEADERS = 20 * 1024;
    static final int READ_BOUND_MILLIS = 10_000;
    static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URL root;

    @Test
    void shouldAnswerADeclaredBodyOverTheServersCapWithAProblemAndClose() throws Exception {
        Answer answer = exchange(head("POST /api/v1/summaries", "Content-Type: text/plain", "Content-Length: " + (MAX_BODY + 1)), null);
        assertProblem(413, answer);
        assertTrue(answer.problem().get("detail").asText().contains(String.valueOf(MAX_BODY)), answer.body());
        assertTrue(answer.closed(), "the unread body ends the connection");
    }

    @Test
    void shouldAnswerAStreamedBodyOverTheServersCapWithAProblemAndClose() throws Exception {
        Answer answer = exchange(head("POST /api/v1/summaries", "Content-Type: text/plain", "Transfer-Encoding: chunked"), out -> {
            byte[] chunk = "Words, more words. ".repeat(3449).getBytes(StandardCharsets.US_ASCII);
            byte[] size = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            for (long sent = 0; sent <= MAX_BODY + chunk.length; sent += chunk.length) {
                out.write(size);
                out.write(chunk);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        });
        assertProblem(413, answer);
        assertTrue(answer.closed(), "the rest of the body ends with the connection");
    }

    @Test
    void shouldRefuseATargetThatIsNotAValidUriWithABare400() throws Exception {
        // Quarkus checks the target before any route: bad percent-encoding, characters a URI cannot hold
        for (String target : new String[] {"/api/v1/articles/%zz", "/api/v1/articles?q=%", "/api/v1/articles?q=a|b"}) {
            Answer answer = exchange(head("GET " + target, "Connection: close"), null);
            assertEquals(400, answer.status(), target + ": " + answer.statusLine());
            assertEquals("", answer.body(), target);
            assertTrue(answer.closed(), target);
        }
    }

    @Test
    void shouldAnswerARequestWithoutHostWithAProblem() throws Exception {
        Answer answer = exchange("GET /api/v1/articles HTTP/1.1\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII), null);
        assertProblem(400, answer);
    }

    @Test
    void shouldAnswerATargetThatIsNotAPathWithAProblem() throws Exception {
        assertProblem(404, exchange(head("GET api/v1/articles", "Connection: close"), null));
        assertProblem(404, exchange(head("GET *", "Connection: close"), null));
    }

    @Test
    void shouldAnswerARequestLineUpToTheLimitWithAProblemAndALongerOneWithABare414() throws Exception {
        String query = "GET /api/v1/articles?q=";
        // within the limit: the service reads the request and names the parameter that is too long
        Answer within = exchange(head(query + "a".repeat(MAX_REQUEST_LINE - query.length() - " HTTP/1.1".length() - 100), "Connection: close"), null);
        assertProblem(400, within);
        Answer over = exchange(head(query + "a".repeat(MAX_REQUEST_LINE + 1), "Connection: close"), null);
        assertBare(414, over);
    }

    @Test
    void shouldRefuseHeadersOverTheLimitWithABare431() throws Exception {
        Answer within = exchange(head("GET /api/v1/articles/0", "X-Padding: " + "p".repeat(MAX_HEADERS - 200), "Connection: close"), null);
        assertProblem(400, within);
        assertBare(431, exchange(head("GET /api/v1/articles/0", "X-Padding: " + "p".repeat(MAX_HEADERS + 1)), null));
    }

    @Test
    void shouldRefuseAMalformedHeaderWithABare400() throws Exception {
        assertBare(400, exchange(head("GET /api/v1/articles", "Not a header line"), null));
    }

    @Test
    void shouldCloseTheConnectionOnAMalformedChunkWithoutAnAnswer() throws Exception {
        byte[] request = head("POST /api/v1/summaries", "Content-Type: text/plain", "Transfer-Encoding: chunked");
        byte[] chunk = "zz\r\nNot a chunk size.\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        byte[] both = Arrays.copyOf(request, request.length + chunk.length);
        System.arraycopy(chunk, 0, both, request.length, chunk.length);
        Answer answer = exchange(both, null);
        assertEquals("", answer.statusLine() + answer.body(), "nothing is answered");
        assertTrue(answer.closed());
    }

    private byte[] head(String requestLine, String... headers) {
        StringBuilder request = new StringBuilder(requestLine).append(" HTTP/1.1\r\nHost: ").append(root.getHost()).append("\r\n");
        for (String header : headers) {
            request.append(header).append("\r\n");
        }
        return request.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static void assertProblem(int status, Answer answer) throws IOException {
        assertEquals(status, answer.status(), answer.statusLine());
        assertTrue(answer.header("content-type").startsWith("application/problem+json"), answer.statusLine() + " " + answer.headers());
        JsonNode problem = answer.problem();
        assertEquals(status, problem.get("status").asInt(), answer.body());
        assertTrue(problem.hasNonNull("title") && problem.hasNonNull("detail"), answer.body());
    }

    /** The server's own answer: the status, no body, the connection closed. */
    private static void assertBare(int status, Answer answer) {
        assertEquals(status, answer.status(), answer.statusLine());
        assertEquals("0", answer.header("content-length"), answer.headers().toString());
        assertEquals("", answer.body());
        assertTrue(answer.closed(), "the server closes the connection after a refused request line or header");
    }

    /** Something that sends a body after the head, on a thread of its own, so the answer is read while it sends. */
    interface BodySender {
        void send(OutputStream out) throws IOException;
    }

    /** Sends one request and reads until the server closes the connection or the read bound passes. */
    private Answer exchange(byte[] head, BodySender body) throws Exception {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(READ_BOUND_MILLIS);
            OutputStream out = socket.getOutputStream();
            out.write(head);
            out.flush();
            Thread sender = null;
            if (body != null) {
                sender = new Thread(() -> {
                    try {
                        body.send(out);
                        out.flush();
                    } catch (IOException e) {
                        // the server refused the body and closed the connection: expected here
                    }
                }, "body-sender");
                sender.start();
            }
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            boolean closed = false;
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            try {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    received.write(buffer, 0, n);
                    if (complete(received.toByteArray())) {
                        break;
                    }
                }
                closed = n < 0 || in.read() < 0;
            } catch (SocketTimeoutException e) {
                closed = false;
            } catch (IOException e) {
                // reset by the server after its answer: the connection is closed
                closed = true;
            }
            if (sender != null) {
                socket.close();
                sender.join(READ_BOUND_MILLIS);
            }
            return Answer.of(received.toByteArray(), closed);
        }
    }

    /** Whether the bytes hold a whole answer: its head, and as many body bytes as it declares. */
    private static boolean complete(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        Answer head = Answer.of(Arrays.copyOf(bytes, end + 4), false);
        String length = head.header("content-length");
        return !length.isEmpty() && bytes.length >= end + 4 + Integer.parseInt(length);
    }

    record Answer(String statusLine, Map<String, String> headers, String body, boolean closed) {

        static Answer of(byte[] bytes, boolean closed) {
            String text = new String(bytes, StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            String headText = end < 0 ? text : text.substring(0, end);
            String body = end < 0 ? "" : text.substring(end + 4);
            String[] lines = headText.split("\r\n");
            Map<String, String> headers = new TreeMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
                }
            }
            return new Answer(lines[0], headers, body, closed);
        }

        int status() {
            String[] parts = statusLine.split(" ");
            return parts.length > 1 ? Integer.parseInt(parts[1]) : -1;
        }

        String header(String name) {
            return headers.getOrDefault(name, "");
        }

        JsonNode problem() throws IOException {
            return JSON.readTree(body);
        }
    }
}
