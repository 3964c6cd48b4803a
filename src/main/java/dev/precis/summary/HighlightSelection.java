package dev.precis.summary;

/**
 * How a short summary of a news story is chosen: the sentences, among the story's first few, that
 * together are expected to share the most words with a newsroom's highlights, for their length.
 * <p>
 * A small model tells for each term of the article how likely it is to appear in the highlights
 * (logistic, over how often the article uses it, how early it first appears, in what share of the
 * sentences, how rare it is in the stored corpus, and how often it is written with a capital, as
 * names are), learned on one half of 1,666 CNN and Daily Mail stories and shipped as the six
 * numbers below. Sentences are then taken greedily: each time the candidate that most raises the
 * expected overlap of the summary's distinct terms (and, at half weight, of its distinct pairs of
 * adjacent terms, which ROUGE-2 counts), divided by the summary's length in words plus
 * the length of a typical set of highlights (so a long sentence must bring more to be worth its
 * words), weighed lightly by the sentence's place in the story, and a little less when the
 * sentence is a quotation or a question: highlights report what happened, in the newsroom's own
 * words. Terms count once however many chosen sentences repeat them, so repetition is passed over
 * without a separate limit; so do pairs.
 * <p>
 * Linear in the article (one pass to count terms) plus a constant: at most {@link #CANDIDATES}
 * sentences are considered, each step looking at each once.
 */
final class HighlightSelection {

    /**
     * Intercept and weights of log(1 + term count), log(1 + first sentence), share of sentences,
     * IDF (as {@link AnalyzedArticle#inverseDocumentFrequency()} gives it) and share of occurrences
     * written with a capital. The English modal auxiliaries get no probability: they are left out
     * as in centrality ({@link NewsCentralityRanker#AUXILIARIES}), so "will" weighs no more than "would".
     */
    static final double[] TERM_MODEL = {-2.912, 1.126, -0.587, 4.346, 0.055, 0.110};
    /** Only the story's first sentences are candidates: highlights are written from its top. */
    static final int CANDIDATES = 10;
    /** Words a set of highlights is about as long as; the denominator's constant. */
    static final double HIGHLIGHT_WORDS = 80;
    /** Exponent of the position prior {@code min(1, k/(i+1))} (half for a question) on a candidate's gain. */
    static final double POSITION_WEIGHT = 0.1;
    /**
     * Factor on the gain of a quotation (see {@link SentenceForm#isQuotation(String)}): it reports
     * what someone said, where highlights state what happened.
     */
    static final double QUOTATION_FACTOR = 0.9;
    /**
     * Weight of the expected overlap in pairs of adjacent terms, added to that in single terms: a
     * pair of likely terms side by side (a name and its surname, a number and what it counts) is
     * likely to be written side by side in the highlights too, which is what ROUGE-2 counts.
     */
    static final double BIGRAM_WEIGHT = 0.5;

    private HighlightSelection() {
    }

    /** The probability of each term of the article to appear in the highlights, by term id. */
    static double[] termProbabilities(AnalyzedArticle article) {
        int v = article.vocabulary.size();
        int n = Math.max(1, article.size());
        int[] first = new int[v];
        java.util.Arrays.fill(first, -1);
        for (int s = 0; s < article.size(); s++) {
            for (int t : article.vectors[s].ids) {
                if (first[t] < 0) {
                    first[t] = s;
                }
            }
        }
        double[] idf = article.inverseDocumentFrequency();
        double[] capitals = article.capitalShare();
        boolean[] auxiliary = NewsCentralityRanker.auxiliaries(article);
        double[] p = new double[v];
        // the logarithms of the few small counts and places the terms share, each taken once
        double[] logOfCount = new double[64];
        double[] logOfPlace = new double[n + 1];
        for (int t = 0; t < v; t++) {
            if (auxiliary[t]) {
                continue;
            }
            double z = TERM_MODEL[0] + TERM_MODEL[1] * logOfOnePlus(article.termFrequency[t], logOfCount)
                    + TERM_MODEL[2] * logOfOnePlus(first[t] < 0 ? n : first[t], logOfPlace) + TERM_MODEL[3] * article.sentenceFrequency[t] / (double) n
                    + TERM_MODEL[4] * idf[t] + TERM_MODEL[5] * capitals[t];
            p[t] = 1 / (1 + Math.exp(-z));
        }
        return p;
    }

    /** {@code Math.log(1 + x)}, kept in {@code known} for an {@code x} within it (0 there until taken). */
    private static double logOfOnePlus(int x, double[] known) {
        if (x >= 0 && x < known.length) {
            double log = known[x];
            if (log == 0) {
                log = Math.log(1 + x);
                known[x] = log;
            }
            return log;
        }
        return Math.log(1 + x);
    }

