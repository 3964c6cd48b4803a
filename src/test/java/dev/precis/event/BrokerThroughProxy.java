package dev.precis.event;

import java.util.Map;

import dev.precis.support.Broker;
import dev.precis.support.TcpProxy;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Starts a {@link TcpProxy} in front of the RabbitMQ broker and points the service's connection at it. */
public class BrokerThroughProxy implements QuarkusTestResourceLifecycleManager {

    static volatile TcpProxy proxy;

    @Override
    public Map<String, String> start() {
        try {
            proxy = new TcpProxy(Broker.HOST, Broker.PORT);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the broker proxy", e);
        }
        return Map.of("rabbitmq-host", "127.0.0.1", "rabbitmq-port", Integer.toString(proxy.port()));
    }

    @Override
    public void stop() {
        if (proxy != null) {
            proxy.close();
        }
    }
}
