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
 * expected overlap of the summary's distinct terms, divided by the summary's length in words plus
 * the length of a typical set of highlights (so a long sentence must bring more to be worth its
 * words), weighed lightly by the sentence's place in the story, and a little less when the
 * sentence is a quotation or a question: highlights report what happened, in the newsroom's own
 * words. Terms count once however many chosen sentences repeat them, so repetition is passed over
 * without a separate limit.
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
        for (int t = 0; t < v; t++) {
            if (auxiliary[t]) {
                continue;
            }
            double z = TERM_MODEL[0] + TERM_MODEL[1] * Math.log(1 + article.termFrequency[t])
                    + TERM_MODEL[2] * Math.log(1 + (first[t] < 0 ? n : first[t])) + TERM_MODEL[3] * article.sentenceFrequency[t] / (double) n
                    + TERM_MODEL[4] * idf[t] + TERM_MODEL[5] * capitals[t];
            p[t] = 1 / (1 + Math.exp(-z));
        }
        return p;
    }

    /**
     * The candidates in the order the greedy choice takes them (every candidate, so a caller that
     * passes some over still has the next best); {@code target} is the summary's sentence count.
     */
    static int[] order(AnalyzedArticle article, int target) {
        int m = Math.min(CANDIDATES, article.size());
        double[] p = termProbabilities(article);
        boolean[] covered = new boolean[p.length];
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
        }
        return order;
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
