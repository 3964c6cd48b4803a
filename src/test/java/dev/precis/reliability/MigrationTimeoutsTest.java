package dev.precis.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Flyway migrated at start-up on a connection of the pool with a request's time limits lifted
 * (dev.precis.MigrationTimeouts); every connection of the pool, that one among them, carries the
 * limits again: statement_timeout 3 s and the 30 s socket timeout.
 */
@QuarkusTest
class MigrationTimeoutsTest {

    @Inject
    AgroalDataSource pool;

    @Test
    void shouldGiveEveryPooledConnectionBackWithARequestsLimits() throws Exception {
        int size = pool.getConfiguration().connectionPoolConfiguration().maxSize();
        List<Connection> held = new ArrayList<>();
        try {
            // every connection the pool has, the idle one Flyway migrated on included
            for (int i = 0; i < size; i++) {
                held.add(pool.getConnection());
            }
            for (Connection connection : held) {
                try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery("show statement_timeout")) {
                    row.next();
                    assertEquals("3s", row.getString(1));
                }
                assertEquals(30_000, connection.getNetworkTimeout());
            }
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
    }
}
