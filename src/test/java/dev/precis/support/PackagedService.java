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
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The packaged application (target/quarkus-app) run as its own process, in production mode, on a
 * free port, against the tests' database ({@link TestDatabase}): what an operator runs, started and stopped by a test.
 */
public final class PackagedService implements AutoCloseable {

    private final Process process;
    private final int port;
    private final int managementPort;
    private final Path log;

    private PackagedService(Process process, int port, int managementPort, Path log) {
        this.process = process;
        this.port = port;
        this.managementPort = managementPort;
        this.log = log;
    }

    public static PackagedService start(Map<String, String> settings) throws IOException, InterruptedException {
        int port = freePort();
        int managementPort = freePort();
        Path log = Files.createTempFile("precis-service", ".log");
        ProcessBuilder builder = command(Path.of("").toAbsolutePath()).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", TestDatabase.url());
        if (TestDatabase.user() != null) {
            env.put("QUARKUS_DATASOURCE_USERNAME", TestDatabase.user());
        }
        if (TestDatabase.password() != null) {
            env.put("QUARKUS_DATASOURCE_PASSWORD", TestDatabase.password());
        }
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(managementPort));
        env.put("PRECIS_AUTH_ENABLED", "false");
        env.putAll(settings);
        PackagedService service = new PackagedService(builder.start(), port, managementPort, log);
        service.awaitReady(Duration.ofSeconds(60));
        return service;
    }

    /**
     * The command that runs the packaged service in {@code directory}, with no datasource of the
     * tests' own in its environment.
     */
    public static ProcessBuilder command(Path directory) {
        Path jar = Path.of("target/quarkus-app/quarkus-run.jar").toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("Package the application first (./mvnw verify runs this test after packaging)");
        }
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString())
                .directory(directory.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("QUARKUS_DATASOURCE_"));
        return builder;
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** A path on the management interface: health checks, metrics, the OpenAPI document. */
    public URI managementUri(String path) {
        return URI.create("http://127.0.0.1:" + managementPort + path);
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
                    return client.send(HttpRequest.newBuilder(managementUri("/q/health/ready")).timeout(Duration.ofSeconds(2)).build(),
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

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
