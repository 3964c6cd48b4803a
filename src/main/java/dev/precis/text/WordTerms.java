package dev.precis.text;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.HashMap;
import java.util.Map;

/**
 * The terms of the words a normalizer has seen, looked up from the characters of the text rather
 * than from a string made for each word. Every word of every summary is looked up here, and in a
 * map of strings the first touch of a word's entry waits on several objects scattered over the
 * heap (the node, the word, its bytes, the term). Here a word's hash, length, place in one array
 * of characters and term number sit in parallel arrays at its slot of an open-addressing table, so
 * a look-up touches the slot and then the word's characters, packed beside the words added around
 * it. Each distinct term has a number, so that an article's vocabulary can find its terms by
 * number without touching their strings.
 *
 * <p>Shared by all threads: readers take no lock. A writer adds under the lock and writes a slot's
 * length last, with release semantics, and a reader reads the length first, with acquire semantics,
 * so a reader that sees a length sees the word, its term number and the number's term written
 * before it. A table that is full is copied into a larger one, which replaces it whole; readers
 * still holding the old one miss the words added since and look them up again under the lock.
 *
 * <p>Bounded: at most {@link #MAX_WORDS} words of at most {@link #MAX_WORD_LENGTH} characters and
 * as many term numbers, so at most 131,072 slots (2 MB of slot arrays), 3.2 M characters (6.4 MB)
 * and 65,536 references to terms, besides the terms themselves; news words average about six
 * characters, so a full table takes about 3 MB.
 */
final class WordTerms {

    /** Largest number of words whose terms are kept, and of term numbers. */
    static final int MAX_WORDS = 50_000;
    /** Longer words are normalized each time: rare, and they would take a large share of the characters. */
    static final int MAX_WORD_LENGTH = 64;
    /** What {@link #find} gives for a word it does not hold. */
    static final int MISSING = -3;
    /** The number of a term that has none, the bound being reached. */
    static final int UNNUMBERED = -2;
    /** The number kept for a word that carries no content. */
    static final int NO_TERM = -1;

    private static final VarHandle LENGTHS = MethodHandles.arrayElementVarHandle(int[].class);

    private static final class Table {
        final int mask;
        /** Length of the word in each slot; 0 for an empty slot (written last). */
        final int[] lengths;
        final int[] hashes;
        /** Where each slot's word starts in {@link #characters}. */
        final int[] starts;
        /** The term number of each slot's word, or {@link #NO_TERM}. */
        final int[] numbers;
        final char[] characters;
        /** The term of each number. */
        final String[] terms;
        int used;
        int words;

        Table(int capacity, int characterCapacity, int termCapacity) {
            mask = capacity - 1;
            lengths = new int[capacity];
            hashes = new int[capacity];
            starts = new int[capacity];
            numbers = new int[capacity];
            characters = new char[characterCapacity];
            terms = new String[termCapacity];
        }
    }

    private volatile Table table = new Table(1024, 4096, 512);
    /** Term numbers by term, read and written under the lock only. */
    private final Map<String, Integer> numbering = new HashMap<>();

    /** The term number kept for the word {@code text[start, end)}, {@link #NO_TERM}, or {@link #MISSING}. */
    int find(char[] text, int start, int end, int hash) {
        Table t = table;
        int length = end - start;
        for (int i = hash & t.mask;; i = i + 1 & t.mask) {
            int l = (int) LENGTHS.getAcquire(t.lengths, i);
            if (l == 0) {
                return MISSING;
            }
            if (l == length && t.hashes[i] == hash && sameWord(t.characters, t.starts[i], text, start, end)) {
                return t.numbers[i];
            }
        }
    }

    /** The term of a number that {@link #find} or {@link #add} gave. */
    String term(int number) {
        return table.terms[number];
    }

    /**
     * Keeps the term of a word (the same word as for {@link #find}), unless a bound is reached,
     * and gives the term's number: {@link #NO_TERM} for {@code null}, {@link #UNNUMBERED} when
     * the numbers are all given.
     */
    synchronized int add(char[] text, int start, int end, int hash, String term) {
        int found = find(text, start, end, hash);
        if (found != MISSING) {
            return found;
        }
        int number = number(term);
        int length = end - start;
        Table t = table;
        if (length == 0 || length > MAX_WORD_LENGTH || number == UNNUMBERED || t.words >= MAX_WORDS) {
            return number;
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
        t.numbers[i] = number;
        t.words++;
        LENGTHS.setRelease(t.lengths, i, length);
        return number;
    }

    /** The number of a term, given under the lock; the table grows first if the number needs room. */
    private int number(String term) {
        if (term == null) {
            return NO_TERM;
        }
        Integer known = numbering.get(term);
        if (known != null) {
            return known;
        }
        int number = numbering.size();
        if (number >= MAX_WORDS) {
            return UNNUMBERED;
        }
        Table t = table;
        if (number >= t.terms.length) {
            t = larger(t, 0);
            table = t;
        }
        // written before the slot that will hold the number is published
        t.terms[number] = term;
        numbering.put(term, number);
        return number;
    }

    private static Table larger(Table t, int length) {
        int capacity = 2 * (t.words + 1) > t.lengths.length ? 2 * t.lengths.length : t.lengths.length;
        int characterCapacity = t.characters.length;
        while (t.used + length > characterCapacity) {
            characterCapacity *= 2;
        }
        // there are never more terms than words kept, or than half the slots after the next growth
        int termCapacity = Math.max(capacity / 2, 2 * t.terms.length);
        Table larger = new Table(capacity, characterCapacity, termCapacity);
        System.arraycopy(t.characters, 0, larger.characters, 0, t.used);
        System.arraycopy(t.terms, 0, larger.terms, 0, t.terms.length);
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
                larger.numbers[i] = t.numbers[s];
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

    /** A plain loop: words are a few characters long, too short for a vectorized comparison to pay. */
    private static boolean sameWord(char[] characters, int at, char[] text, int start, int end) {
        for (int k = start; k < end; k++) {
            if (characters[at++] != text[k]) {
                return false;
            }
        }
        return true;
    }
}
