package dev.precis.summary;

import java.util.Arrays;

/**
 * A sentence as a sparse bag of terms: term ids in ascending order with their counts. Dot products
 * walk both id lists once, so comparing two sentences costs their lengths, not the vocabulary.
 */
final class TermVector {

    static final TermVector EMPTY = new TermVector(new int[0], new double[0]);

    final int[] ids;
    final double[] weights;
    final double norm;

    private TermVector(int[] ids, double[] weights) {
        this.ids = ids;
        this.weights = weights;
        double sum = 0;
        for (double w : weights) {
            sum += w * w;
        }
        this.norm = Math.sqrt(sum);
    }

    /** Counts of each term id of {@code terms}. */
    static TermVector counts(int[] terms) {
        if (terms.length == 0) {
            return EMPTY;
        }
        int[] sorted = terms.clone();
        Arrays.sort(sorted);
        int distinct = 1;
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] != sorted[i - 1]) {
                distinct++;
            }
        }
        int[] ids = new int[distinct];
        double[] weights = new double[distinct];
        int k = 0;
        ids[0] = sorted[0];
        weights[0] = 1;
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] == sorted[i - 1]) {
                weights[k]++;
            } else {
                k++;
                ids[k] = sorted[i];
                weights[k] = 1;
            }
        }
        return new TermVector(ids, weights);
    }

    /** The same terms with each count multiplied by a per-term factor. */
    TermVector scaled(double[] factor) {
        double[] w = new double[ids.length];
        for (int i = 0; i < ids.length; i++) {
            w[i] = weights[i] * factor[ids[i]];
        }
        return new TermVector(ids, w);
    }

    boolean isEmpty() {
        return ids.length == 0;
    }

    double dot(TermVector other) {
        double sum = 0;
        int i = 0;
        int j = 0;
        while (i < ids.length && j < other.ids.length) {
            if (ids[i] == other.ids[j]) {
                sum += weights[i++] * other.weights[j++];
            } else if (ids[i] < other.ids[j]) {
                i++;
            } else {
                j++;
            }
        }
        return sum;
    }

    double cosine(TermVector other) {
        return norm == 0 || other.norm == 0 ? 0 : dot(other) / (norm * other.norm);
    }

    /** Number of distinct terms the two share. */
    int overlap(TermVector other) {
        int shared = 0;
        int i = 0;
        int j = 0;
        while (i < ids.length && j < other.ids.length) {
            if (ids[i] == other.ids[j]) {
                shared++;
                i++;
                j++;
            } else if (ids[i] < other.ids[j]) {
                i++;
            } else {
                j++;
            }
        }
        return shared;
    }
}
