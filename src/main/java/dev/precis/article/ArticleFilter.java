package dev.precis.article;

import java.time.Instant;

/**
 * Which stored articles a list shows: all of one source, of one language, published in a time
 * range ({@code since} inclusive, {@code until} exclusive), matching a full-text query. Each part is
 * {@code null} when not asked for.
 */
public record ArticleFilter(String source, String language, Instant since, Instant until, String query) {

    /** Lists with a query are ordered by relevance, the others newest first. */
    public boolean ranked() {
        return query != null;
    }
}
