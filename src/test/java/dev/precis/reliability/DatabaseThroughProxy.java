package dev.precis.reliability;

import java.net.URI;
import java.util.Map;

import dev.precis.support.TcpProxy;
import dev.precis.support.TestDatabase;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts a {@link TcpProxy} in front of the test database and points the service's datasource at
 * it. The database is the tests' own ({@link TestDatabase}).
 */
public class DatabaseThroughProxy implements QuarkusTestResourceLifecycleManager {

    static volatile TcpProxy proxy;

    @Override
    public Map<String, String> start() {
        String url = TestDatabase.url();
        URI target = URI.create(url.substring("jdbc:".length()));
        try {
            proxy = new TcpProxy(target.getHost(), target.getPort() < 0 ? 5432 : target.getPort());
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the database proxy", e);
        }
        String proxied = "jdbc:postgresql://127.0.0.1:" + proxy.port() + target.getPath() + (target.getQuery() == null ? "" : "?" + target.getQuery());
        return Map.of("quarkus.datasource.jdbc.url", proxied);
    }

    @Override
    public void stop() {
        if (proxy != null) {
            proxy.close();
        }
    }
}
