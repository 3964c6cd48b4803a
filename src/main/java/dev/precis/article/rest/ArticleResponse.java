package dev.precis.article.rest;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.precis.article.Article;
import dev.precis.article.Summary;
import dev.precis.summary.rest.SummaryResponse;

/** A stored article with its summary. */
@Schema(name = "Article")
public record ArticleResponse(
        @Schema(example = "42") long id,
        String title,
        @Schema(description = "The stored text: as submitted, or as extracted from the submitted page; summary offsets point into it") String text,
        String url,
        String source,
        @Schema(example = "en") String language,
        Instant publishedAt,
        Instant createdAt,
        SummaryResponse summary,
        @Schema(description = "text when the article was submitted as text, html when its text was extracted from a page", example = "text") String format) {

    public static ArticleResponse of(Article article) {
        return new ArticleResponse(article.id, article.title, article.text, article.url, article.source, article.language,
                article.publishedAt, article.createdAt, summaryOf(article.summary), article.format);
    }

    private static SummaryResponse summaryOf(Summary summary) {
        var sentences = summary.sentences.stream()
                .map(s -> new SummaryResponse.SentenceResponse(s.index(), s.text(), s.start(), s.end(), s.score()))
                .toList();
        String joined = String.join(" ", sentences.stream().map(SummaryResponse.SentenceResponse::text).toList());
        var keywords = summary.keywords == null ? List.<SummaryResponse.KeywordResponse>of()
                : summary.keywords.stream().map(k -> new SummaryResponse.KeywordResponse(k.word(), k.weight())).toList();
        return new SummaryResponse(sentences, joined, summary.algorithm, summary.language,
                new SummaryResponse.Stats(summary.sentenceCount, summary.wordCount), keywords, summary.languageDetected,
                summary.cleaning == null ? Map.of() : summary.cleaning, null);
    }
}
