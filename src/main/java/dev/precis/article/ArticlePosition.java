package dev.precis.article;

import java.time.Instant;

/**
 * Where an article sits in the order of a list: the key of keyset pagination. Newest-first lists
 * order by {@code (createdAt, id)}; lists ranked by a query order by {@code (rank, id)}, and then
 * {@code createdAt} is not part of the key.
 *
 * @param rank the article's full-text rank for the list's query, {@code null} for newest-first lists
 */
public record ArticlePosition(Instant createdAt, Float rank, long id) {

    public static ArticlePosition newestFirst(Instant createdAt, long id) {
        return new ArticlePosition(createdAt, null, id);
    }

    public static ArticlePosition ranked(float rank, long id) {
        return new ArticlePosition(null, rank, id);
    }
}
