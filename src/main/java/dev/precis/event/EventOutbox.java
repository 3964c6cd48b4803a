package dev.precis.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.precis.PrecisConfig;

/**
 * Writes article events into the outbox table, in the caller's transaction: the event commits
 * with the write or not at all, and nothing is sent before the commit. The relay publishes it.
 */
@ApplicationScoped
public class EventOutbox {

    private final boolean enabled;
    private final EntityManager entityManager;
    private final ObjectMapper json;

    EventOutbox(PrecisConfig config, EntityManager entityManager, ObjectMapper json) {
        this.enabled = config.events().enabled();
        this.entityManager = entityManager;
        this.json = json;
    }

    /** Records an article event, to be published once the caller's transaction commits; nothing while events are off. */
    public void record(ArticleEvent event) {
        if (!enabled) {
            return;
        }
        String payload;
        try {
            payload = json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An article event could not be written as JSON", e);
        }
        entityManager.createNativeQuery("insert into article_event (article_id, kind, payload, created_at) values (?1, ?2, cast(?3 as jsonb), ?4)")
                .setParameter(1, event.id())
                .setParameter(2, event.kind())
                .setParameter(3, payload)
                .setParameter(4, event.occurredAt())
                .executeUpdate();
    }
}
