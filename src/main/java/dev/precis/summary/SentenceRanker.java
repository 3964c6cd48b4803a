package dev.precis.summary;

/** Scores every sentence of an article; higher is more worth keeping. */
interface SentenceRanker {

    /**
     * @param target how many sentences the summary will hold, so a ranker can weigh its signals by
     *               how selective the summary is
     */
    double[] scores(AnalyzedArticle article, int target);

    /**
     * Cosine similarity above which a candidate repeats a sentence already chosen and is passed
     * over; 1 turns redundancy control off.
     */
    default double redundancyLimit() {
        return 1.0;
    }
}
