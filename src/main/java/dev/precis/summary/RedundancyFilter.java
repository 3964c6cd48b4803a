package dev.precis.summary;

import java.util.Arrays;

/**
 * Tells whether a candidate sentence repeats one already chosen for a summary: whether its cosine
 * similarity (term counts) to a chosen sentence is above a limit, as {@link TermVector#cosine}
 * computes it, to the last bit.
 * <p>
 * The chosen sentences' terms are indexed as they are chosen (for each term, the chosen sentences
 * that hold it), so a candidate costs its own terms times the chosen sentences that share each,
 * not a walk over every chosen sentence's terms. Summing the products term by term in ascending
 * term order, as {@link TermVector#dot} does, gives the same dot products. Looking at every
 * sentence of a text once thus costs at most the text's terms times the summary's sentences.
 */
final class RedundancyFilter {

    private final TermVector[] vectors;
    /** For each term id: the first posting of a chosen sentence that holds it, or -1. */
    private final int[] firstPosting;
    /** Postings: the chosen sentence (its place among the chosen), the term's count in it, the next posting of the same term. */
    private int[] postingSentence;
    private double[] postingWeight;
    private int[] nextPosting;
    private int postings;
    /** Vector length of each chosen sentence, by its place among the chosen. */
    private double[] chosenNorm;
    private int chosen;
    /** Dot products of the candidate under test with the chosen sentences, and which of them it touched. */
    private double[] dot;
    private int[] touched;

    /** @param expectedChosen about how many sentences will be chosen, to size the tables once */
    RedundancyFilter(TermVector[] vectors, int expectedChosen) {
        this.vectors = vectors;
        int vocabulary = 0;
        for (TermVector v : vectors) {
            if (v.ids.length > 0) {
                vocabulary = Math.max(vocabulary, v.ids[v.ids.length - 1] + 1);
            }
        }
        this.firstPosting = new int[vocabulary];
        Arrays.fill(firstPosting, -1);
        int capacity = Math.max(1, Math.min(expectedChosen, vectors.length));
        this.chosenNorm = new double[capacity];
        this.dot = new double[capacity];
        this.touched = new int[capacity];
        this.postingSentence = new int[16];
        this.postingWeight = new double[16];
        this.nextPosting = new int[16];
    }

    /** Whether sentence {@code candidate} has a cosine similarity above {@code limit} with a chosen sentence. */
    boolean repeats(int candidate, double limit) {
        TermVector v = vectors[candidate];
        if (v.norm == 0 || chosen == 0) {
            return false;
        }
        int touchedCount = 0;
        for (int i = 0; i < v.ids.length; i++) {
            for (int p = firstPosting[v.ids[i]]; p >= 0; p = nextPosting[p]) {
                int c = postingSentence[p];
                if (dot[c] == 0) {
                    touched[touchedCount++] = c;
                }
                dot[c] += v.weights[i] * postingWeight[p];
            }
        }
        boolean repeats = false;
        for (int t = 0; t < touchedCount; t++) {
            int c = touched[t];
            if (!repeats && chosenNorm[c] != 0 && dot[c] / (v.norm * chosenNorm[c]) > limit) {
                repeats = true;
            }
            dot[c] = 0;
        }
        return repeats;
    }

    /** Adds sentence {@code sentence} to the chosen ones. */
    void choose(int sentence) {
        TermVector v = vectors[sentence];
        if (chosen == chosenNorm.length) {
            int grown = chosen * 2;
            chosenNorm = Arrays.copyOf(chosenNorm, grown);
            dot = Arrays.copyOf(dot, grown);
            touched = Arrays.copyOf(touched, grown);
        }
        int c = chosen++;
        chosenNorm[c] = v.norm;
        if (postings + v.ids.length > nextPosting.length) {
            int grown = Math.max(nextPosting.length * 2, postings + v.ids.length);
            postingSentence = Arrays.copyOf(postingSentence, grown);
            postingWeight = Arrays.copyOf(postingWeight, grown);
            nextPosting = Arrays.copyOf(nextPosting, grown);
        }
        for (int i = 0; i < v.ids.length; i++) {
            int p = postings++;
            postingSentence[p] = c;
            postingWeight[p] = v.weights[i];
            nextPosting[p] = firstPosting[v.ids[i]];
            firstPosting[v.ids[i]] = p;
        }
    }
}
