package dev.precis;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;

import dev.precis.summaries.service.ModelPreload;
import dev.precis.text.Language;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import io.quarkus.runtime.configuration.ConfigUtils;
import io.smallrye.config.SmallRyeConfig;

/**
 * Entry point. The packaged service checks, before Quarkus starts (and Flyway with it), that a
 * PostgreSQL is configured and answers, so that a missing or wrong database is reported in one line
 * that says what to set rather than in the stack traces of a failed start; then it starts loading
 * the language models the first summary needs ({@link ModelPreload}), so that they load while
 * Quarkus starts rather than after it. The configuration is read through the configuration API,
 * so every source counts: the environment, system properties, {@code .env},
 * {@code application.properties} and {@code config/application.properties}.
 */
@QuarkusMain
public final class PrecisMain {

    private static final String URL = "quarkus.datasource.jdbc.url";
    private static final String FALLBACK = "precis.language.fallback";
    private static final String HOW = "Set QUARKUS_DATASOURCE_JDBC_URL (jdbc:postgresql://host:5432/db), QUARKUS_DATASOURCE_USERNAME and "
            + "QUARKUS_DATASOURCE_PASSWORD, or the same keys in config/application.properties.";

    private PrecisMain() {
    }

    public static void main(String... args) {
        if (isPackaged()) {
            // the same sources and profile the application will read; built, read and dropped here
            SmallRyeConfig config = ConfigUtils.configBuilder().build();
            Optional<String> problem = databaseProblem(config);
            if (problem.isPresent()) {
                // logging is configured by Quarkus itself, which is not started yet: write the line directly
                System.err.println("ERROR [dev.precis] " + problem.get());
                System.exit(1);
            }
            // after the check, so that a refused start stays one line; an unknown language is left
            // to the application, which refuses it with its own message
            config.getOptionalValue(FALLBACK, String.class).flatMap(Language::byCode).ifPresent(ModelPreload::start);
        }
        Quarkus.run(args);
    }

    /**
     * Whether this is the packaged service rather than dev mode or a test. The launch mode is not yet
     * known when {@code main} runs; dev mode and the tests load the application with Quarkus's own
     * class loader, which the packaged service (jar or native) never uses, and they bring their own
     * database when none is configured (dev.precis.localdb).
     */
    private static boolean isPackaged() {
        ClassLoader loader = PrecisMain.class.getClassLoader();
        return loader == null || !loader.getClass().getName().equals("io.quarkus.bootstrap.classloading.QuarkusClassLoader");
    }

    private static Optional<String> databaseProblem(SmallRyeConfig config) {
        Optional<String> url = config.getOptionalValue(URL, String.class).filter(value -> !value.isBlank());
        if (url.isEmpty()) {
            return Optional.of("No database configured. " + HOW);
        }
        Properties properties = new Properties();
        config.getOptionalValue("quarkus.datasource.username", String.class).ifPresent(user -> properties.setProperty("user", user));
        config.getOptionalValue("quarkus.datasource.password", String.class).ifPresent(password -> properties.setProperty("password", password));
        properties.setProperty("loginTimeout", "5");
        properties.setProperty("connectTimeout", "5");
        // the driver directly, not DriverManager: no service-loader lookup, which a native image may lack
        try (Connection connection = new org.postgresql.Driver().connect(url.get(), properties)) {
            return connection != null ? Optional.empty()
                    : Optional.of("The datasource URL " + url.get() + " is not a PostgreSQL JDBC URL. " + HOW);
        } catch (SQLException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            return Optional.of("Cannot reach PostgreSQL at " + url.get() + " (" + reason + "). " + HOW);
        }
    }
}
