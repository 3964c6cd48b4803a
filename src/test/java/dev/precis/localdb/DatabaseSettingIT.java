package dev.precis.localdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.precis.support.PackagedService;
import dev.precis.support.TestDatabase;

/**
 * The packaged service brings no database of its own: without one it refuses to start with one line
 * that says what to set, and it takes one from any configuration source, here the
 * {@code config/application.properties} of its working directory.
 */
class DatabaseSettingIT {

    @Test
    void shouldRefuseToStartWithOneLineWhenNoDatabaseIsConfigured(@TempDir Path directory) throws Exception {
        Process process = PackagedService.command(directory).redirectErrorStream(true).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "exits by itself");
        List<String> output = new String(process.getInputStream().readAllBytes()).lines().toList();

        assertEquals(1, process.exitValue());
        assertEquals(1, output.size(), "one line: " + output);
        assertTrue(output.get(0).startsWith("ERROR [dev.precis] No database configured. Set QUARKUS_DATASOURCE_JDBC_URL"), output.get(0));
    }

    @Test
    void shouldStartWithTheDatabaseOfItsConfigurationFile(@TempDir Path directory) throws Exception {
        int port = PackagedService.freePort();
        int managementPort = PackagedService.freePort();
        Files.createDirectories(directory.resolve("config"));
        StringBuilder settings = new StringBuilder()
                .append("quarkus.datasource.jdbc.url=").append(TestDatabase.url()).append('\n')
                .append("quarkus.http.port=").append(port).append('\n')
                .append("quarkus.management.port=").append(managementPort).append('\n')
                .append("precis.auth.enabled=false\n");
        if (TestDatabase.user() != null) {
            settings.append("quarkus.datasource.username=").append(TestDatabase.user()).append('\n');
        }
        if (TestDatabase.password() != null) {
            settings.append("quarkus.datasource.password=").append(TestDatabase.password()).append('\n');
        }
        Files.writeString(directory.resolve("config/application.properties"), settings);
        Process process = PackagedService.command(directory).redirectErrorStream(true)
                .redirectOutput(directory.resolve("service.log").toFile()).start();
        try {
            HttpClient client = HttpClient.newHttpClient();
            HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + "/q/health/ready")).timeout(Duration.ofSeconds(2)).build();
            Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                    .until(() -> process.isAlive() && client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
        } finally {
            process.destroy();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
