package dev.precis.event;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import dev.precis.PrecisConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;

/**
 * Publishes the events waiting in the outbox to the broker (exchange {@code precis.articles},
 * routing key {@code article.<kind>} or {@code story.<kind>}), oldest first, and marks each
 * published once the broker confirmed it. Runs every {@code precis.events.relay-interval} on every
 * replica, and while a run finds full batches it takes the next one at once; a transaction-scoped
 * advisory lock lets one replica relay at a time. A broker that does not confirm an event in time
 * ends the run: the event and those after it stay pending for the next run, so an outage delays
 * events and loses none. An event whose confirmation was lost in transit may be published twice
 * (at least once; consumers drop an {@code eventId} seen before).
 */
@ApplicationScoped
public class EventRelay {

    private static final Logger LOG = Logger.getLogger(EventRelay.class);
    /** Advisory lock key of the relay ("precis event relay"). */
    static final long RELAY_LOCK = 0x7072656369730002L;

    private final PrecisConfig.Events config;
    private final EntityManager entityManager;
    private final EventPublisher publisher;
    private final Counter published;
    private volatile boolean brokerAway;
    private volatile boolean stopping;

    EventRelay(PrecisConfig config, EntityManager entityManager, EventPublisher publisher, MeterRegistry registry) {
        this.config = config.events();
        this.entityManager = entityManager;
        this.publisher = publisher;
        this.published = Counter.builder("precis.events.published").description("Article events confirmed by the broker").register(registry);
    }

    @Scheduled(every = "${precis.events.relay-interval}", delayed = "${precis.events.relay-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = EventsOff.class)
    void run() {
        // A full batch means more are waiting: take the next one at once, for as long as full ones
        // come, so a backlog drains at the broker's pace; the run ends with a batch that was not
        // full (the outbox is drained, another replica relays, or the broker is away).
        try {
            publisher.connect();
        } catch (IOException | TimeoutException | RuntimeException e) {
            // nothing is read from the outbox while the broker cannot be reached
            brokerUnconfirmed(e);
            return;
        }
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
     * Publishes pending events, at most {@code precis.events.relay-batch-size}: all of them are sent
     * before their confirmations are awaited together, then the ones confirmed, in order up to the
     * first that was not, are marked published in one statement. The first event not confirmed
     * stays pending with those after it.
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
            List<EventPublisher.Outgoing> events = new ArrayList<>(pending.size());
            for (Object[] row : pending) {
                long id = ((Number) row[0]).longValue();
                String kind = (String) row[2];
                events.add(new EventPublisher.Outgoing(id, row[1] + "." + kind, kind, body(id, (String) row[3])));
            }
            int confirmed = 0;
            if (!events.isEmpty()) {
                try {
                    confirmed = publisher.publish(events, timeout);
                } catch (IOException | TimeoutException | RuntimeException e) {
                    brokerUnconfirmed(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                if (confirmed < events.size()) {
                    brokerUnconfirmed(new TimeoutException("event " + events.get(confirmed).id() + " not confirmed"));
                } else if (brokerAway) {
                    brokerAway = false;
                    LOG.info("The message broker confirms events again; relaying the pending ones");
                }
            }
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            if (confirmed > 0) {
                Long[] ids = new Long[confirmed];
                for (int i = 0; i < confirmed; i++) {
                    ids[i] = events.get(i).id();
                }
                entityManager.createNativeQuery("update article_event set published_at = ?1 where id = any(?2)")
                        .setParameter(1, now)
                        .setParameter(2, ids)
                        .executeUpdate();
                published.increment(confirmed);
            }
            entityManager.createNativeQuery("delete from article_event where published_at < ?1")
                    .setParameter(1, now.minus(config.retention()))
                    .executeUpdate();
            return confirmed;
        });
    }

    /**
     * The message of an event: its stored payload with {@code eventId} put first, spliced into the
     * text as PostgreSQL gives it back (reading each event into its record and writing it out again
     * cost more than all the rest of the relay's work for it). The payload is a JSON object of the
     * event's fields, never an empty one.
     */
    static String body(long id, String payload) {
        return "{\"eventId\": " + id + ", " + payload.substring(1);
    }

    private void brokerUnconfirmed(Exception e) {
        if (!brokerAway) {
            brokerAway = true;
            LOG.warnf("The message broker did not confirm article events (%s); events wait in the outbox and are retried",
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage());
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
