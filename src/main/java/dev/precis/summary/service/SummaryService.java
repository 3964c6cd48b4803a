package dev.precis.summary.service;

import jakarta.enterprise.context.ApplicationScoped;

import dev.precis.PrecisConfig;
import dev.precis.corpus.CorpusStatistics;
import dev.precis.problem.InvalidRequestException;
import dev.precis.summary.Summarizer;
import dev.precis.summary.SummaryOptions;
import dev.precis.summary.SummaryResult;
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
        return summarizer.summarize(title, text, options, corpus.of(summarizer.language()));
    }

    /** The distinct terms an article adds to the corpus statistics. */
    public java.util.List<String> documentTerms(String title, String text) {
        return java.util.List.copyOf(summarizer.documentTerms(title, text));
    }

    /** Rejects a text the engine should not be given: blank, or over the configured length. */
    public void checkText(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidRequestException("text", "must not be blank");
        }
        if (text.indexOf('\u0000') >= 0) {
            throw new InvalidRequestException("text", "must not contain NUL characters");
        }
        if (text.length() > maxTextLength) {
            throw new InvalidRequestException("text", "must be at most " + maxTextLength + " characters (it has " + text.length() + ")");
        }
    }

    public String language() {
        return summarizer.language();
    }
}
