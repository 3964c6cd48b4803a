package dev.precis.text;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;

/**
 * The terms of the words a normalizer has seen, looked up from the characters of the text rather
 * than from a string made for each word. Every word of every summary is looked up here, and in a
 * map of strings the first touch of a word's entry waits on several objects scattered over the
 * heap (the node, the word, its bytes, the term). Here a word's hash, length and place in one
 * array of characters sit in parallel arrays at its slot of an open-addressing table, so a look-up
 * touches the slot and then the word's characters, packed beside the words added around it.
 *
 * <p>Shared by all threads: readers take no lock. A writer adds under the lock and writes a slot's
 * length last, with release semantics, and a reader reads the length first, with acquire semantics,
 * so a reader that sees a length sees the word and term written before it. A table that is full is
 * copied into a larger one, which replaces it whole; readers still holding the old one miss the
 * words added since and look them up again under the lock.
 *
 * <p>Bounded: at most {@link #MAX_WORDS} words of at most {@link #MAX_WORD_LENGTH} characters, so
 * at most 131,072 slots (2 MB of slot arrays) and 3.2 M characters (6.4 MB), besides the terms
 * themselves; news words average about six characters, so a full table takes about 3 MB.
 */
final class WordTerms {

    /** Largest number of words whose terms are kept. */
    static final int MAX_WORDS = 50_000;
    /** Longer words are normalized each time: rare, and they would take a large share of the characters. */
    static final int MAX_WORD_LENGTH = 64;

    private static final VarHandle LENGTHS = MethodHandles.arrayElementVarHandle(int[].class);

    private static final class Table {
        final int mask;
        /** Length of the word in each slot; 0 for an empty slot (written last). */
        final int[] lengths;
        final int[] hashes;
        /** Where each slot's word starts in {@link #characters}. */
        final int[] starts;
        final String[] terms;
        final char[] characters;
        int used;
        int words;

        Table(int capacity, int characterCapacity) {
            mask = capacity - 1;
            lengths = new int[capacity];
            hashes = new int[capacity];
            starts = new int[capacity];
            terms = new String[capacity];
            characters = new char[characterCapacity];
        }
    }

    private volatile Table table = new Table(1024, 4096);

    /** The term kept for the word {@code text[start, end)}, {@code null} when the word is not kept. */
    String find(char[] text, int start, int end, int hash) {
        Table t = table;
        int length = end - start;
        for (int i = hash & t.mask;; i = i + 1 & t.mask) {
            int l = (int) LENGTHS.getAcquire(t.lengths, i);
            if (l == 0) {
                return null;
            }
            if (l == length && t.hashes[i] == hash && sameWord(t.characters, t.starts[i], text, start, end)) {
                return t.terms[i];
            }
        }
    }

    /** Keeps the term of a word (the same word as for {@link #find}), unless the bound is reached. */
    synchronized void add(char[] text, int start, int end, int hash, String term) {
        int length = end - start;
        if (length == 0 || length > MAX_WORD_LENGTH || find(text, start, end, hash) != null) {
            return;
        }
        Table t = table;
        if (t.words >= MAX_WORDS) {
            return;
        }
        if (2 * (t.words + 1) > t.lengths.length || t.used + length > t.characters.length) {
            t = larger(t, length);
            table = t;
        }
        int at = t.used;
        System.arraycopy(text, start, t.characters, at, length);
        t.used += length;
        int i = hash & t.mask;
        while (t.lengths[i] != 0) {
            i = i + 1 & t.mask;
        }
        t.hashes[i] = hash;
        t.starts[i] = at;
        t.terms[i] = term;
        t.words++;
        LENGTHS.setRelease(t.lengths, i, length);
    }

    private static Table larger(Table t, int length) {
        int capacity = 2 * (t.words + 1) > t.lengths.length ? 2 * t.lengths.length : t.lengths.length;
        int characterCapacity = t.characters.length;
        while (t.used + length > characterCapacity) {
            characterCapacity *= 2;
        }
        Table larger = new Table(capacity, characterCapacity);
        System.arraycopy(t.characters, 0, larger.characters, 0, t.used);
        larger.used = t.used;
        larger.words = t.words;
        for (int s = 0; s < t.lengths.length; s++) {
            if (t.lengths[s] != 0) {
                int i = t.hashes[s] & larger.mask;
                while (larger.lengths[i] != 0) {
                    i = i + 1 & larger.mask;
                }
                larger.lengths[i] = t.lengths[s];
                larger.hashes[i] = t.hashes[s];
                larger.starts[i] = t.starts[s];
                larger.terms[i] = t.terms[s];
            }
        }
        return larger;
    }

    /** The hash a word is kept under: its characters' string hash, spread over the bits. */
    static int hash(char[] text, int start, int end) {
        int h = 0;
        for (int k = start; k < end; k++) {
            h = 31 * h + text[k];
        }
        int spread = h * 0x9E3779B9;
        return spread ^ spread >>> 16;
    }

    private static boolean sameWord(char[] characters, int at, char[] text, int start, int end) {
        return Arrays.equals(characters, at, at + end - start, text, start, end);
    }
}
