package dev.precis;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;

import dev.precis.summary.service.ModelPreload;
import dev.precis.text.Language;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Entry point of the packaged service. Before Quarkus starts (and Flyway with it), it checks that
 * the configured PostgreSQL answers, so a missing or wrong database is reported in one line that
 * says what to set rather than in the stack traces of a failed start; and it starts loading the
 * language models, which then load while Quarkus starts.
 */
@QuarkusMain
public final class PrecisMain {

    private static final String URL = "QUARKUS_DATASOURCE_JDBC_URL";
    private static final String USER = "QUARKUS_DATASOURCE_USERNAME";
    private static final String PASSWORD = "QUARKUS_DATASOURCE_PASSWORD";

    private PrecisMain() {
    }

    public static void main(String... args) {
        // the models load on a core of their own while the database is checked and Quarkus starts
        Language.byCode(Optional.ofNullable(setting("PRECIS_LANGUAGE_FALLBACK", "precis.language.fallback")).orElse("en"))
                .ifPresent(ModelPreload::start);
        String problem = databaseProblem();
        if (problem != null) {
            // logging is configured by Quarkus itself, which is not started yet: write the line directly
            System.err.println("ERROR [dev.precis] " + problem);
            System.exit(1);
        }
        Quarkus.run(args);
    }

    private static String databaseProblem() {
        if (LaunchMode.current() != LaunchMode.NORMAL) {
            // dev mode configures the datasource (or Dev Services) in application.properties
            return null;
        }
        String url = setting(URL, "quarkus.datasource.jdbc.url");
        if (url == null) {
            String profile = setting("QUARKUS_PROFILE", "quarkus.profile");
            // other profiles configure the datasource in application.properties
            return profile == null || profile.equals("prod")
                    ? "No database configured. Set " + URL + " (jdbc:postgresql://host:5432/db), " + USER + " and " + PASSWORD + "."
                    : null;
        }
        Properties properties = new Properties();
        putIfSet(properties, "user", setting(USER, "quarkus.datasource.username"));
        putIfSet(properties, "password", setting(PASSWORD, "quarkus.datasource.password"));
        properties.setProperty("loginTimeout", "5");
        properties.setProperty("connectTimeout", "5");
        // the driver directly, not DriverManager: no service-loader lookup, which a native image may lack
        try (Connection connection = new org.postgresql.Driver().connect(url, properties)) {
            return connection != null ? null : "The datasource URL " + url + " is not a PostgreSQL JDBC URL. Set " + URL + " to jdbc:postgresql://host:5432/db.";
        } catch (SQLException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            return "Cannot reach PostgreSQL at " + url + " (" + reason + "). Set " + URL + ", " + USER + " and " + PASSWORD
                    + " to a reachable database, then start Precis again.";
        }
    }

    private static void putIfSet(Properties properties, String key, String value) {
        if (value != null) {
            properties.setProperty(key, value);
        }
    }

    private static String setting(String env, String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? null : value;
    }
}
