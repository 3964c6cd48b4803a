package dev.precis.summary.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dev.precis.corpus.CorpusStatistics;
import dev.precis.summary.Summarizer;
import dev.precis.summary.SummaryOptions;
import dev.precis.summary.SummaryResult;
import dev.precis.summary.service.ArticleReader.SubmittedArticle;
import dev.precis.text.Language;
import io.micrometer.core.annotation.Timed;

/** Summarizes submitted articles for the HTTP layer, within the configured limits, and measures how long it takes. */
@ApplicationScoped
public class SummaryService {

    private final Summarizer summarizer;
    private final CorpusStatistics corpus;
    private final ArticleReader reader;

    SummaryService(Summarizer summarizer, CorpusStatistics corpus, ArticleReader reader) {
        this.summarizer = summarizer;
        this.corpus = corpus;
        this.reader = reader;
    }

    /** A summary and the article it was made from (the text, and the page when the article came as HTML). */
    public record Summarized(SummaryResult result, SubmittedArticle article) {
    }

    /**
     * Reads the article (exactly one of {@code text} and {@code html}) and summarizes it; a page's
     * own title stands in when {@code title} is {@code null}.
     */
    public Summarized summarize(String title, String text, String html, SummaryOptions options) {
        SubmittedArticle article = reader.read(text, html);
        return new Summarized(summarize(title != null ? title : article.title(), article.text(), options), article);
    }

    /** Summarizes text already read, with term weights from the stored corpus (read only if the options need them). */
    @Timed(value = "precis.summarize", description = "Time to summarize one article", histogram = true)
    public SummaryResult summarize(String title, String text, SummaryOptions options) {
        return summarizer.summarize(title, text, options, corpus);
    }

    /** The distinct terms an article of this language (ISO 639-1) adds to the corpus statistics. */
    public List<String> documentTerms(String title, String text, String language) {
        return List.copyOf(summarizer.documentTerms(title, text, Language.byCode(language).orElse(summarizer.fallbackLanguage())));
    }
}
