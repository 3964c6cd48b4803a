package dev.precis.support;

import java.nio.charset.StandardCharsets;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.DeliverCallback;

/**
 * Prints the article events the service publishes, one JSON document a line, as an aggregator's
 * consumer would receive them: a queue of its own bound to the exchange {@code precis.articles}.
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.precis.support.EventTail
 * -Dexec.args="aggregator-articles article.#"}: the queue's name (durable, so events wait in it while
 * the consumer is away) and the routing key to bind; RABBITMQ_HOST, RABBITMQ_PORT, RABBITMQ_USERNAME
 * and RABBITMQ_PASSWORD name the broker (127.0.0.1:5672, guest by default). Stops with Ctrl+C.
 */
public final class EventTail {

    private EventTail() {
    }

    public static void main(String[] args) throws Exception {
        String queue = args.length > 0 ? args[0] : "aggregator-articles";
        String binding = args.length > 1 ? args[1] : "article.#";
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost(Broker.HOST);
        factory.setPort(Broker.PORT);
        factory.setUsername(System.getenv().getOrDefault("RABBITMQ_USERNAME", "guest"));
        factory.setPassword(System.getenv().getOrDefault("RABBITMQ_PASSWORD", "guest"));
        Connection connection = factory.newConnection("precis-event-tail");
        Channel channel = connection.createChannel();
        channel.exchangeDeclare(Broker.EXCHANGE, "topic", true);
        channel.queueDeclare(queue, true, false, false, null);
        channel.queueBind(queue, Broker.EXCHANGE, binding);
        DeliverCallback print = (tag, delivery) -> {
            System.out.println(new String(delivery.getBody(), StandardCharsets.UTF_8));
            System.out.flush();
            channel.basicAck(delivery.getEnvelope().getDeliveryTag(), false);
        };
        channel.basicConsume(queue, false, print, tag -> { });
        System.err.println("Consuming " + Broker.EXCHANGE + " " + binding + " through queue " + queue + "; Ctrl+C stops");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                connection.close();
            } catch (Exception e) {
                // stopping anyway
            }
        }));
        Thread.currentThread().join();
    }
}
