package dev.precis.stories;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What an article is about, as stories compare it: its best terms with TF-IDF weights, scaled to
 * unit length. Terms sorted alphabetically, so two profiles are compared in one walk.
 */
public final class ArticleProfile {

    private final String[] terms;
    private final double[] weights;

    private ArticleProfile(String[] terms, double[] weights) {
        this.terms = terms;
        this.weights = weights;
    }

    /** The {@code size} heaviest terms of {@code weights} (ties to the alphabetically first), at unit length. */
    public static ArticleProfile of(Map<String, Double> weights, int size) {
        List<Map.Entry<String, Double>> entries = new ArrayList<>();
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            if (e.getValue() > 0) {
                entries.add(e);
            }
        }
        entries.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
        List<Map.Entry<String, Double>> kept = entries.subList(0, Math.min(size, entries.size()));
        kept = new ArrayList<>(kept);
        kept.sort(Map.Entry.comparingByKey());
        double norm = 0;
        for (Map.Entry<String, Double> e : kept) {
            norm += e.getValue() * e.getValue();
        }
        norm = Math.sqrt(norm);
        String[] t = new String[kept.size()];
        double[] w = new double[kept.size()];
        for (int i = 0; i < t.length; i++) {
            t[i] = kept.get(i).getKey();
            w[i] = kept.get(i).getValue() / norm;
        }
        return new ArticleProfile(t, w);
    }

    public boolean isEmpty() {
        return terms.length == 0;
    }

    /** The terms, alphabetically: what the story index looks up. */
    public List<String> terms() {
        return Collections.unmodifiableList(Arrays.asList(terms));
    }

    /** The {@code count} heaviest terms (ties to the alphabetically first): those that find a profile's candidate stories. */
    public List<String> heaviestTerms(int count) {
        if (count >= terms.length) {
            return terms();
        }
        Integer[] order = new Integer[terms.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -weights[i]).thenComparing(i -> terms[i]));
        List<String> heaviest = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            heaviest.add(terms[order[i]]);
        }
        return heaviest;
    }

    public int size() {
        return terms.length;
    }

    public String term(int i) {
        return terms[i];
    }

    public double weight(int i) {
        return weights[i];
    }

    public double weight(String term) {
        int i = Arrays.binarySearch(terms, term);
        return i >= 0 ? weights[i] : 0;
    }

    /** Cosine similarity (both are at unit length, or empty). */
    public double cosine(ArticleProfile other) {
        double sum = 0;
        int i = 0;
        int j = 0;
        while (i < terms.length && j < other.terms.length) {
            int c = terms[i].compareTo(other.terms[j]);
            if (c == 0) {
                sum += weights[i++] * other.weights[j++];
            } else if (c < 0) {
                i++;
            } else {
                j++;
            }
        }
        return sum;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("{");
        for (int i = 0; i < terms.length; i++) {
            s.append(i > 0 ? ", " : "").append(terms[i]).append('=').append(String.format(java.util.Locale.ROOT, "%.3f", weights[i]));
        }
        return s.append('}').toString();
    }
}
