package dev.precis.summary;

import java.util.Arrays;

/**
 * A weighted graph of an article's sentences ranked with PageRank, as TextRank and LexRank do.
 * Edges join sentences at most {@link #WINDOW} positions apart, so a very long text costs time in
 * proportion to its length rather than to its length squared; every article of ordinary length
 * (up to twice the window) gets the complete graph.
 * <p>
 * The graph holds the text's first {@link #MAX_SENTENCES} sentences at most: later ones score 0,
 * so a summary takes them only after every ranked one. Even in proportion to the length, a graph
 * of every sentence of a text of tens of thousands of one-word sentences has millions of edges,
 * each visited on every PageRank iteration (seconds and hundreds of megabytes); the bound keeps a
 * graph to at most {@code MAX_SENTENCES × 2 × WINDOW} edges. Text of ordinary sentences within
 * the service's length limit (200,000 characters, about 1,500 sentences of news) is ranked whole.
 */
final class SentenceGraph {

    static final int WINDOW = 150;
    /** The most sentences ranked: the first ones of the text. */
    static final int MAX_SENTENCES = 2_000;
    static final double DAMPING = 0.85;
    private static final int MAX_ITERATIONS = 100;
    private static final double TOLERANCE = 1e-7;

    /** Edge weight between two sentences; 0 for no edge. */
    interface Similarity {
        double between(int a, int b);
    }

    private SentenceGraph() {
    }

    /** The PageRank of each of {@code sentences} sentences; 0 for those past {@link #MAX_SENTENCES}. */
    static double[] pageRank(int sentences, Similarity similarity) {
        int n = Math.min(sentences, MAX_SENTENCES);
        if (n == 0) {
            return new double[sentences];
        }
        // adjacency kept as rows of (neighbour, weight) within the window
        int[][] neighbours = new int[n][];
        double[][] weights = new double[n][];
        double[] outWeight = new double[n];
        for (int i = 0; i < n; i++) {
            int from = Math.max(0, i - WINDOW);
            int to = Math.min(n - 1, i + WINDOW);
            int[] nb = new int[to - from + 1];
            double[] w = new double[to - from + 1];
            int count = 0;
            for (int j = from; j <= to; j++) {
                if (j == i) {
                    continue;
                }
                double s = similarity.between(i, j);
                if (s > 0) {
                    nb[count] = j;
                    w[count] = s;
                    outWeight[i] += s;
                    count++;
                }
            }
            neighbours[i] = Arrays.copyOf(nb, count);
            weights[i] = Arrays.copyOf(w, count);
        }
        double[] rank = new double[n];
        Arrays.fill(rank, 1.0 / n);
        double[] next = new double[n];
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            // mass of sentences with no edges is spread evenly, which keeps the ranks a distribution
            double dangling = 0;
            for (int i = 0; i < n; i++) {
                if (outWeight[i] == 0) {
                    dangling += rank[i];
                }
            }
            Arrays.fill(next, (1 - DAMPING) / n + DAMPING * dangling / n);
            for (int i = 0; i < n; i++) {
                if (outWeight[i] == 0) {
                    continue;
                }
                double share = DAMPING * rank[i] / outWeight[i];
                for (int e = 0; e < neighbours[i].length; e++) {
                    next[neighbours[i][e]] += share * weights[i][e];
                }
            }
            double change = 0;
            for (int i = 0; i < n; i++) {
                change += Math.abs(next[i] - rank[i]);
            }
            double[] swap = rank;
            rank = next;
            next = swap;
            if (change < TOLERANCE) {
                break;
            }
        }
        return n == sentences ? rank : Arrays.copyOf(rank, sentences);
    }
}
