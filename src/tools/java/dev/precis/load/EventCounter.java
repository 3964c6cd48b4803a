package dev.precis.load;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.DeliverCallback;

/**
 * A consumer of the service's article events for load/events.sh: binds a queue of its own to the
 * {@code precis.articles} exchange, counts what arrives, and prints one line of figures once no
 * event has come for the idle time (or the overall limit is reached).
 *
 * <pre>
 * java -cp … dev.precis.load.EventCounter SOURCE IDLE_SECONDS MAX_SECONDS
 * </pre>
 *
 * Only {@code created} events of articles whose {@code source} is SOURCE are counted as the run's;
 * the line gives every message, the distinct event ids, the distinct article ids created, and the
 * delay from the write ({@code occurredAt}) to arrival: median, 99th percentile and maximum. It
 * prints {@code ready} once the queue is bound, so the caller starts the load only then. The broker
 * comes from RABBITMQ_HOST/PORT/USERNAME/PASSWORD (default the local one, guest).
 */
public final class EventCounter {

    private EventCounter() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: EventCounter SOURCE IDLE_SECONDS MAX_SECONDS");
            System.exit(2);
        }
        String source = args[0];
        Duration idle = Duration.ofSeconds(Long.parseLong(args[1]));
        Instant end = Instant.now().plusSeconds(Long.parseLong(args[2]));

        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost(env("RABBITMQ_HOST", "127.0.0.1"));
        factory.setPort(Integer.parseInt(env("RABBITMQ_PORT", "5672")));
        factory.setUsername(env("RABBITMQ_USERNAME", "guest"));
        factory.setPassword(env("RABBITMQ_PASSWORD", "guest"));
        ObjectMapper json = new ObjectMapper();

        Set<Long> eventIds = new HashSet<>();
        Set<Long> created = new HashSet<>();
        AtomicLong messages = new AtomicLong();
        AtomicLong lastArrival = new AtomicLong(System.nanoTime());
        // delays in milliseconds, one per created event of the run
        List<Long> delays = new ArrayList<>();

        try (Connection connection = factory.newConnection("precis-event-counter"); Channel channel = connection.createChannel()) {
            channel.exchangeDeclare("precis.articles", "topic", true);
            String queue = channel.queueDeclare().getQueue();
            channel.queueBind(queue, "precis.articles", "article.#");
            DeliverCallback deliver = (tag, delivery) -> {
                long arrived = System.currentTimeMillis();
                JsonNode event = json.readTree(delivery.getBody());
                synchronized (eventIds) {
                    messages.incrementAndGet();
                    eventIds.add(event.path("eventId").asLong());
                    if ("created".equals(event.path("kind").asText()) && source.equals(event.path("source").asText())
                            && created.add(event.path("id").asLong())) {
                        delays.add(arrived - Instant.parse(event.path("occurredAt").asText()).toEpochMilli());
                    }
                }
                lastArrival.set(System.nanoTime());
            };
            channel.basicConsume(queue, true, deliver, tag -> {
            });
            System.out.println("ready");
            System.out.flush();
            while (Instant.now().isBefore(end)) {
                Thread.sleep(200);
                boolean quiet = System.nanoTime() - lastArrival.get() > idle.toNanos();
                if (quiet && messages.get() > 0) {
                    break;
                }
            }
        }
        synchronized (eventIds) {
            long[] sorted = delays.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf("events: messages %d, distinct event ids %d, articles created %d; delay from write to arrival ms: p50 %d, p99 %d, max %d%n",
                    messages.get(), eventIds.size(), created.size(), percentile(sorted, 0.50), percentile(sorted, 0.99),
                    sorted.length == 0 ? 0 : sorted[sorted.length - 1]);
        }
    }

    private static long percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
