package dev.precis.event;

import java.time.Instant;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * What the broker receives when a story starts, changes (an article joined, was updated or left
 * it) or ends (its last article was deleted): the story as it is after the change, and the article
 * that changed it. Built by the story's writer; the relay adds {@code eventId} as for article
 * events, and publishes with the routing key {@code story.<kind>}.
 */
@RegisterForReflection
public record StoryEvent(String kind, Instant occurredAt, long id, String language, int size, Instant firstAt, Instant latestAt,
        String headline, int version, long articleId) {

    public static final String CREATED = "created";
    public static final String UPDATED = "updated";
    public static final String DELETED = "deleted";
}
