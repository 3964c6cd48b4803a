package dev.precis;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.inject.Singleton;

import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.FluentConfiguration;

import io.quarkus.flyway.FlywayConfigurationCustomizer;

/**
 * Lifts a request's time limits while Flyway migrates. Flyway migrates at start-up on a connection
 * of the request pool, which carries a request's limits: {@code statement_timeout} (3 s) and the
 * driver's socket timeout (30 s). A migration that rewrites a large table runs for minutes and
 * would be cut by either, failing the start; so the connection Flyway migrates on has both lifted
 * before each migration and put back after it, failed or not, before it returns to the pool.
 */
@Singleton
class MigrationTimeouts implements FlywayConfigurationCustomizer {

    @Override
    public void customize(FluentConfiguration configuration) {
        configuration.callbacks(new Lift());
    }

    private static final class Lift implements Callback {

        /** The socket timeout the connection had, in milliseconds, while it is lifted. */
        private Integer networkTimeout;

        @Override
        public boolean supports(Event event, Context context) {
            // the events of each migration: they come on the connection the migration runs on (the
            // events of the whole run come on a connection of their own)
            return event == Event.BEFORE_EACH_MIGRATE || event == Event.AFTER_EACH_MIGRATE || event == Event.AFTER_EACH_MIGRATE_ERROR;
        }

        @Override
        public boolean canHandleInTransaction(Event event, Context context) {
            return true;
        }

        @Override
        public void handle(Event event, Context context) {
            Connection connection = context.getConnection();
            try (Statement statement = connection.createStatement()) {
                if (event == Event.BEFORE_EACH_MIGRATE) {
                    networkTimeout = connection.getNetworkTimeout();
                    connection.setNetworkTimeout(Runnable::run, 0);
                    statement.execute("set statement_timeout = 0");
                } else if (networkTimeout != null) {
                    // back to the value the connection was opened with (the pool's options)
                    statement.execute("reset statement_timeout");
                    connection.setNetworkTimeout(Runnable::run, networkTimeout);
                    networkTimeout = null;
                }
            } catch (SQLException e) {
                if (event != Event.AFTER_EACH_MIGRATE_ERROR) {
                    throw new FlywayException("Could not set the time limits of the migration connection", e);
                }
                // after a failed migration its own error is the one to report
            }
        }

        @Override
        public String getCallbackName() {
            return "precis-migration-timeouts";
        }
    }
}
