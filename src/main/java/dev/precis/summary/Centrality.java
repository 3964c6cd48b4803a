package dev.precis.summary;

/** Centrality measures shared by the rankers. */
final class Centrality {

    private Centrality() {
    }

    /**
     * For each sentence, the sum of its cosine similarities to all other sentences, scaled so the
     * most central sentence has 1. Computed as {@code u_i · (Σ_j u_j) - 1} over unit vectors
     * {@code u}: linear in the article's length. Terms marked in {@code ignored} (indexed by term
     * id) count in no vector, neither in the similarities nor in the vectors' lengths.
     */
    static double[] cosineSum(AnalyzedArticle article, boolean[] ignored) {
        int n = article.size();
        double[] norms = new double[n];
        for (int i = 0; i < n; i++) {
            TermVector v = article.vectors[i];
            double squares = 0;
            for (int j = 0; j < v.ids.length; j++) {
                if (!ignored[v.ids[j]]) {
                    squares += v.weights[j] * v.weights[j];
                }
            }
            norms[i] = Math.sqrt(squares);
        }
        double[] sum = new double[article.vocabulary.size()];
        for (int i = 0; i < n; i++) {
            TermVector v = article.vectors[i];
            if (norms[i] == 0) {
                continue;
            }
            for (int j = 0; j < v.ids.length; j++) {
                if (!ignored[v.ids[j]]) {
                    sum[v.ids[j]] += v.weights[j] / norms[i];
                }
            }
        }
        double[] centrality = new double[n];
        double max = 0;
        for (int i = 0; i < n; i++) {
            TermVector v = article.vectors[i];
            if (norms[i] == 0) {
                continue;
            }
            double dot = 0;
            for (int j = 0; j < v.ids.length; j++) {
                if (!ignored[v.ids[j]]) {
                    dot += v.weights[j] / norms[i] * sum[v.ids[j]];
                }
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
