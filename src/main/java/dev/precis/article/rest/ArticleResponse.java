package dev.precis.article.rest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.precis.article.Article;
import dev.precis.article.ListedArticle;
import dev.precis.article.Summary;
import dev.precis.article.service.EntityTags;
import dev.precis.summaries.rest.SummaryResponse;

/** A stored article with its summary; in a list, without its text unless the list asks for it. */
@Schema(name = "Article")
public record ArticleResponse(
        @Schema(example = "42") long id,
        String title,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The stored text: as submitted, or as extracted from the submitted page; summary offsets point into it. "
                + "Always in an article's own answer; in a list only with fields=text") String text,
        String url,
        @Schema(description = "The sender's own id for the article, when it gave one") String externalId,
        String source,
        @Schema(example = "en") String language,
        Instant publishedAt,
        Instant createdAt,
        @Schema(description = "When the text, metadata or summary last changed; createdAt until the first update") Instant updatedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The stored summary; left out of a list item only when omitted names it") SummaryResponse summary,
        @Schema(description = "text when the article was submitted as text, html when its text was extracted from a page", example = "text") String format,
        @Schema(description = "Whether the title is the headline found on the text's first line (no title was given)") boolean titleDetected,
        @Schema(description = "The article this one is a near copy of (the earliest article of the group: its text shares at least 80% of "
                + "its 5-word shingles); null for an original", example = "17") Long copyOf,
        @Schema(description = "The story the article belongs to (see GET /api/v1/stories/{id}); null until it is known (stories are "
                + "assigned apart from the store, within about a second after it) and for articles stored before stories were kept",
                example = "5") Long storyId,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "List items only, and only for an article too large to fit a list page on its own (precis.pages.max-bytes): "
                + "the fields left out of it, text and then summary; the article's own URL answers them", example = "[\"text\"]")
        List<String> omitted) {

    public static ArticleResponse of(Article article) {
        boolean detected = article.title == null && article.detectedTitle != null;
        String title = detected ? article.detectedTitle : article.title;
        return new ArticleResponse(article.id, title, article.text, article.url, article.externalId, article.source,
                article.language, article.publishedAt, article.createdAt, article.updatedAt, summaryOf(article.summary, title, detected),
                article.format, detected, article.copyOf, article.storyId, null);
    }

    /** A list item: the text only when the list was asked for it. */
    static ArticleResponse listed(ListedArticle article) {
        boolean detected = article.title() == null && article.detectedTitle() != null;
        String title = detected ? article.detectedTitle() : article.title();
        return new ArticleResponse(article.id(), title, article.text(), article.url(), article.externalId(), article.source(),
                article.language(), article.publishedAt(), article.createdAt(), article.updatedAt(), summaryOf(article.summary(), title, detected),
                article.format(), detected, article.copyOf(), article.storyId(), null);
    }

    /** This list item without its text, or, when it has none, without its summary; null when nothing is left to leave out. */
    ArticleResponse smaller() {
        List<String> left = new ArrayList<>(omitted == null ? List.of() : omitted);
        if (text != null) {
            left.add("text");
            return new ArticleResponse(id, title, null, url, externalId, source, language, publishedAt, createdAt, updatedAt, summary, format,
                    titleDetected, copyOf, storyId, List.copyOf(left));
        }
        if (summary != null) {
            left.add("summary");
            return new ArticleResponse(id, title, null, url, externalId, source, language, publishedAt, createdAt, updatedAt, null, format,
                    titleDetected, copyOf, storyId, List.copyOf(left));
        }
        return null;
    }

    /** The entity tag of this representation, so a client can revalidate with {@code If-None-Match}. */
    public String etag() {
        return EntityTags.of(id, updatedAt);
    }

    private static SummaryResponse summaryOf(Summary summary, String title, boolean titleDetected) {
        var sentences = summary.sentences.stream()
                .map(s -> new SummaryResponse.SentenceResponse(s.index(), s.text(), s.start(), s.end(), s.score()))
                .toList();
        var keywords = summary.keywords == null ? List.<SummaryResponse.KeywordResponse>of()
                : summary.keywords.stream().map(k -> new SummaryResponse.KeywordResponse(k.word(), k.weight())).toList();
        return new SummaryResponse(sentences, summary.text(), summary.algorithm, summary.language,
                new SummaryResponse.Stats(summary.sentenceCount, summary.wordCount), keywords, summary.languageDetected,
                summary.cleaning == null ? Map.of() : summary.cleaning, null, title, titleDetected);
    }
}
