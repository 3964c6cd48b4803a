package dev.precis.event;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;


import dev.precis.PrecisConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import io.smallrye.reactive.messaging.rabbitmq.OutgoingRabbitMQMetadata;

/**
 * Publishes the events waiting in the outbox to the broker (exchange {@code precis.articles},
 * routing key {@code article.<kind>} or {@code story.<kind>}), oldest first, and marks each published once the broker
 * confirmed it. Runs every {@code precis.events.relay-interval} on every replica; a
 * transaction-scoped advisory lock lets one replica relay at a time. A broker that does not
 * confirm an event in time ends the run: the event and those after it stay pending for the next
 * run, so an outage delays events and loses none. An event whose confirmation was lost in transit
 * may be published twice (at least once; consumers drop an {@code eventId} seen before).
 */
@ApplicationScoped
public class EventRelay {

    private static final Logger LOG = Logger.getLogger(EventRelay.class);
    /** Advisory lock key of the relay ("precis event relay"). */
    static final long RELAY_LOCK = 0x7072656369730002L;
    static final String CHANNEL = "article-events";

    private final PrecisConfig.Events config;
    private final EntityManager entityManager;
    private final Emitter<String> emitter;
    private final Counter published;
    private volatile boolean brokerAway;
    private volatile boolean stopping;

    EventRelay(PrecisConfig config, EntityManager entityManager, @Channel(CHANNEL) Emitter<String> emitter, MeterRegistry registry) {
        this.config = config.events();
        this.entityManager = entityManager;
        this.emitter = emitter;
        this.published = Counter.builder("precis.events.published").description("Article events confirmed by the broker").register(registry);
    }

    @Scheduled(every = "${precis.events.relay-interval}", delayed = "${precis.events.relay-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = EventsOff.class)
    void run() {
        // A full batch means more are waiting: take the next one at once, for as long as full ones
        // come, so a backlog drains at the broker's pace; the run ends with a batch that was not
        // full (the outbox is drained, another replica relays, or the broker is away).
        try {
            while (!stopping && relay() == config.relayBatchSize()) {
                // next batch
            }
        } catch (RuntimeException e) {
            // the database may be away; the events wait in the outbox
            LOG.debugf("Event relay skipped: %s", e.getClass().getSimpleName());
        }
    }

    /** A run with a backlog ends at its next batch once the application stops. */
    void stop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    /**
     * Publishes pending events, at most {@code precis.events.relay-batch-size}. All of them are sent
     * before any confirmation is awaited (a round trip to the broker per event would cap the relay
     * at a few hundred events a second); the run then marks the events confirmed in order, up to
     * the first that was not, which stays pending with those after it.
     *
     * @return how many were published, or -1 when another replica is relaying
     */
    public int relay() {
        Duration timeout = config.publishTimeout();
        return QuarkusTransaction.requiringNew().timeout((int) Math.max(30, timeout.toSeconds() * 4)).call(() -> {
            Object locked = entityManager.createNativeQuery("select pg_try_advisory_xact_lock(?1)").setParameter(1, RELAY_LOCK).getSingleResult();
            if (!Boolean.TRUE.equals(locked)) {
                return -1;
            }
            @SuppressWarnings("unchecked")
            List<Object[]> pending = entityManager.createNativeQuery(
                    "select id, topic, kind, cast(payload as text) from article_event where published_at is null order by id limit ?1")
                    .setParameter(1, config.relayBatchSize())
                    .getResultList();
            ZonedDateTime sentAt = ZonedDateTime.now(ZoneOffset.UTC);
            List<Long> sent = new ArrayList<>();
            List<CompletableFuture<Void>> confirmations = new ArrayList<>();
            for (Object[] row : pending) {
                long id = ((Number) row[0]).longValue();
                CompletableFuture<Void> confirmed = send(id, (String) row[1], (String) row[2], (String) row[3], sentAt);
                if (confirmed == null) {
                    break;
                }
                sent.add(id);
                confirmations.add(confirmed);
            }
            List<Long> done = awaitConfirmations(sent, confirmations, timeout);
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            if (!done.isEmpty()) {
                entityManager.createNativeQuery("update article_event set published_at = ?1 where id = any(?2)")
                        .setParameter(1, now)
                        .setParameter(2, done.toArray(Long[]::new))
                        .executeUpdate();
                published.increment(done.size());
            }
            entityManager.createNativeQuery("delete from article_event where published_at < ?1")
                    .setParameter(1, now.minus(config.retention()))
                    .executeUpdate();
            return done.size();
        });
    }

    /**
     * Hands one event to the broker's channel; its confirmation, or null when the channel refused it.
     * The body is the stored payload with {@code eventId} put first: spliced into the text as
     * PostgreSQL gives it back, since reading each event into its record and writing it out again
     * cost more than all the rest of the relay's work for it.
     */
    private CompletableFuture<Void> send(long id, String topic, String kind, String payload, ZonedDateTime sentAt) {
        CompletableFuture<Void> confirmed = new CompletableFuture<>();
        try {
            // the payload is a JSON object of the event's fields, never an empty one
            String body = "{\"eventId\": " + id + ", " + payload.substring(1);
            OutgoingRabbitMQMetadata metadata = OutgoingRabbitMQMetadata.builder()
                    .withRoutingKey(topic + "." + kind)
                    .withMessageId(Long.toString(id))
                    .withContentType("application/json")
                    .withDeliveryMode(2)
                    .withType(kind)
                    .withTimestamp(sentAt)
                    .build();
            emitter.send(Message.of(body, Metadata.of(metadata),
                    () -> {
                        confirmed.complete(null);
                        return CompletableFuture.completedFuture(null);
                    },
                    failure -> {
                        confirmed.completeExceptionally(failure);
                        return CompletableFuture.completedFuture(null);
                    }));
            return confirmed;
        } catch (RuntimeException e) {
            // the channel's buffer is full while the broker is away
            brokerUnconfirmed(id, e);
            return null;
        }
    }

    /**
     * The ids, in order, up to the first event the broker did not confirm in time. The time runs from
     * the previous confirmation, not from the start: a busy broker that keeps confirming is slow, not
     * away, and counting from the start would re-send the confirmed events behind a late one.
     */
    private List<Long> awaitConfirmations(List<Long> sent, List<CompletableFuture<Void>> confirmations, Duration timeout) {
        List<Long> done = new ArrayList<>();
        for (int i = 0; i < sent.size(); i++) {
            try {
                confirmations.get(i).get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (Exception e) {
                brokerUnconfirmed(sent.get(i), e);
                break;
            }
            done.add(sent.get(i));
        }
        if (!done.isEmpty() && brokerAway) {
            brokerAway = false;
            LOG.info("The message broker confirms events again; relaying the pending ones");
        }
        return done;
    }

    private void brokerUnconfirmed(long id, Exception e) {
        if (!brokerAway) {
            brokerAway = true;
            LOG.warnf("The message broker did not confirm article event %d (%s); events wait in the outbox and are retried", id,
                    e.getClass().getSimpleName());
        }
    }

    /** Publishing is off unless {@code precis.events.enabled}. */
    @ApplicationScoped
    public static class EventsOff implements Scheduled.SkipPredicate {

        private final boolean enabled;

        EventsOff(PrecisConfig config) {
            this.enabled = config.events().enabled();
        }

        @Override
        public boolean test(ScheduledExecution execution) {
            return !enabled;
        }
    }
}
