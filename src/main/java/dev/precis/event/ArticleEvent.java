package dev.precis.event;

import java.time.Instant;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * What the broker receives when an article is stored, updated or deleted: enough to act on without
 * reading the article back (its identities, title, language and summary). Built by the writer of
 * the article, which knows it; {@code occurredAt} is when the write happened; {@code copyOf} and
 * {@code storyId} are the article's original, when it is a near copy, and its story. The relay adds
 * {@code eventId}, increasing with every event; consumers drop an eventId they have seen, since
 * delivery is at least once.
 */
@RegisterForReflection
public record ArticleEvent(String kind, Instant occurredAt, long id, String externalId, String url, String title, String source,
        String language, Instant publishedAt, Instant updatedAt, String summary, Long copyOf, Long storyId) {

    public static final String CREATED = "created";
    public static final String UPDATED = "updated";
    public static final String DELETED = "deleted";
}
