package dev.precis.summaries.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dev.precis.summary.MultiDocumentSummarizer;
import dev.precis.summary.MultiDocumentSummary;
import dev.precis.summary.Summarizer;
import dev.precis.summary.SummaryOptions;
import dev.precis.summary.SummaryResult;
import dev.precis.summary.TermStatistics;
import dev.precis.text.Language;
import io.micrometer.core.annotation.Timed;

/** Summarizes articles with the engine and the stored corpus statistics, and measures how long it takes. */
@ApplicationScoped
public class SummaryService {

    private final Summarizer summarizer;
    private final MultiDocumentSummarizer documents;
    private final TermStatistics corpus;

    SummaryService(Summarizer summarizer, TermStatistics corpus) {
        this.summarizer = summarizer;
        this.documents = new MultiDocumentSummarizer(summarizer);
        this.corpus = corpus;
    }

    /** One summary of several articles about one event (a story), each chosen sentence attributed to its article. */
    @Timed(value = "precis.summarize.documents", description = "Time to summarize several articles together", histogram = true)
    public MultiDocumentSummary summarize(List<MultiDocumentSummarizer.Document> articles, MultiDocumentSummarizer.Options length) {
        return documents.summarize(articles, length, corpus);
    }

    /** Summarizes an article's text, with term weights from the stored corpus (the {@link TermStatistics} that {@code dev.precis.corpus} provides, read only if the options need them). */
    @Timed(value = "precis.summarize", description = "Time to summarize one article", histogram = true)
    public SummaryResult summarize(String title, String text, SummaryOptions options) {
        return summarizer.summarize(title, text, options, corpus);
    }

    /** The distinct terms an article of this language (ISO 639-1) adds to the corpus statistics. */
    public List<String> documentTerms(String title, String text, String language) {
        return List.copyOf(summarizer.documentTerms(title, text, Language.byCode(language).orElse(summarizer.fallbackLanguage())));
    }
}
