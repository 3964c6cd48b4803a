package dev.precis.event;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.precis.PrecisConfig;
import dev.precis.article.Article;

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

    /** Records that the article was created, updated or deleted (see {@link ArticleEvent}); nothing while events are off. */
    public void record(String kind, Article article) {
        if (!enabled) {
            return;
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String payload;
        try {
            payload = json.writeValueAsString(ArticleEvent.of(kind, article, now));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An article event could not be written as JSON", e);
        }
        entityManager.createNativeQuery("insert into article_event (article_id, kind, payload, created_at) values (?1, ?2, cast(?3 as jsonb), ?4)")
                .setParameter(1, article.id)
                .setParameter(2, kind)
                .setParameter(3, payload)
                .setParameter(4, now)
                .executeUpdate();
    }
}
