package dev.precis.localdb;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.logging.Logger;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;

/**
 * The datasource of dev mode and of the tests when none is configured anywhere (environment,
 * system properties, {@code .env}, {@code application.properties}, {@code config/application.properties}):
 * an embedded PostgreSQL, so that a fresh clone runs with no database to create.
 *
 * <ul>
 * <li>Dev mode keeps its server in {@value #DEV_DIRECTORY} under the project, between runs.</li>
 * <li>The tests start a fresh server under {@code target/} for each run, so they never see the
 * articles stored in dev mode.</li>
 * <li>Any other profile, production first, gets nothing from here: it must be given a database.
 * So does the {@code devservices} profile, which leaves the URL to Quarkus Dev Services.</li>
 * </ul>
 */
public final class LocalDatabaseConfig implements ConfigSourceFactory {

    static final String URL = "quarkus.datasource.jdbc.url";
    static final String DEV_DIRECTORY = ".postgres-dev";

    private static final Logger LOG = Logger.getLogger(LocalDatabaseConfig.class);

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        List<String> profiles = context.getProfiles();
        ConfigValue configured = context.getValue(URL);
        if (profiles.contains("devservices") || (configured != null && configured.getValue() != null && !configured.getValue().isBlank())) {
            return List.of();
        }
        String url;
        if (profiles.contains("test")) {
            url = EmbeddedPostgres.url(testDirectory(), true);
        } else if (profiles.contains("dev")) {
            Path directory = Path.of(DEV_DIRECTORY).toAbsolutePath();
            url = EmbeddedPostgres.url(directory, false);
            LOG.infof("No datasource configured: dev mode uses an embedded PostgreSQL at %s, its data in %s (kept between runs; delete the directory to start empty)", url, directory);
        } else {
            return List.of();
        }
        return List.of(new PropertiesConfigSource(Map.of(
                URL, url,
                "quarkus.datasource.username", EmbeddedPostgres.USER,
                "quarkus.datasource.password", ""), "embedded PostgreSQL", 150));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(150);
    }

    /** One directory per test JVM (the unit and the integration tests each run one). */
    static Path testDirectory() {
        return Path.of("target", "postgres-test", Long.toString(ProcessHandle.current().pid())).toAbsolutePath();
    }

    /** The URL of the tests' embedded server, started if this JVM has none yet. */
    public static String testUrl() {
        return EmbeddedPostgres.url(testDirectory(), true);
    }

    /** The user of the embedded servers. */
    public static String user() {
        return EmbeddedPostgres.USER;
    }
}
