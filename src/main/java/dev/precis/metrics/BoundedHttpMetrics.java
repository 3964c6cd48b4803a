package dev.precis.metrics;

import java.util.Set;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;

/**
 * Keeps the HTTP server metrics to a bounded set of series whatever clients send. Each distinct tag
 * value is a series kept for the life of the process, and the method and status of a request are
 * the client's to choose: a request with a made-up method name ({@code X1 /api/v1/articles/1}) is
 * answered 405 and would otherwise add a series of its own. Methods outside the standard ones are
 * counted as {@code OTHER}, and so are statuses outside 100–599. The path is already bounded by
 * Quarkus, which tags a request by its route template and unmatched requests as {@code NOT_FOUND}.
 */
public class BoundedHttpMetrics {

    static final String OTHER = "OTHER";
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "CONNECT");

    @Produces
    @Singleton
    MeterFilter boundedHttpTags() {
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                if (!id.getName().startsWith("http.server.")) {
                    return id;
                }
                return id.replaceTags(id.getTags().stream().map(BoundedHttpMetrics::bounded).toList());
            }
        };
    }

    static Tag bounded(Tag tag) {
        return switch (tag.getKey()) {
            case "method" -> METHODS.contains(tag.getValue()) ? tag : Tag.of("method", OTHER);
            case "status" -> isStatus(tag.getValue()) ? tag : Tag.of("status", OTHER);
            default -> tag;
        };
    }

    private static boolean isStatus(String value) {
        if (value.length() != 3) {
            return false;
        }
        for (int i = 0; i < 3; i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return value.charAt(0) >= '1' && value.charAt(0) <= '5';
    }
}