    /**
     * The candidates in the order the greedy choice takes them (every candidate, so a caller that
     * passes some over still has the next best); {@code target} is the summary's sentence count.
     */
    static int[] order(AnalyzedArticle article, int target) {
        int m = Math.min(CANDIDATES, article.size());
        double[] p = termProbabilities(article);
        Pairs pairs = new Pairs(article, m, p);
        boolean[] covered = new boolean[p.length];
        boolean[] pairCovered = new boolean[pairs.count];
        boolean[] taken = new boolean[m];
        int k = Math.max(1, target);
        int[] order = new int[m];
        double overlap = 0;
        double words = 0;
        int[] length = new int[m];
        double[] prior = new double[m];
        for (int i = 0; i < m; i++) {
            String text = article.sentences.get(i).text();
            length[i] = words(text);
            // a question teases the story rather than telling it: half the prior of a statement
            double place = Math.min(1.0, k / (i + 1.0)) * (SentenceForm.isQuestion(text) ? NewsCentralityRanker.QUESTION_PRIOR : 1);
            prior[i] = Math.pow(place, POSITION_WEIGHT) * (SentenceForm.isQuotation(text) ? QUOTATION_FACTOR : 1);
        }
        for (int step = 0; step < m; step++) {
            int best = -1;
            double bestValue = -1;
            double bestOverlap = 0;
            for (int i = 0; i < m; i++) {
                if (taken[i]) {
                    continue;
                }
                double o = overlap;
                for (int t : article.vectors[i].ids) {
                    if (!covered[t]) {
                        o += p[t];
                    }
                }
                for (int j : pairs.ofSentence[i]) {
                    if (!pairCovered[j]) {
                        o += BIGRAM_WEIGHT * pairs.probability[j];
                    }
                }
                double value = o / (words + length[i] + HIGHLIGHT_WORDS) * prior[i];
                if (value > bestValue) {
                    best = i;
                    bestValue = value;
                    bestOverlap = o;
                }
            }
            taken[best] = true;
            order[step] = best;
            overlap = bestOverlap;
            words += length[best];
            for (int t : article.vectors[best].ids) {
                covered[t] = true;
            }
            for (int j : pairs.ofSentence[best]) {
                pairCovered[j] = true;
            }
        }
        return order;
    }

    /**
     * The pairs of adjacent terms of the candidates (a term and the next one of the same sentence,
     * stopwords left out between them, and the modal auxiliaries with them, which have no
     * probability: "will vote" pairs as "would vote" does), numbered across the candidates so a
     * pair counts once however many chosen sentences hold it, and the probability that each appears
     * in the highlights, taken as the product of its terms' probabilities.
     */
    static final class Pairs {
        /** Number of distinct pairs. */
        final int count;
        /** The distinct pairs of each candidate, as pair numbers. */
        final int[][] ofSentence;
        /** The probability of each pair, by pair number. */
        final double[] probability;

        Pairs(AnalyzedArticle article, int candidates, double[] p) {
            int[][] sequence = new int[candidates][];
            int total = 0;
            for (int i = 0; i < candidates; i++) {
                int[] terms = article.terms[i];
                int[] kept = new int[terms.length];
                int n = 0;
                for (int t : terms) {
                    if (p[t] > 0) {
                        kept[n++] = t;
                    }
                }
                sequence[i] = java.util.Arrays.copyOf(kept, n);
                total += Math.max(0, n - 1);
            }
            // every pair as one long (first term, second term), sorted once: its place is its number
            long[] keys = new long[total];
            int n = 0;
            for (int i = 0; i < candidates; i++) {
                int[] terms = sequence[i];
                for (int x = 1; x < terms.length; x++) {
                    keys[n++] = key(terms[x - 1], terms[x]);
                }
            }
            java.util.Arrays.sort(keys);
            int distinct = 0;
            for (int x = 0; x < n; x++) {
                if (x == 0 || keys[x] != keys[x - 1]) {
                    keys[distinct++] = keys[x];
                }
            }
            this.count = distinct;
            this.probability = new double[distinct];
            for (int j = 0; j < distinct; j++) {
                probability[j] = p[(int) (keys[j] >>> 32)] * p[(int) keys[j]];
            }
            this.ofSentence = new int[candidates][];
            int[] seen = new int[distinct];
            java.util.Arrays.fill(seen, -1);
            for (int i = 0; i < candidates; i++) {
                int[] terms = sequence[i];
                int[] own = new int[Math.max(0, terms.length - 1)];
                int owned = 0;
                for (int x = 1; x < terms.length; x++) {
                    int j = java.util.Arrays.binarySearch(keys, 0, distinct, key(terms[x - 1], terms[x]));
                    if (seen[j] != i) {
                        seen[j] = i;
                        own[owned++] = j;
                    }
                }
                ofSentence[i] = java.util.Arrays.copyOf(own, owned);
            }
        }

        private static long key(int first, int second) {
            return (long) first << 32 | second;
        }
    }

    /**
     * Words of a sentence as ROUGE counts them: runs of letters and digits, so "30,000" and
     * "U.S." count two each, as they weigh in the overlap with the highlights.
     */
    static int words(String sentence) {
        int count = 0;
        boolean inside = false;
        for (int i = 0; i < sentence.length(); i++) {
            boolean letter = Character.isLetterOrDigit(sentence.charAt(i));
            if (letter && !inside) {
                count++;
            }
            inside = letter;
        }
        return count;
    }
}
