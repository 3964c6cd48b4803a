package dev.precis.summary;

/** Lead baseline: the earlier a sentence, the higher it ranks. */
final class LeadRanker implements SentenceRanker {

    @Override
    public double[] scores(AnalyzedArticle article, int target) {
        double[] scores = new double[article.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = 1.0 / (1 + i);
        }
        return scores;
    }
}
