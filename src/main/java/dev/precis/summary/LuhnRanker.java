package dev.precis.summary;

import java.util.Arrays;

/**
 * Luhn's method (1958): the article's most frequent content terms are significant; a sentence
 * scores by its densest cluster of significant terms (terms at most four insignificant ones
 * apart), as the square of the significant terms in the cluster over the cluster's span.
 */
final class LuhnRanker implements SentenceRanker {

    static final int MAX_GAP = 4;
    /** Share of the vocabulary (by frequency) that counts as significant, and never fewer than this many terms. */
    static final double SIGNIFICANT_SHARE = 0.1;
    static final int MIN_SIGNIFICANT = 5;

    @Override
    public double[] scores(AnalyzedArticle article, int target) {
        boolean[] significant = significantTerms(article);
        double[] scores = new double[article.size()];
        for (int s = 0; s < scores.length; s++) {
            scores[s] = bestCluster(article.terms[s], significant);
        }
        return scores;
    }

    private static boolean[] significantTerms(AnalyzedArticle article) {
        int v = article.vocabulary.size();
        boolean[] significant = new boolean[v];
        if (v == 0) {
            return significant;
        }
        Integer[] order = new Integer[v];
        for (int t = 0; t < v; t++) {
            order[t] = t;
        }
        Arrays.sort(order, (a, b) -> article.termFrequency[b] != article.termFrequency[a]
                ? Integer.compare(article.termFrequency[b], article.termFrequency[a])
                : article.vocabulary.get(a).compareTo(article.vocabulary.get(b)));
        int count = Math.min(v, Math.max(MIN_SIGNIFICANT, (int) Math.ceil(v * SIGNIFICANT_SHARE)));
        for (int i = 0; i < count; i++) {
            // a term used once says nothing about what the article is about
            if (article.termFrequency[order[i]] > 1 || i == 0) {
                significant[order[i]] = true;
            }
        }
        return significant;
    }

    private static double bestCluster(int[] terms, boolean[] significant) {
        double best = 0;
        int start = -1;
        int last = -1;
        int inCluster = 0;
        for (int i = 0; i < terms.length; i++) {
            if (!significant[terms[i]]) {
                continue;
            }
            if (start < 0 || i - last - 1 > MAX_GAP) {
                best = Math.max(best, clusterScore(inCluster, start, last));
                start = i;
                inCluster = 0;
            }
            inCluster++;
            last = i;
        }
        return Math.max(best, clusterScore(inCluster, start, last));
    }

    private static double clusterScore(int significantCount, int start, int last) {
        if (start < 0 || significantCount == 0) {
            return 0;
        }
        return (double) significantCount * significantCount / (last - start + 1);
    }
}
