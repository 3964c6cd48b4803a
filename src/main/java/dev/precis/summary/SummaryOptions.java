package dev.precis.summary;

/**
 * What a caller asks of a summary. Exactly one length is in force: a sentence count, a fraction of
 * the article's sentences, or a word budget.
 */
public record SummaryOptions(Integer sentences, Double ratio, Integer maxWords, Algorithm algorithm) {

    public static final int DEFAULT_SENTENCES = 3;

    public SummaryOptions {
        int lengths = (sentences != null ? 1 : 0) + (ratio != null ? 1 : 0) + (maxWords != null ? 1 : 0);
        if (lengths > 1) {
            throw new IllegalArgumentException("at most one of sentences, ratio and maxWords");
        }
        if (lengths == 0) {
            sentences = DEFAULT_SENTENCES;
        }
        if (algorithm == null) {
            algorithm = Algorithm.NEWS;
        }
    }

    public static SummaryOptions ofSentences(int sentences) {
        return new SummaryOptions(sentences, null, null, Algorithm.NEWS);
    }

    public SummaryOptions withAlgorithm(Algorithm other) {
        return new SummaryOptions(sentences, ratio, maxWords, other);
    }

    /** How many sentences to pick from an article of {@code sentenceCount} sentences, before any word budget. */
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
