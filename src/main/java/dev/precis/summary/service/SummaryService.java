package dev.precis.summary.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dev.precis.PrecisConfig;
import dev.precis.corpus.CorpusStatistics;
import dev.precis.problem.InvalidRequestException;
import dev.precis.summary.Summarizer;
import dev.precis.summary.SummaryOptions;
import dev.precis.summary.SummaryResult;
import dev.precis.text.Language;
import io.micrometer.core.annotation.Timed;

/** Summarizes text for the HTTP layer, within the configured limits, and measures how long it takes. */
@ApplicationScoped
public class SummaryService {

    private final Summarizer summarizer;
    private final CorpusStatistics corpus;
    private final int maxTextLength;

    SummaryService(Summarizer summarizer, CorpusStatistics corpus, PrecisConfig config) {
        this.summarizer = summarizer;
        this.corpus = corpus;
        this.maxTextLength = config.limits().maxTextLength();
    }

    /** Summarizes with term weights from the stored corpus (read only if the options need them). */
    @Timed(value = "precis.summarize", description = "Time to summarize one article", histogram = true)
    public SummaryResult summarize(String title, String text, SummaryOptions options) {
        checkText(text);
        return summarizer.summarize(title, text, options, corpus);
    }

    /** The distinct terms an article of this language (ISO 639-1) adds to the corpus statistics. */
    public List<String> documentTerms(String title, String text, String language) {
        return List.copyOf(summarizer.documentTerms(title, text, Language.byCode(language).orElse(summarizer.fallbackLanguage())));
    }

    /** Rejects a text the engine should not be given: blank, or over the configured length. */
    public void checkText(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidRequestException("text", "must not be blank");
        }
        if (text.length() > maxTextLength) {
            throw new InvalidRequestException("text", "must be at most " + maxTextLength + " characters (it has " + text.length() + ")");
        }
    }
}
