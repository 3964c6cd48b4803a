package dev.precis.summary;

import dev.precis.text.Language;

/**
 * What a caller asks of a summary. Exactly one length is in force: a sentence count, a fraction of
 * the article's sentences, or a word budget (three sentences when none is given).
 *
 * @param avoidQuotes    leave out sentences that are mostly quotation while enough others remain
 * @param avoidQuestions leave out questions while enough other sentences remain
 * @param keywords       how many keywords to return with the summary
 * @param language       the article's language, or {@code null} to detect it
 */
public record SummaryOptions(Integer sentences, Double ratio, Integer maxWords, Algorithm algorithm,
        boolean avoidQuotes, boolean avoidQuestions, int keywords, Language language) {

    public static final int DEFAULT_SENTENCES = 3;

    public SummaryOptions {
        int lengths = (sentences != null ? 1 : 0) + (ratio != null ? 1 : 0) + (maxWords != null ? 1 : 0);
        if (lengths > 1) {
            throw new IllegalArgumentException("at most one of sentences, ratio and maxWords");
        }
        if (lengths == 0) {
            sentences = DEFAULT_SENTENCES;
        }
        if (sentences != null && sentences < 1 || ratio != null && !(ratio > 0 && ratio <= 1) || maxWords != null && maxWords < 1) {
            throw new IllegalArgumentException("length out of range");
        }
        if (keywords < 0) {
            throw new IllegalArgumentException("keywords must not be negative");
        }
        if (algorithm == null) {
            algorithm = Algorithm.DEFAULT;
        }
    }

    /** Options with the language detected. */
    public SummaryOptions(Integer sentences, Double ratio, Integer maxWords, Algorithm algorithm, boolean avoidQuotes,
            boolean avoidQuestions, int keywords) {
        this(sentences, ratio, maxWords, algorithm, avoidQuotes, avoidQuestions, keywords, null);
    }

    public static SummaryOptions ofSentences(int sentences) {
        return new SummaryOptions(sentences, null, null, Algorithm.DEFAULT, false, false, 0, null);
    }

    public SummaryOptions withAlgorithm(Algorithm other) {
        return new SummaryOptions(sentences, ratio, maxWords, other, avoidQuotes, avoidQuestions, keywords, language);
    }

    public SummaryOptions withKeywords(int count) {
        return new SummaryOptions(sentences, ratio, maxWords, algorithm, avoidQuotes, avoidQuestions, count, language);
    }

    public SummaryOptions avoiding(boolean quotes, boolean questions) {
        return new SummaryOptions(sentences, ratio, maxWords, algorithm, quotes, questions, keywords, language);
    }

    /** The same options for a text in this language ({@code null}: detect it). */
    public SummaryOptions inLanguage(Language given) {
        return new SummaryOptions(sentences, ratio, maxWords, algorithm, avoidQuotes, avoidQuestions, keywords, given);
    }

    /** How many sentences to pick from an article of {@code sentenceCount} sentences; a word budget caps it later. */
    int sentenceTarget(int sentenceCount) {
        if (sentences != null) {
            return Math.min(sentences, sentenceCount);
        }
        if (ratio != null) {
            return Math.min(sentenceCount, Math.max(1, (int) Math.round(ratio * sentenceCount)));
        }
        return sentenceCount;
    }
}
