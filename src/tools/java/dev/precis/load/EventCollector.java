package dev.precis.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.DeliverCallback;

/**
 * The consumer of load/firehose.sh and load/relay.sh: binds a queue of its own to the exchange
 * {@code precis.articles} with the routing key {@code #} (every article and story event), records
 * what arrives, and when told to stop, writes what it received and prints the figures.
 *
 * <pre>
 * java -cp … dev.precis.load.EventCollector OUT_DIR AFTER_EVENT_ID
 * </pre>
 *
 * Events whose {@code eventId} is not above AFTER_EVENT_ID (published before the run, from an
 * earlier backlog) are counted apart and otherwise ignored. It prints {@code ready} once the queue
 * is bound, so the caller starts its load only then; a line on its standard input (or its end)
 * tells it to stop, which it does once no event has come for two seconds (at most 60 s later).
 * It then writes OUT_DIR/event-ids.txt (the distinct event ids received, sorted) and
 * OUT_DIR/created-ids.txt (the article id of every article.created delivery, duplicates kept) and
 * prints one {@code name value} line per figure: deliveries, distinct events, duplicates (a
 * delivery of an event id already received: delivery is at least once), deliveries per routing key,
 * and the delay from the write ({@code occurredAt}) to arrival in milliseconds. The broker comes from
 * RABBITMQ_HOST/PORT/USERNAME/PASSWORD (default the local one, guest).
 */
public final class EventCollector {

    private EventCollector() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: EventCollector OUT_DIR AFTER_EVENT_ID");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        long after = Long.parseLong(args[1]);

        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost(env("RABBITMQ_HOST", "127.0.0.1"));
        factory.setPort(Integer.parseInt(env("RABBITMQ_PORT", "5672")));
        factory.setUsername(env("RABBITMQ_USERNAME", "guest"));
        factory.setPassword(env("RABBITMQ_PASSWORD", "guest"));
        ObjectMapper json = new ObjectMapper();

        Tally tally = new Tally();
        AtomicLong lastArrival = new AtomicLong(System.nanoTime());
        try (Connection connection = factory.newConnection("precis-event-collector"); Channel channel = connection.createChannel()) {
            channel.exchangeDeclare("precis.articles", "topic", true);
            // exclusive: the queue lives as long as this consumer and is removed with it
            String queue = channel.queueDeclare().getQueue();
            channel.queueBind(queue, "precis.articles", "#");
            DeliverCallback deliver = (tag, delivery) -> {
                long arrived = System.currentTimeMillis();
                JsonNode event = json.readTree(delivery.getBody());
                tally.add(after, delivery.getEnvelope().getRoutingKey(), event, arrived);
                lastArrival.set(System.nanoTime());
            };
            channel.basicConsume(queue, true, deliver, tag -> {
            });
            System.out.println("ready");
            System.out.flush();

            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            long stopBy = System.nanoTime() + 60_000_000_000L;
            while (System.nanoTime() - lastArrival.get() < 2_000_000_000L && System.nanoTime() < stopBy) {
                Thread.sleep(100);
            }
        }
        tally.write(out);
    }

    /** What arrived; fed by the connection's consumer thread, read once it is closed. */
    private static final class Tally {
        private final Set<Long> eventIds = new HashSet<>();
        private final Map<String, Long> perKey = new TreeMap<>();
        private long[] created = new long[1024];
        private long[] delays = new long[1024];
        private int createdCount;
        private int delayCount;
        private long deliveries;
        private long duplicates;
        private long earlier;

        synchronized void add(long after, String routingKey, JsonNode event, long arrived) {
            long eventId = event.path("eventId").asLong();
            if (eventId <= after) {
                earlier++;
                return;
            }
            deliveries++;
            perKey.merge(routingKey, 1L, Long::sum);
            if (!eventIds.add(eventId)) {
                duplicates++;
                return;
            }
            if ("article.created".equals(routingKey)) {
                if (createdCount == created.length) {
                    created = Arrays.copyOf(created, createdCount * 2);
                }
                created[createdCount++] = event.path("id").asLong();
            }
            if (delayCount == delays.length) {
                delays = Arrays.copyOf(delays, delayCount * 2);
            }
            delays[delayCount++] = arrived - Instant.parse(event.path("occurredAt").asText()).toEpochMilli();
        }

        synchronized void write(Path out) throws IOException {
            long[] ids = eventIds.stream().mapToLong(Long::longValue).sorted().toArray();
            try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(out.resolve("event-ids.txt")))) {
                for (long id : ids) {
                    writer.println(id);
                }
            }
            try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(out.resolve("created-ids.txt")))) {
                for (int i = 0; i < createdCount; i++) {
                    writer.println(created[i]);
                }
            }
            long[] sorted = Arrays.copyOf(delays, delayCount);
            Arrays.sort(sorted);
            System.out.println("deliveries " + deliveries);
            System.out.println("distinct " + eventIds.size());
            System.out.println("duplicates " + duplicates);
            System.out.println("earlier " + earlier);
            perKey.forEach((key, count) -> System.out.println("key:" + key + " " + count));
            System.out.println("delay_p50_ms " + percentile(sorted, 0.50));
            System.out.println("delay_p99_ms " + percentile(sorted, 0.99));
            System.out.println("delay_max_ms " + (sorted.length == 0 ? 0 : sorted[sorted.length - 1]));
            System.out.flush();
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
