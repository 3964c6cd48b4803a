package dev.precis.text;

import java.util.Map;

import opennlp.tools.ml.model.Context;

/**
 * The language detector model's weights of every n-gram of up to three characters, laid out for
 * the memory cache: an open-addressing table whose slots hold an n-gram (its characters packed
 * into a number) next to where its weights start and how many there are, and the weights of all
 * n-grams one after the other with the language each is for. An n-gram costs two or three cache
 * lines instead of the half dozen objects the model's own map reaches through. (The n-grams of
 * detection only; {@link CharacterBigrams} makes the terms of languages written without spaces.)
 */
final class NGramWeights {

    /** The longest n-gram the model knows. */
    static final int MAX_GRAM = 3;

    /** Slot i: key at 2i, then (start of its weights << 8 | their count) at 2i + 1. */
    private final long[] slots;
    private final int mask;
    private final double[] parameters;
    private final byte[] outcomes;

    /**
     * @param predicates   the model's n-grams and, for each, the languages it weighs and their weights
     * @param outcomeCount how many languages the model knows
     */
    NGramWeights(Map<String, Context> predicates, int outcomeCount) {
        if (outcomeCount > 127) {
            throw new IllegalArgumentException("at most 127 languages: " + outcomeCount);
        }
        int capacity = Integer.highestOneBit(Math.max(16, predicates.size() * 7 / 4) - 1) << 1;
        slots = new long[2 * capacity];
        mask = capacity - 1;
        int total = 0;
        for (Context context : predicates.values()) {
            total += context.getOutcomes().length;
        }
        parameters = new double[total];
        outcomes = new byte[total];
        int next = 0;
        for (Map.Entry<String, Context> e : predicates.entrySet()) {
            String gram = e.getKey();
            int[] ids = e.getValue().getOutcomes();
            if (gram.isEmpty() || gram.length() > MAX_GRAM || ids.length == 0 || ids.length > 255) {
                continue;
            }
            double[] weights = e.getValue().getParameters();
            if (ids.length == outcomeCount) {
                // every language: stored in the languages' order, so the sum needs no indexes
                for (int j = 0; j < ids.length; j++) {
                    parameters[next + ids[j]] = weights[j];
                    outcomes[next + ids[j]] = (byte) ids[j];
                }
            } else {
                System.arraycopy(weights, 0, parameters, next, ids.length);
                for (int j = 0; j < ids.length; j++) {
                    outcomes[next + j] = (byte) ids[j];
                }
            }
            put(key(gram, 0, gram.length()), (long) next << 8 | ids.length);
            next += ids.length;
        }
    }

    /** The n-gram of {@code n} characters at {@code start}: its length and its characters, 16 bits each; never 0. */
    static long key(CharSequence s, int start, int n) {
        long key = n;
        for (int i = start; i < start + n; i++) {
            key = key << 16 | s.charAt(i);
        }
        return key;
    }

    private static int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ h >>> 32);
    }

    private void put(long key, long weights) {
        int i = slot(key) & mask;
        while (slots[2 * i] != 0) {
            i = i + 1 & mask;
        }
        slots[2 * i] = key;
        slots[2 * i + 1] = weights;
    }

    /** Adds the n-gram's weight for each language to {@code sums}; nothing for an n-gram the model does not know. */
    void addTo(long key, double[] sums) {
        int i = slot(key) & mask;
        long found;
        while ((found = slots[2 * i]) != 0) {
            if (found == key) {
                long weights = slots[2 * i + 1];
                int start = (int) (weights >>> 8);
                int count = (int) (weights & 0xFF);
                if (count == sums.length) {
                    // a weight for every language, in the languages' order: a loop the compiler vectorizes
                    for (int o = 0; o < count; o++) {
                        sums[o] += parameters[start + o];
                    }
                } else {
                    for (int j = start; j < start + count; j++) {
                        sums[outcomes[j]] += parameters[j];
                    }
                }
                return;
            }
            i = i + 1 & mask;
        }
    }

    /**
     * Adds the weights of the n-grams {@code seen} added from its {@code from}-th on to
     * {@code sums}, in the order they were added, as {@link #addTo} does one by one. Their slots
     * are read first, all of them, before any weight is added: each is a cache miss in a table far
     * larger than the caches, and loads that do not wait on each other are fetched side by side,
     * where a sum of a hundred weights between two of them would keep the next from starting.
     */
    void addAll(Seen seen, int from, double[] sums) {
        long[] grams = seen.added;
        int to = seen.count();
        long touched = 0;
        for (int g = from; g < to; g++) {
            touched += slots[2 * (slot(grams[g]) & mask)];
        }
        // kept in the sample's own table, which no other thread writes, so the reads are not left out as unused
        seen.touched = touched;
        for (int g = from; g < to; g++) {
            addTo(grams[g], sums);
        }
    }

    /**
     * The distinct n-grams of one sample (keys as {@link #key} makes them), in the same kind of
     * table, and the order in which they were first seen. Made once per thread and cleared after
     * each sample, rather than made and zeroed for each.
     */
    static final class Seen {

        private final long[] keys;
        private final int mask;
        /** The n-grams seen, in the order they were added. */
        final long[] added;
        private int count;
        /** What {@link NGramWeights#addAll} read first; never used. */
        @SuppressWarnings("unused")
        private long touched;

        /** @param expected how many n-grams a sample has at most */
        Seen(int expected) {
            int capacity = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
            keys = new long[capacity];
            mask = capacity - 1;
            added = new long[Math.max(1, expected)];
        }

        /** Whether a sample of {@code grams} n-grams at most fits, without filling the table more than half. */
        boolean holds(int grams) {
            return grams <= added.length;
        }

        /** Whether the n-gram was not seen yet. */
        boolean add(long key) {
            int i = slot(key) & mask;
            while (keys[i] != 0) {
                if (keys[i] == key) {
                    return false;
                }
                i = i + 1 & mask;
            }
            keys[i] = key;
            added[count++] = key;
            return true;
        }

        /** How many distinct n-grams were seen. */
        int count() {
            return count;
        }

        /** Forgets every n-gram seen: empties the slots they took. */
        void clear() {
            for (int k = 0; k < count; k++) {
                int i = slot(added[k]) & mask;
                while (keys[i] != added[k]) {
                    i = i + 1 & mask;
                }
                keys[i] = 0;
            }
            count = 0;
        }
    }
}
