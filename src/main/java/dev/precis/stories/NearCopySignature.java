package dev.precis.stories;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import dev.precis.text.WordTokenizer;

/**
 * A MinHash signature of an article's text (Broder 1997): the set of its 5-word shingles reduced
 * to {@value #HASHES} minima under independent hash functions, so that the share of equal
 * positions in two signatures estimates the Jaccard similarity of the two shingle sets (standard
 * error about 0.025 at 0.8). For look-up the signature is cut into {@value #BANDS} bands of
 * {@value #ROWS} rows (locality-sensitive hashing): two texts are candidates when one band agrees
 * entirely, which happens with probability {@code 1 - (1 - J^8)^32}: 0.997 at J = 0.8, 0.5 at J =
 * 0.55, 0.03 at J = 0.3. Each band is one 64-bit key that includes the band's number, so the keys
 * of all bands can sit in one indexed column and be compared with one overlap test.
 * <p>
 * Words are compared as written, lower-cased, stopwords kept: a near copy repeats the words, not
 * only the terms. A text of fewer than five words is one shingle; a text without words has an
 * empty signature, which matches nothing.
 */
public final class NearCopySignature {

    public static final int SHINGLE_WORDS = 5;
    /** The estimated Jaccard similarity from which a text is a near copy, unless configured otherwise. */
    public static final double DEFAULT_THRESHOLD = 0.8;
    public static final int HASHES = 256;
    public static final int BANDS = 32;
    public static final int ROWS = HASHES / BANDS;

    private static final WordTokenizer WORDS = new WordTokenizer();
    /** Seeds of the hash functions: fixed, so that signatures stored today compare with tomorrow's. */
    private static final long[] SEEDS = new long[HASHES];

    static {
        long state = 0x5DEECE66DL;
        for (int i = 0; i < HASHES; i++) {
            state += 0x9E3779B97F4A7C15L;
            SEEDS[i] = mix(state);
        }
    }

    private final int[] minima;

    private NearCopySignature(int[] minima) {
        this.minima = minima;
    }

    /** The signature of a text (its title left out: a re-sent copy often changes the headline). */
    public static NearCopySignature of(String text) {
        List<String> words = WORDS.words(text == null ? "" : text);
        if (words.isEmpty()) {
            return new NearCopySignature(new int[0]);
        }
        long[] wordHashes = new long[words.size()];
        for (int i = 0; i < wordHashes.length; i++) {
            wordHashes[i] = hash(words.get(i).toLowerCase(Locale.ROOT));
        }
        int shingles = Math.max(1, wordHashes.length - SHINGLE_WORDS + 1);
        long[] min = new long[HASHES];
        Arrays.fill(min, Long.MAX_VALUE);
        for (int s = 0; s < shingles; s++) {
            long shingle = 0;
            for (int w = s; w < Math.min(wordHashes.length, s + SHINGLE_WORDS); w++) {
                shingle = shingle * 0x100000001B3L + wordHashes[w];
            }
            for (int i = 0; i < HASHES; i++) {
                long h = mix(shingle ^ SEEDS[i]);
                if (h < min[i]) {
                    min[i] = h;
                }
            }
        }
        int[] minima = new int[HASHES];
        for (int i = 0; i < HASHES; i++) {
            minima[i] = (int) (min[i] >>> 32);
        }
        return new NearCopySignature(minima);
    }

    /** A signature as stored ({@link #values()}). */
    public static NearCopySignature fromValues(int[] values) {
        if (values.length != 0 && values.length != HASHES) {
            throw new IllegalArgumentException("a signature has " + HASHES + " values, or none");
        }
        return new NearCopySignature(values.clone());
    }

    /** The minima, to store (an {@code integer[]} column, 1 KB). */
    public int[] values() {
        return minima.clone();
    }

    public boolean isEmpty() {
        return minima.length == 0;
    }

    /** The estimated Jaccard similarity of the two texts' shingle sets; 0 when either has none. */
    public double estimatedJaccard(NearCopySignature other) {
        if (isEmpty() || other.isEmpty()) {
            return 0;
        }
        int equal = 0;
        for (int i = 0; i < HASHES; i++) {
            if (minima[i] == other.minima[i]) {
                equal++;
            }
        }
        return equal / (double) HASHES;
    }

    /**
     * The look-up keys, one per band (a {@code bigint[]} column under a GIN index, or one row per
     * key): texts that share a key are the candidates to compare. None for an empty signature.
     */
    public long[] bandKeys() {
        if (isEmpty()) {
            return new long[0];
        }
        long[] keys = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long key = mix(b + 1L);
            for (int r = 0; r < ROWS; r++) {
                key = mix(key ^ (minima[b * ROWS + r] & 0xFFFFFFFFL));
            }
            keys[b] = key;
        }
        return keys;
    }

    /** The shingles of a text as word lists, to test the estimate against the exact similarity. */
    static List<List<String>> shingles(String text) {
        List<String> words = WORDS.words(text).stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        List<List<String>> shingles = new ArrayList<>();
        for (int s = 0; s < Math.max(words.isEmpty() ? 0 : 1, words.size() - SHINGLE_WORDS + 1); s++) {
            shingles.add(words.subList(s, Math.min(words.size(), s + SHINGLE_WORDS)));
        }
        return shingles;
    }

    /** 64-bit FNV-1a of a word's characters. */
    private static long hash(String word) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < word.length(); i++) {
            h ^= word.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** The finalizer of SplitMix64: a bijection that spreads every input bit over the output. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
