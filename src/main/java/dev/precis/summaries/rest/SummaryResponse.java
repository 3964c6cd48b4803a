package dev.precis.summaries.rest;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.precis.html.ExtractedArticle;
import dev.precis.summary.SummaryResult;

/** A summary as the API returns it, whether just computed or stored with an article. */
@Schema(name = "Summary")
public record SummaryResponse(
        @Schema(description = "Chosen sentences in article order") List<SentenceResponse> sentences,
        @Schema(description = "The chosen sentences joined by a space") String summary,
        @Schema(example = "news-centrality") String algorithm,
        @Schema(description = "ISO 639-1 code of the language the article was analyzed in", example = "en") String language,
        Stats stats,
        @Schema(description = "Words that characterize the article, best first, weight relative to the first") List<KeywordResponse> keywords,
        @Schema(description = "Whether the language was detected (false: the request named it, or it could not be told and the fallback was used)",
                example = "true") boolean languageDetected,
        @Schema(description = "Pieces of page furniture taken out before summarizing, by kind: headlines, shareWidgets, datelines, bylines, "
                + "captions, agencyCredits, relatedLinks, newsletterPrompts, copyright, advertisements; kinds not found are left out",
                example = "{\"shareWidgets\": 2, \"bylines\": 1}") Map<String, Integer> cleaning,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "For an HTML page: what was extracted from it; sentence offsets point into its text") ExtractedResponse extracted,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The article's title: the one given, or the headline its text opens with") String title,
        @Schema(description = "Whether the title is the headline found on the text's first line (no title was given)") boolean titleDetected) {

    @Schema(name = "Keyword")
    public record KeywordResponse(@Schema(example = "budget") String word, @Schema(example = "1.0") double weight) {
    }

    @Schema(name = "SummarySentence")
    public record SentenceResponse(
            @Schema(description = "Position of the sentence among the article's sentences (noise left out), from 0") int index,
            @Schema(description = "The sentence, without a dateline that opened it or an agency credit that closed it") String text,
            @Schema(description = "Offset of the sentence's first character in the article text (the submitted text, or the text extracted from the page)") int start,
            @Schema(description = "Offset just after the sentence's last character: text.substring(start, end) is the sentence") int end,
            @Schema(description = "Relative score, 1 for the best sentence of the article") double score) {
    }

    @Schema(name = "SummaryStats")
    public record Stats(
            @Schema(description = "Sentences in the article, noise left out") int sentenceCount,
            @Schema(description = "Words in the article, noise left out; a Chinese or Japanese character counts as a word") int wordCount) {
    }

    @Schema(name = "ExtractedArticle")
    public record ExtractedResponse(
            @Schema(description = "The page's og:title, else its headline or title") String title,
            @Schema(description = "The page's canonical URL") String url,
            @Schema(description = "The page's publication time, in UTC") Instant publishedAt,
            @Schema(description = "The article text found in the page, paragraphs separated by blank lines") String text) {

        static ExtractedResponse of(ExtractedArticle page) {
            return page == null ? null : new ExtractedResponse(page.title(), page.url(), page.publishedAt(), page.text());
        }
    }

    public static SummaryResponse of(SummaryResult result) {
        return of(result, null);
    }

    /** The response to a summary made from the article text, or from the page {@code page} when it is not {@code null}. */
    public static SummaryResponse of(SummaryResult result, ExtractedArticle page) {
        List<SentenceResponse> sentences = result.sentences().stream()
                .map(s -> new SentenceResponse(s.index(), s.text(), s.start(), s.end(), s.score()))
                .toList();
        List<KeywordResponse> keywords = result.keywords().stream().map(k -> new KeywordResponse(k.word(), k.weight())).toList();
        return new SummaryResponse(sentences, result.summaryText(), result.algorithm(), result.language(),
                new Stats(result.sentenceCount(), result.wordCount()), keywords, result.languageDetected(), result.cleaning(),
                ExtractedResponse.of(page), result.title(), result.titleDetected());
    }
}
