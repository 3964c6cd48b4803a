package dev.precis.article;

import java.time.Instant;

/**
 * An article to store, as read from a request: its text (as submitted, or as extracted from the
 * submitted page), the format it came in ({@code text} or {@code html}) and its metadata, the
 * request's own or, where the request gives none, the page's.
 */
public record NewArticle(String title, String text, String format, String url, String externalId, String source, Instant publishedAt) {

    /** The same article under another external id. */
    public NewArticle withExternalId(String other) {
        return new NewArticle(title, text, format, url, other, source, publishedAt);
    }
}
