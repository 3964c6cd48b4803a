package dev.precis.startup;

import java.util.HashMap;
import java.util.Map;

import dev.precis.auth.ApiKeys;
import dev.precis.support.TestDatabase;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The settings of the packaged service that {@code @QuarkusIntegrationTest} starts: the tests'
 * database ({@link TestDatabase}), a management interface on a free port, and API keys required as
 * in production: a write key and an admin key (deletes) that the tests send.
 */
public class PackagedServiceDatabase implements QuarkusTestResourceLifecycleManager {

    static final String WRITE_KEY = "pk_write_packaged_test_0123456789abcdef";
    static final String ADMIN_KEY = "pk_admin_packaged_test_0123456789abcdef";

    @Override
    public Map<String, String> start() {
        Map<String, String> settings = new HashMap<>();
        settings.put("quarkus.datasource.jdbc.url", TestDatabase.url());
        if (TestDatabase.user() != null) {
            settings.put("quarkus.datasource.username", TestDatabase.user());
        }
        if (TestDatabase.password() != null) {
            settings.put("quarkus.datasource.password", TestDatabase.password());
        }
        settings.put("quarkus.management.port", "0");
        settings.put("precis.auth.enabled", "true");
        settings.put("precis.auth.keys", "write:" + ApiKeys.hash(WRITE_KEY) + ",admin:" + ApiKeys.hash(ADMIN_KEY));
        return settings;
    }

    @Override
    public void stop() {
        // the database belongs to the test run (dev.precis.localdb) and stops with it
    }
}
