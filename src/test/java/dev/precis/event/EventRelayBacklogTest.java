package dev.precis.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import dev.precis.support.Broker;
import dev.precis.support.RequiresBroker;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * A backlog larger than one batch is published by one run of the relay, batch after batch, in
 * order: counted, not timed. The relay's schedule is an hour, so no scheduled run starts while the
 * test runs the relay itself.
 */
@RequiresBroker
@QuarkusTest
@TestProfile(EventRelayBacklogTest.SmallBatches.class)
class EventRelayBacklogTest {

    static final int BATCH = 10;

    /** Events on, batches of ten, and no scheduled run during the test. */
    public static class SmallBatches implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("precis.events.enabled", "true",
                    "precis.events.relay-interval", "1h",
                    "precis.events.relay-batch-size", Integer.toString(BATCH),
                    "precis.events.publish-timeout", "5s");
        }
    }

    @Inject
    EventRelay relay;

    @Inject
    EventOutbox outbox;

    @Inject
    EntityManager entityManager;

    @Test
    void shouldPublishABacklogOfSeveralBatchesInOneRun() throws Exception {
        int events = 3 * BATCH + 5;
        long first = ThreadLocalRandom.current().nextLong(1_000_000_000L, 2_000_000_000L);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < events; i++) {
                outbox.record(new ArticleEvent(ArticleEvent.CREATED, now, first + i, "backlog:" + i, null, "Backlog " + i, "backlog",
                        "en", null, now, "Summary " + i + ".", null, null));
            }
        });
        assertEquals(events, pending(first, events));

        try (Broker broker = Broker.consume()) {
            relay.run();
            // one run: nothing of the backlog is left for the next one
            assertEquals(0, pending(first, events), "every event of the backlog published by one run");
            // the queue keeps the broker's order, so each event is found after the one before it
            long previous = 0;
            for (int i = 0; i < events; i++) {
                Broker.Received event = broker.next(first + i, Duration.ofSeconds(10));
                assertNotNull(event, "event " + i + " of the backlog, in order");
                assertEquals("article.created", event.routingKey());
                assertEquals("backlog:" + i, event.body().path("externalId").asText());
                long eventId = event.body().path("eventId").asLong();
                assertEquals(Long.toString(eventId), event.properties().getMessageId());
                assertEquals(previous == 0 ? eventId : previous + 1, eventId, "event ids follow one another");
                previous = eventId;
            }
        }
    }

    private long pending(long first, int events) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from article_event where published_at is null and article_id between ?1 and ?2")
                .setParameter(1, first).setParameter(2, first + events - 1).getSingleResult()).longValue());
    }
}
