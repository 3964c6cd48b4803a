package dev.precis.summary;

import java.util.Map;
import java.util.Set;

import dev.precis.text.KeywordFilter;

/**
 * The default ranking, built for news. Three signals, each kept because it raised ROUGE on news
 * with human references of both kinds (extractive and newsroom highlights):
 * <ul>
 * <li><b>Centrality</b>: the sum of a sentence's cosine similarities (term counts) to every other
 * sentence, as in centroid and graph-based summarizers (Radev et al. 2004; Erkan and Radev 2004).
 * The sum equals the dot product with the sum of all unit sentence vectors, so it costs one pass
 * over the article instead of a sentence-by-sentence matrix. The vectors leave out the modal
 * auxiliaries that the stopword list keeps for their noun senses ({@code will}, {@code can},
 * {@code may}, ...): they say how something is put, not what it is about, yet as the commonest
 * remaining words they made sentences in the future tense look central (bbc100 R2 0.8039 to
 * 0.8154; cnndm100 unchanged).</li>
 * <li><b>Position</b>: news is written as an inverted pyramid, so a sentence at position {@code i}
 * competes with the {@code i} before it for the summary's {@code k} places: prior
 * {@code min(1, k/(i+1))}. The prior's weight depends on how selective the summary is: it is
 * strongest for a summary of a few sentences of a long article and fades as the summary covers
 * more of it ({@code exp(-coverage/0.08)}), where centrality tells more than position. A
 * question gets half the prior of a statement in its place: a lead that opens with a question
 * ("Bored of your surroundings?") teases the story rather than telling it, and newsroom
 * highlights state facts. Through the prior the demotion weighs only as much as position does, so
 * it matters for a short summary and hardly at all for a long extract, where a question may
 * belong (cnndm100 R1 0.3737 to 0.3778; bbc100 unchanged).</li>
 * <li><b>Redundancy</b>: a candidate whose cosine similarity to a chosen sentence exceeds 0.6 is
 * passed over while others remain (a hard form of maximal marginal relevance, Carbonell and
 * Goldstein 1998): wire copy often repeats its lead in a caption or a later paragraph.</li>
 * <li><b>Highlights</b>: a summary of at most a third of the story's sentences (three of a
 * story of nine or more) is what a newsroom's highlights are, and there the story's first ten
 * sentences are ranked ahead of the rest in the order {@link HighlightSelection} takes them:
 * by the expected overlap of their terms with the highlights, for their length, as a model
 * learned on one half of 1,666 CNN and Daily Mail stories predicts it. On the other half it
 * is ahead of the lead by 1.07 ROUGE-1 and 0.56 ROUGE-2 (F1 ×100), on both outlets; on
 * cnndm100, which it was not tuned on, by 0.70 and 0.08. A longer summary (an extract, as the
 * BBC references are) keeps the ranking above.</li>
 * </ul>
 * The design, its tuning split and every alternative measured are in {@code docs/summarization.md}.
 * Measured and left out: title overlap, sentence length and IDF-weighted similarity lowered ROUGE
 * on both evaluation sets, so they do not enter this ranking (corpus IDF weighs keywords, LexRank
 * and, as one of its term features, the highlight selection).
 * Sublinear or binary term counts, word bigrams in the vectors, a penalty for short fragments,
 * position counted in words instead of sentences and a soft maximal marginal relevance (score
 * minus a multiple of the similarity to the chosen sentences) in place of the hard limit were
 * measured as well and did not help.
 */
final class NewsCentralityRanker implements SentenceRanker {

    /** Floor of the centrality term, so a sentence unlike the rest still has its position. */
    static final double CENTRALITY_FLOOR = 0.1;
    /** Exponent of the position prior for the most selective summaries. */
    static final double POSITION_STRENGTH = 6;
    /** Coverage (summary sentences / article sentences) over which the position prior fades by 1/e. */
    static final double POSITION_FADE = 0.08;
    static final double REDUNDANCY_LIMIT = 0.6;
    /** Coverage up to which a summary is short enough to be chosen as highlights ({@link HighlightSelection}). */
    static final double SELECTIVE_COVERAGE = 1.0 / 3;
    /**
     * Factor on a question's position prior: a question asks rather than reports, so it ranks as if
     * it stood twice as far down the story (any factor from 0.25 to 0.5 scores the same on both
     * evaluation sets).
     */
    static final double QUESTION_PRIOR = 0.5;
    /**
     * Function words that a language's stopword list keeps because each is also a content word,
     * by language code: the English modal auxiliaries (a will, a tin can, the month of May). In
     * news they are almost always auxiliaries, and Snowball's list already drops their kin would,
     * should and could. Left in, the future tense of one sentence ("will") makes it look like
     * every other sentence that announces something.
     */
    static final Map<String, Set<String>> AUXILIARIES = KeywordFilter.AUXILIARIES;

    @Override
    public double[] scores(AnalyzedArticle article, int target) {
        int n = article.size();
        double[] scores = new double[n];
        if (n == 0) {
            return scores;
        }
        double[] centrality = Centrality.cosineSum(article, auxiliaries(article));
        double coverage = Math.min(target, n) / (double) n;
        double strength = POSITION_STRENGTH * Math.exp(-coverage / POSITION_FADE);
        int k = Math.max(1, target);
        double top = 0;
        for (int i = 0; i < n; i++) {
            double prior = Math.min(1.0, k / (i + 1.0));
            if (SentenceForm.isQuestion(article.sentences.get(i).text())) {
                prior *= QUESTION_PRIOR;
            }
            scores[i] = (CENTRALITY_FLOOR + centrality[i]) * Math.pow(prior, strength);
            top = Math.max(top, scores[i]);
        }
        if (coverage <= SELECTIVE_COVERAGE && top > 0) {
            // a short summary of a story: the story's first sentences in the order the highlight
            // selection takes them, ahead of the rest in their centrality order
            int[] order = HighlightSelection.order(article, target);
            for (int i = 0; i < n; i++) {
                scores[i] = scores[i] / top;
            }
            for (int r = 0; r < order.length; r++) {
                scores[order[r]] = 2.0 - r / (double) order.length;
            }
        }
        return scores;
    }

    /** The article's terms that are auxiliaries (see {@link #AUXILIARIES}), indexed by term id. */
    static boolean[] auxiliaries(AnalyzedArticle article) {
        boolean[] auxiliary = new boolean[article.vocabulary.size()];
        for (String word : AUXILIARIES.getOrDefault(article.language.code(), Set.of())) {
            // these words are their own Snowball stems
            int id = article.termId(word);
            if (id >= 0) {
                auxiliary[id] = true;
            }
        }
        return auxiliary;
    }

    @Override
    public double redundancyLimit() {
        return REDUNDANCY_LIMIT;
    }
}
