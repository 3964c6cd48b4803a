package dev.precis.article;

import java.time.Instant;

/** Where an article sits in the newest-first order: the key of keyset pagination. */
public record ArticlePosition(Instant createdAt, long id) {
}
