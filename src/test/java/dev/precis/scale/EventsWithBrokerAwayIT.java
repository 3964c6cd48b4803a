package dev.precis.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.precis.support.Articles;
import dev.precis.support.Broker;
import dev.precis.support.RequiresBroker;
import dev.precis.support.PackagedService;
import dev.precis.support.TcpProxy;

/**
 * The packaged service with events on, started while the broker cannot be reached: it is ready,
 * stores articles, and publishes their events once the broker can be reached.
 */
@RequiresBroker
class EventsWithBrokerAwayIT {

    @Test
    void shouldStartServeAndLaterPublishWhenTheBrokerIsAwayAtStart() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        try (TcpProxy proxy = new TcpProxy(Broker.HOST, Broker.PORT); Broker broker = Broker.consume()) {
            proxy.cut();
            try (PackagedService service = PackagedService.start(Map.of("PRECIS_EVENTS_ENABLED", "true", "RABBITMQ_HOST", "127.0.0.1",
                    "RABBITMQ_PORT", Integer.toString(proxy.port()), "RABBITMQ_USERNAME", "guest", "RABBITMQ_PASSWORD", "guest"))) {
                HttpResponse<String> stored = http.send(HttpRequest.newBuilder(service.uri("/api/v1/articles"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(Articles.json(Articles.uniqueStory()))).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(201, stored.statusCode(), stored.body());
                long id = new ObjectMapper().readTree(stored.body()).get("id").asLong();
                assertEquals(200, http.send(HttpRequest.newBuilder(service.managementUri("/q/health/ready")).build(), HttpResponse.BodyHandlers.ofString())
                        .statusCode(), "ready while the broker is away");
                assertNull(broker.next(id, Duration.ofSeconds(3)), "nothing published while the broker is away");

                proxy.restore();
                Broker.Received event = broker.next(id, Duration.ofSeconds(60));
                assertNotNull(event, "published once the broker can be reached");
                assertEquals("article.created", event.routingKey());
            }
        }
    }
}
