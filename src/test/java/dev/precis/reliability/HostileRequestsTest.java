package dev.precis.reliability;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.precis.support.Articles;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Sends every request of the hostile corpus (src/test/resources/hostile/requests.jsonl: broken
 * and truncated JSON, wrong types, huge and negative numbers, empty and odd text, invalid bytes,
 * oversized and deeply nested bodies, wrong content types, bad ids and query parameters) and
 * checks each answer: the right 4xx as a problem document, or a valid result; never a 5xx, and
 * always within the time bound. Then the service must still serve normally.
 */
@QuarkusTest
class HostileRequestsTest {

    @TestHTTPResource(value = "/health/live", management = true)
    URL live;

    static final Path CORPUS = Path.of("src/test/resources/hostile/requests.jsonl");
    static final Duration BOUND = Duration.ofSeconds(10);
    static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URI base;

    @Test
    void shouldAnswerEveryHostileRequestWithAProblemOrAResult() throws Exception {
        List<String> lines = Files.readAllLines(CORPUS, StandardCharsets.UTF_8);
        assertTrue(lines.size() >= 200, "a corpus of at least 200 requests");
        HttpClient client = HttpClient.newBuilder().connectTimeout(BOUND).build();
        List<String> failures = new ArrayList<>();
        for (String line : lines) {
            JsonNode entry = JSON.readTree(line);
            String name = entry.get("method").asText() + " " + entry.get("path").asText() + " [" + entry.get("name").asText() + "]";
            try {
                HttpResponse<String> response = client.send(request(entry), HttpResponse.BodyHandlers.ofString());
                String problem = check(entry, response);
                if (problem != null) {
                    failures.add(name + ": " + problem);
                }
            } catch (IOException e) {
                failures.add(name + ": no answer (" + e.getClass().getSimpleName() + ")");
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + lines.size() + " failed:\n" + String.join("\n", failures));

        // and the service serves normally afterwards
        given().contentType("text/plain").body(Articles.STORM).when().post("/api/v1/summaries")
                .then().statusCode(200).body("sentences.size()", equalTo(3));
        given().when().get(live).then().statusCode(200);
    }

    private HttpRequest request(JsonNode entry) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(entry.get("path").asText().substring(1))).timeout(BOUND);
        if (entry.hasNonNull("contentType")) {
            builder.header("Content-Type", entry.get("contentType").asText());
        }
        byte[] body = body(entry);
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body);
        return builder.method(entry.get("method").asText(), publisher).build();
    }

    private static byte[] body(JsonNode entry) {
        if (entry.hasNonNull("bodyBase64")) {
            return Base64.getDecoder().decode(entry.get("bodyBase64").asText());
        }
        if (entry.hasNonNull("repeat")) {
            JsonNode r = entry.get("repeat");
            StringBuilder sb = new StringBuilder(r.get("prefix").asText());
            sb.append(r.get("unit").asText().repeat(r.get("times").asInt()));
            sb.append(r.get("suffix").asText());
            return sb.toString().getBytes(StandardCharsets.UTF_8);
        }
        return entry.has("body") ? entry.get("body").asText().getBytes(StandardCharsets.UTF_8) : null;
    }

    /**
     * What is wrong with the answer, or null when it is right. {@code expect} is {@code 4xx},
     * {@code 2xx}, {@code any} (a problem or a result) or one exact status; {@code field}, when
     * given, must be among the invalid fields the problem names.
     */
    private static String check(JsonNode entry, HttpResponse<String> response) {
        String expect = entry.get("expect").asText();
        int status = response.statusCode();
        if (status >= 500) {
            return "status " + status + ": " + abbreviate(response.body());
        }
        boolean problem = response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
        if (status >= 400) {
            if (!problem) {
                return "status " + status + " without a problem document";
            }
            try {
                JsonNode body = JSON.readTree(response.body());
                assertEquals(status, body.get("status").asInt());
                String detail = body.path("detail").asText("");
                if (detail.contains("Exception") || detail.contains("\tat ") || detail.contains("SQL")) {
                    return "detail leaks internals: " + abbreviate(detail);
                }
                if (entry.hasNonNull("field")) {
                    List<String> fields = new ArrayList<>();
                    body.path("errors").forEach(error -> fields.add(error.path("field").asText()));
                    if (!fields.contains(entry.get("field").asText())) {
                        return "status " + status + " names " + fields + ", not " + entry.get("field").asText() + ": " + abbreviate(response.body());
                    }
                }
            } catch (Exception e) {
                return "unreadable problem document";
            }
        }
        return switch (expect) {
            case "4xx" -> status >= 400 && status < 500 ? null : "expected a 4xx, got " + status;
            case "2xx" -> status >= 200 && status < 300 ? null : "expected success, got " + status + ": " + abbreviate(response.body());
            case "any" -> null;
            default -> status == Integer.parseInt(expect) ? null : "expected " + expect + ", got " + status + ": " + abbreviate(response.body());
        };
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
