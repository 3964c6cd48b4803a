package dev.precis.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;

/**
 * A consumer of the article events on the real RabbitMQ broker (RABBITMQ_HOST and RABBITMQ_PORT,
 * 127.0.0.1:5672 by default): a queue of its own, bound to the exchange the service publishes to,
 * removed when closed.
 */
public final class Broker implements AutoCloseable {

    public static final String HOST = System.getenv().getOrDefault("RABBITMQ_HOST", "127.0.0.1");
    public static final int PORT = Integer.parseInt(System.getenv().getOrDefault("RABBITMQ_PORT", "5672"));
    public static final String EXCHANGE = "precis.articles";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** An event as received: its routing key, properties and body. */
    public record Received(String routingKey, AMQP.BasicProperties properties, JsonNode body) {
    }

    private final Connection connection;
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();

    private Broker(Connection connection) {
        this.connection = connection;
    }

    /** Binds a new exclusive queue to the exchange with {@code article.#} and starts consuming. */
    public static Broker consume() throws IOException, TimeoutException {
        return consume("article.#");
    }

    /** Binds a new exclusive queue to the exchange with this binding key ({@code story.#} for story events) and starts consuming. */
    public static Broker consume(String bindingKey) throws IOException, TimeoutException {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost(HOST);
        factory.setPort(PORT);
        factory.setUsername(System.getenv().getOrDefault("RABBITMQ_USERNAME", "guest"));
        factory.setPassword(System.getenv().getOrDefault("RABBITMQ_PASSWORD", "guest"));
        Connection connection = factory.newConnection("precis-tests");
        Channel channel = connection.createChannel();
        // declared as the service declares it, so the order in which the two start does not matter
        channel.exchangeDeclare(EXCHANGE, "topic", true);
        String queue = channel.queueDeclare().getQueue();
        channel.queueBind(queue, EXCHANGE, bindingKey);
        Broker broker = new Broker(connection);
        channel.basicConsume(queue, true, new DefaultConsumer(channel) {
            @Override
            public void handleDelivery(String tag, Envelope envelope, AMQP.BasicProperties properties, byte[] body) throws IOException {
                broker.received.add(new Received(envelope.getRoutingKey(), properties, JSON.readTree(new String(body, StandardCharsets.UTF_8))));
            }
        });
        return broker;
    }

    /** The next event about this article (or story), or null when none came within the time. */
    public Received next(long articleId, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            Received event = received.poll(left, TimeUnit.NANOSECONDS);
            if (event == null) {
                return null;
            }
            if (event.body().path("id").asLong() == articleId) {
                return event;
            }
        }
    }

    @Override
    public void close() throws IOException {
        connection.close();
    }
}
