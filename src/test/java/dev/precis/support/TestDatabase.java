package dev.precis.support;

import java.util.Optional;

import dev.precis.localdb.LocalDatabaseConfig;

/**
 * The PostgreSQL the tests use, for the code that reaches it without Quarkus (a proxy in front of
 * it, the packaged service started by a test, direct JDBC checks): the server named by the
 * {@code QUARKUS_DATASOURCE_*} variables, or else this JVM's embedded server, the one the
 * application under test gets too (dev.precis.localdb).
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static String url() {
        return configured("QUARKUS_DATASOURCE_JDBC_URL").orElseGet(LocalDatabaseConfig::testUrl);
    }

    /** The user to log in as; none where an external server's URL is given without one. */
    public static String user() {
        return configured("QUARKUS_DATASOURCE_USERNAME").orElse(isExternal() ? null : LocalDatabaseConfig.user());
    }

    public static String password() {
        return configured("QUARKUS_DATASOURCE_PASSWORD").orElse(isExternal() ? null : "");
    }

    /** A connection of its own, for checks made beside the application. */
    public static java.sql.Connection connect() throws java.sql.SQLException {
        return java.sql.DriverManager.getConnection(url(), user(), password());
    }

    private static boolean isExternal() {
        return configured("QUARKUS_DATASOURCE_JDBC_URL").isPresent();
    }

    private static Optional<String> configured(String variable) {
        return Optional.ofNullable(System.getenv(variable)).filter(value -> !value.isBlank());
    }
}
