package dev.precis.event;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.ConfirmListener;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.ShutdownListener;
import com.rabbitmq.client.ShutdownSignalException;

/**
 * The relay's link to the broker: one AMQP connection with one channel in confirm mode, opened
 * when the relay first needs it and again on a later run after it was lost. A batch is written to
 * the channel from the relay's own thread, one frame after another, and its confirmations are then
 * awaited together: no thread hand-off and no round trip per event. (Quarkus Messaging's RabbitMQ
 * connector, used before, publishes one message at a time, each through a blocking executor and
 * back: 300 to 900 events a second on the loaded benchmark machine, against 1,800 to 3,000 and a
 * quarter of the CPU time per event with this; docs/BENCHMARKS.md.)
 */
@ApplicationScoped
class EventPublisher {

    static final String EXCHANGE = "precis.articles";

    /** An event as sent: its id (the message id), routing key, kind (the message type) and body. */
    record Outgoing(long id, String routingKey, String kind, String body) {
    }

    private final ConnectionFactory factory = new ConnectionFactory();
    private Connection connection;
    private Channel channel;

    // the broker's address and account keep the names of the RabbitMQ client settings
    // (RABBITMQ_HOST, RABBITMQ_PORT, RABBITMQ_USERNAME, RABBITMQ_PASSWORD)
    EventPublisher(@ConfigProperty(name = "rabbitmq-host", defaultValue = "localhost") String host,
            @ConfigProperty(name = "rabbitmq-port", defaultValue = "5672") int port,
            @ConfigProperty(name = "rabbitmq-username", defaultValue = "guest") String username,
            @ConfigProperty(name = "rabbitmq-password", defaultValue = "guest") String password) {
        factory.setHost(host);
        factory.setPort(port);
        factory.setUsername(username);
        factory.setPassword(password);
        factory.setConnectionTimeout(5_000);
        factory.setHandshakeTimeout(5_000);
        factory.setChannelRpcTimeout(10_000);
        // a broker that stops answering is noticed within half a minute, and its writes fail
        factory.setRequestedHeartbeat(10);
        // the relay opens a new connection on its next run: nothing is recovered behind its back
        factory.setAutomaticRecoveryEnabled(false);
        factory.setTopologyRecoveryEnabled(false);
    }

    /** Opens the connection unless it is open; throws when the broker cannot be reached. */
    synchronized void connect() throws IOException, TimeoutException {
        if (channel != null && channel.isOpen()) {
            return;
        }
        close();
        connection = factory.newConnection("precis-event-relay");
        Channel opened = connection.createChannel();
        // declared as the consumers' queues expect it; declaring an existing exchange changes nothing
        opened.exchangeDeclare(EXCHANGE, "topic", true);
        opened.confirmSelect();
        channel = opened;
    }

    /**
     * Sends the events in order, then waits until the broker has confirmed them all, refused one,
     * or confirmed nothing more for the timeout (which runs from the previous confirmation: a busy
     * broker that keeps confirming is slow, not away).
     *
     * @return how many events, from the first, the broker confirmed: those after the first one not
     *         confirmed are not counted even when they were, so that they are sent again in order
     */
    synchronized int publish(List<Outgoing> events, Duration timeout) throws IOException, TimeoutException, InterruptedException {
        connect();
        Channel open = channel;
        Confirms confirms = new Confirms();
        open.addConfirmListener(confirms);
        open.addShutdownListener(confirms);
        long[] sequence = new long[events.size()];
        int sent = 0;
        try {
            Date now = new Date();
            for (Outgoing event : events) {
                AMQP.BasicProperties properties = new AMQP.BasicProperties.Builder()
                        .contentType("application/json")
                        .deliveryMode(2)
                        .messageId(Long.toString(event.id()))
                        .type(event.kind())
                        .timestamp(now)
                        .build();
                long next = open.getNextPublishSeqNo();
                confirms.sent(next);
                sequence[sent] = next;
                open.basicPublish(EXCHANGE, event.routingKey(), properties, event.body().getBytes(StandardCharsets.UTF_8));
                sent++;
            }
        } catch (IOException | RuntimeException e) {
            // the connection broke while sending; what was sent may still be confirmed
            close();
        }
        long firstUnconfirmed = confirms.await(timeout);
        open.removeConfirmListener(confirms);
        open.removeShutdownListener(confirms);
        int confirmed = 0;
        while (confirmed < sent && sequence[confirmed] < firstUnconfirmed) {
            confirmed++;
        }
        if (confirmed < events.size()) {
            // a channel with events neither confirmed nor refused is not used again
            close();
        }
        return confirmed;
    }

    @PreDestroy
    synchronized void close() {
        if (connection != null) {
            try {
                connection.abort(1_000);
            } catch (RuntimeException e) {
                // closing anyway
            }
        }
        connection = null;
        channel = null;
    }

    /** The confirmations of one batch: the sequence numbers sent and not yet confirmed. */
    private static final class Confirms implements ConfirmListener, ShutdownListener {
        private final TreeSet<Long> outstanding = new TreeSet<>();
        private long firstRefused = Long.MAX_VALUE;
        private boolean closed;

        synchronized void sent(long sequence) {
            outstanding.add(sequence);
        }

        @Override
        public synchronized void handleAck(long tag, boolean multiple) {
            confirm(tag, multiple);
        }

        @Override
        public synchronized void handleNack(long tag, boolean multiple) {
            Long first = multiple ? outstanding.ceiling(0L) : Long.valueOf(tag);
            if (first != null && first <= tag) {
                firstRefused = Math.min(firstRefused, first);
            }
            confirm(tag, multiple);
        }

        @Override
        public synchronized void shutdownCompleted(ShutdownSignalException cause) {
            closed = true;
            notifyAll();
        }

        private void confirm(long tag, boolean multiple) {
            if (multiple) {
                outstanding.headSet(tag, true).clear();
            } else {
                outstanding.remove(tag);
            }
            notifyAll();
        }

        /** Waits as {@link EventPublisher#publish} says; the first sequence number not confirmed. */
        synchronized long await(Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            int left = outstanding.size();
            while (!outstanding.isEmpty() && !closed && firstRefused == Long.MAX_VALUE) {
                long wait = deadline - System.nanoTime();
                if (wait <= 0) {
                    break;
                }
                wait(Math.max(1, wait / 1_000_000));
                if (outstanding.size() < left) {
                    left = outstanding.size();
                    deadline = System.nanoTime() + timeout.toNanos();
                }
            }
            long firstOutstanding = outstanding.isEmpty() ? Long.MAX_VALUE : outstanding.first();
            return Math.min(firstOutstanding, firstRefused);
        }
    }
}
