package dev.precis.summary;

/** Centrality measures shared by the rankers. */
final class Centrality {

    private Centrality() {
    }

    /**
     * For each sentence, the sum of its cosine similarities to all other sentences, scaled so the
     * most central sentence has 1. Computed as {@code u_i · (Σ_j u_j) - 1} over unit vectors
     * {@code u}: linear in the article's length.
     */
    static double[] cosineSum(AnalyzedArticle article) {
        int n = article.size();
        double[] sum = new double[article.vocabulary.size()];
        for (TermVector v : article.vectors) {
            if (v.norm == 0) {
                continue;
            }
            for (int j = 0; j < v.ids.length; j++) {
                sum[v.ids[j]] += v.weights[j] / v.norm;
            }
        }
        double[] centrality = new double[n];
        double max = 0;
        for (int i = 0; i < n; i++) {
            TermVector v = article.vectors[i];
            if (v.norm == 0) {
                continue;
            }
            double dot = 0;
            for (int j = 0; j < v.ids.length; j++) {
                dot += v.weights[j] / v.norm * sum[v.ids[j]];
            }
            centrality[i] = Math.max(0, dot - 1);
            max = Math.max(max, centrality[i]);
        }
        if (max > 0) {
            for (int i = 0; i < n; i++) {
                centrality[i] /= max;
            }
        }
        return centrality;
    }
}
