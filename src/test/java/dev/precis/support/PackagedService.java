package dev.precis.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The packaged application (target/quarkus-app) run as its own process, in production mode, on a
 * free port, against the test database: what an operator runs, started and stopped by a test.
 */
public final class PackagedService implements AutoCloseable {

    public static final String DATABASE_URL = System.getenv().getOrDefault("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:5432/precis");

    private final Process process;
    private final int port;
    private final Path log;

    private PackagedService(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    public static PackagedService start(Map<String, String> settings) throws IOException, InterruptedException {
        Path jar = Path.of("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("Package the application first (./mvnw verify runs this test after packaging)");
        }
        int port = freePort();
        Path log = Files.createTempFile("precis-service", ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", DATABASE_URL);
        env.put("QUARKUS_DATASOURCE_USERNAME", System.getenv().getOrDefault("QUARKUS_DATASOURCE_USERNAME", "precis"));
        env.put("QUARKUS_DATASOURCE_PASSWORD", System.getenv().getOrDefault("QUARKUS_DATASOURCE_PASSWORD", "precis"));
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("PRECIS_AUTH_ENABLED", "false");
        env.putAll(settings);
        PackagedService service = new PackagedService(builder.start(), port, log);
        service.awaitReady(Duration.ofSeconds(60));
        return service;
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    public int port() {
        return port;
    }

    public Process process() {
        return process;
    }

    public String log() throws IOException {
        return Files.readString(log);
    }

    private void awaitReady(Duration timeout) {
        HttpClient client = HttpClient.newHttpClient();
        try {
            Awaitility.await("the service ready").atMost(timeout).pollInterval(Duration.ofMillis(100)).until(() -> {
                if (!process.isAlive()) {
                    throw new IllegalStateException("The service exited with " + process.exitValue() + ":\n" + log());
                }
                try {
                    return client.send(HttpRequest.newBuilder(uri("/q/health/ready")).timeout(Duration.ofSeconds(2)).build(),
                            HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
                } catch (IOException e) {
                    // not listening yet
                    return false;
                }
            });
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException("The service was not ready within " + timeout + ":\n" + readLog(), e);
        }
    }

    private String readLog() {
        try {
            return log();
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
