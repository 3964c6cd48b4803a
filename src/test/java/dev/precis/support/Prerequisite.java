package dev.precis.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Skips the tests that need something a machine may lack — a RabbitMQ broker, Chromium and its
 * driver — and says what to install, the way Testcontainers skips without Docker. Where the
 * {@code CI} variable is set nothing is skipped: a missing broker or browser fails the run there.
 */
public final class Prerequisite implements ExecutionCondition {

    static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<String> missing = Optional.empty();
        if (AnnotationSupport.isAnnotated(context.getElement(), RequiresBroker.class)) {
            missing = missingBroker();
        }
        if (missing.isEmpty() && AnnotationSupport.isAnnotated(context.getElement(), RequiresBrowser.class)) {
            missing = missingBrowser();
        }
        if (missing.isEmpty()) {
            return ConditionEvaluationResult.enabled("everything it needs is here");
        }
        if (System.getenv("CI") != null) {
            return ConditionEvaluationResult.enabled("CI is set, so it runs without: " + missing.get());
        }
        // Surefire's console shows only a count of skipped tests: say why, once per test class
        System.err.println("Skipped " + context.getDisplayName() + ": " + missing.get());
        return ConditionEvaluationResult.disabled(missing.get());
    }

    static Optional<String> missingBroker() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(Broker.HOST, Broker.PORT), 1000);
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("no RabbitMQ broker at " + Broker.HOST + ":" + Broker.PORT
                    + " (install and start one, e.g. Debian's rabbitmq-server: `apt-get install rabbitmq-server` then `rabbitmq-server -detached`;"
                    + " RABBITMQ_HOST and RABBITMQ_PORT point elsewhere)");
        }
    }

    static Optional<String> missingBrowser() {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return Optional.empty();
        }
        return Optional.of("no Chromium and chromedriver at " + CHROMIUM + " and " + CHROMEDRIVER
                + " (install Debian's chromium and chromium-driver: `apt-get install chromium chromium-driver`;"
                + " -Dchromium.binary and -Dwebdriver.chrome.driver point elsewhere)");
    }
}
