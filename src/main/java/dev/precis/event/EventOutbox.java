package dev.precis.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.precis.PrecisConfig;

/**
 * Writes article and story events into the outbox table, in the caller's transaction: the event
 * commits with the write or not at all, and nothing is sent before the commit. The relay publishes it.
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
        insert("article", event.id(), null, event.kind(), event, event.occurredAt());
    }

    /** Records a story event, as {@link #record(ArticleEvent)} does an article's. */
    public void record(StoryEvent event) {
        insert("story", null, event.id(), event.kind(), event, event.occurredAt());
    }

    private void insert(String topic, Long articleId, Long storyId, String kind, Object event, java.time.Instant occurredAt) {
        if (!enabled) {
            return;
        }
        String payload;
        try {
            payload = json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The " + topic + " event could not be written as JSON", e);
        }
        entityManager.createNativeQuery("insert into article_event (topic, article_id, story_id, kind, payload, created_at)"
                        + " values (?1, ?2, ?3, ?4, cast(?5 as jsonb), ?6)")
                .setParameter(1, topic)
                .setParameter(2, articleId)
                .setParameter(3, storyId)
                .setParameter(4, kind)
                .setParameter(5, payload)
                .setParameter(6, occurredAt)
                .executeUpdate();
    }
}
