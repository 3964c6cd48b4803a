package dev.precis.summary;

/**
 * The default ranking: each sentence's content terms weighted by TF·ISF (term frequency in the
 * article times the inverse of the share of sentences that use the term, after Neto et al.'s
 * TF-ISF summarizer), normalized so long sentences do not win on length alone.
 */
final class NewsRanker implements SentenceRanker {

    @Override
    public double[] scores(AnalyzedArticle article, int target) {
        int n = article.size();
        double[] weight = new double[article.vocabulary.size()];
        for (int t = 0; t < weight.length; t++) {
            weight[t] = article.termFrequency[t] * Math.log(1.0 + (double) n / article.sentenceFrequency[t]);
        }
        double[] scores = new double[n];
        boolean[] seen = new boolean[weight.length];
        for (int s = 0; s < n; s++) {
            double sum = 0;
            int distinct = 0;
            for (int t : article.terms[s]) {
                if (!seen[t]) {
                    seen[t] = true;
                    sum += weight[t];
                    distinct++;
                }
            }
            for (int t : article.terms[s]) {
                seen[t] = false;
            }
            scores[s] = distinct == 0 ? 0 : sum / Math.sqrt(distinct);
        }
        return scores;
    }
}
