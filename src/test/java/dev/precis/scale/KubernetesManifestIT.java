package dev.precis.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * The manifests quarkus-kubernetes writes when the application is packaged: a Deployment whose
 * containers have probes on the health checks and resource requests and limits, take their secrets
 * from the Secret and everything else from the ConfigMap, and a Service in front of them.
 */
class KubernetesManifestIT {

    static final Path MANIFESTS = Path.of("target/kubernetes/kubernetes.yml");
    static final Map<String, JsonNode> BY_KIND = new HashMap<>();

    @BeforeAll
    static void read() throws IOException {
        assertTrue(Files.isRegularFile(MANIFESTS), "package the application first (./mvnw verify runs this test after packaging)");
        try (MappingIterator<JsonNode> documents = new YAMLMapper().readerFor(JsonNode.class).readValues(MANIFESTS.toFile())) {
            while (documents.hasNext()) {
                JsonNode document = documents.next();
                if (document != null && document.has("kind")) {
                    BY_KIND.put(document.get("kind").asText(), document);
                }
            }
        }
    }

    @Test
    void shouldProbeLivenessAndReadinessOnTheHealthChecks() {
        JsonNode container = container();
        assertEquals("/q/health/live", container.at("/livenessProbe/httpGet/path").asText());
        assertEquals("/q/health/ready", container.at("/readinessProbe/httpGet/path").asText());
        // the probes reach the management interface, which is not exposed by the Service
        assertEquals(9000, container.at("/livenessProbe/httpGet/port").asInt());
        assertEquals(9000, container.at("/readinessProbe/httpGet/port").asInt());
        Map<String, Integer> ports = new HashMap<>();
        container.get("ports").forEach(port -> ports.put(port.get("name").asText(), port.get("containerPort").asInt()));
        assertEquals(Map.of("http", 8080, "management", 9000), ports);
    }

    @Test
    void shouldRequestAndLimitResources() {
        JsonNode resources = container().get("resources");
        for (String pointer : new String[] { "/requests/cpu", "/requests/memory", "/limits/cpu", "/limits/memory" }) {
            assertFalse(resources.at(pointer).asText().isBlank(), "resources" + pointer);
        }
        assertTrue(BY_KIND.get("Deployment").at("/spec/replicas").asInt() >= 2, "more than one replica");
    }

    @Test
    void shouldTakeSecretsFromTheSecretAndTheRestFromTheConfigMap() {
        JsonNode container = container();
        Map<String, JsonNode> env = new HashMap<>();
        container.get("env").forEach(variable -> env.put(variable.get("name").asText(), variable));
        for (String secret : new String[] { "QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD", "PRECIS_AUTH_KEYS" }) {
            JsonNode variable = env.get(secret);
            assertNotNull(variable, secret + " is set");
            assertEquals("precis", variable.at("/valueFrom/secretKeyRef/name").asText(), secret + " comes from the Secret");
            assertFalse(variable.has("value"), secret + " is never written into the manifest");
        }
        Set<String> configMaps = new HashSet<>();
        container.get("envFrom").forEach(source -> configMaps.add(source.at("/configMapRef/name").asText()));
        assertTrue(configMaps.contains("precis-config"));
        JsonNode configMap = BY_KIND.get("ConfigMap");
        assertNotNull(configMap, "the ConfigMap is part of the manifests");
        assertEquals("precis-config", configMap.at("/metadata/name").asText());
        configMap.get("data").fieldNames().forEachRemaining(name -> assertFalse(name.contains("PASSWORD") || name.contains("AUTH_KEYS"),
                name + " belongs in the Secret"));
    }

    @Test
    void shouldPutAServiceInFrontOfTheReplicas() {
        JsonNode service = BY_KIND.get("Service");
        assertNotNull(service);
        // the public port only: the management interface is reached by the probes, not through the Service
        assertEquals(1, service.at("/spec/ports").size());
        assertEquals(8080, service.at("/spec/ports/0/targetPort").asInt());
        JsonNode selector = service.at("/spec/selector");
        JsonNode podLabels = BY_KIND.get("Deployment").at("/spec/template/metadata/labels");
        selector.fieldNames().forEachRemaining(label -> assertEquals(selector.get(label), podLabels.get(label), "selects the pods by " + label));
    }

    private static JsonNode container() {
        JsonNode deployment = BY_KIND.get("Deployment");
        assertNotNull(deployment, "a Deployment");
        return deployment.at("/spec/template/spec/containers/0");
    }
}
