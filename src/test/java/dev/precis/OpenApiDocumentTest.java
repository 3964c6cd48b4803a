package dev.precis;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The OpenAPI document checked into the repository (docs/openapi.yaml, for teams that generate
 * clients from it) is the one the service serves at /q/openapi. When the API changes, regenerate
 * it with {@code ./mvnw test -Dtest=OpenApiDocumentTest -Dopenapi.write=true} and commit it.
 */
@QuarkusTest
class OpenApiDocumentTest {

    @TestHTTPResource(value = "/openapi", management = true)
    URL openapi;

    static final Path CHECKED_IN = Path.of("docs/openapi.yaml");
    static final YAMLMapper YAML = new YAMLMapper();

    @Test
    void shouldServeTheDocumentCheckedIntoTheRepository() throws Exception {
        String served = given().when().get(openapi).then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("openapi.write")) {
            Files.writeString(CHECKED_IN, served, StandardCharsets.UTF_8);
        }
        assertTrue(Files.isRegularFile(CHECKED_IN), CHECKED_IN + " is missing; write it with -Dopenapi.write=true");
        List<String> differences = new ArrayList<>();
        compare("", YAML.readTree(Files.readString(CHECKED_IN, StandardCharsets.UTF_8)), YAML.readTree(served), differences);
        assertTrue(differences.isEmpty(), CHECKED_IN + " differs from /q/openapi at " + differences.size() + " place(s); regenerate it with "
                + "./mvnw test -Dtest=OpenApiDocumentTest -Dopenapi.write=true\n" + String.join("\n", differences.subList(0, Math.min(20, differences.size()))));
    }

    /** Collects the JSON pointers at which the two documents differ (key order does not count). */
    private static void compare(String at, JsonNode expected, JsonNode actual, List<String> differences) {
        if (expected.isObject() && actual.isObject()) {
            TreeSet<String> names = new TreeSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String path = at + "/" + name.replace("~", "~0").replace("/", "~1");
                if (!expected.has(name)) {
                    differences.add(path + ": only in /q/openapi");
                } else if (!actual.has(name)) {
                    differences.add(path + ": only in " + CHECKED_IN);
                } else {
                    compare(path, expected.get(name), actual.get(name), differences);
                }
            }
        } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            Iterator<JsonNode> left = expected.elements();
            Iterator<JsonNode> right = actual.elements();
            for (int i = 0; left.hasNext(); i++) {
                compare(at + "/" + i, left.next(), right.next(), differences);
            }
        } else if (!expected.equals(actual)) {
            differences.add(at + ": " + abbreviate(expected) + " in " + CHECKED_IN + ", " + abbreviate(actual) + " served");
        }
    }

    private static String abbreviate(JsonNode node) {
        String text = node.toString();
        return text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }
}
