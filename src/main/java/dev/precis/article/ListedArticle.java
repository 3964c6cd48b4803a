package dev.precis.article;

import java.time.Instant;

/**
 * A stored article as a list shows it: its metadata and summary, read without its text, which can
 * be 200,000 characters; the text is there only when the list asks for it.
 *
 * @param copyOf the original the article is a near copy of, or {@code null}
 * @param storyId the story the article belongs to
 * @param text the stored text, or {@code null} when the list was asked without it
 */
public record ListedArticle(long id, String title, String detectedTitle, String url, String externalId, String source, String language,
        Instant publishedAt, Instant createdAt, Instant updatedAt, String format, Summary summary, Long copyOf, Long storyId, String text) {

    /** The same article carrying its text. */
    public ListedArticle withText(String stored) {
        return new ListedArticle(id, title, detectedTitle, url, externalId, source, language, publishedAt, createdAt, updatedAt, format,
                summary, copyOf, storyId, stored);
    }
}
