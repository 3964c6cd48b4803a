package dev.precis.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a sentence into words as written: runs of letters and digits, with the combining marks
 * that belong to them (the vowel signs of Devanagari, for instance), keeping an apostrophe or a
 * decimal point between two such characters ("don't", "3.5"). A hand-written scanner rather than
 * OpenNLP's maximum-entropy tokenizer because it is on the hot path of every summary and is about
 * ten times faster; summaries only need words, not punctuation tokens.
 */
public final class WordTokenizer {

    /** Receives the words of a text in order. */
    @FunctionalInterface
    public interface WordSink {
        void accept(String word);
    }

    public List<String> words(CharSequence text, int start, int end) {
        List<String> words = new ArrayList<>();
        forEachWord(text, start, end, words::add);
        return words;
    }

    /** Receives where each word of a text is, in order. */
    @FunctionalInterface
    public interface WordSpanSink {
        void accept(CharSequence text, int start, int end);
    }

    /** The words of the span, in order, each made once (a copy of its characters) rather than collected. */
    public void forEachWord(CharSequence text, int start, int end, WordSink sink) {
        forEachWordSpan(text, start, end, (t, s, e) -> sink.accept(word(t, s, e, true)));
    }

    /**
     * Where the words of the span are, in order, without making them: the word is
     * {@link #word(CharSequence, int, int, boolean) word(text, start, end, true)}. Every apostrophe
     * inside a word's span joins two of its letters, so straightening the whole span gives the word.
     */
    public void forEachWordSpan(CharSequence text, int start, int end, WordSpanSink sink) {
        int wordStart = -1;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || wordStart >= 0 && isCombiningMark(c)) {
                if (wordStart < 0) {
                    wordStart = i;
                }
            } else if (wordStart >= 0 && isJoiner(c) && i + 1 < end && Character.isLetterOrDigit(text.charAt(i + 1))) {
                continue; // an apostrophe or a decimal point between two letters or digits stays in the word
            } else if (wordStart >= 0) {
                sink.accept(text, wordStart, i);
                wordStart = -1;
            }
        }
        if (wordStart >= 0) {
            sink.accept(text, wordStart, end);
        }
    }

    /**
     * The same as {@link #forEachWordSpan(CharSequence, int, int, WordSpanSink)} over
     * {@code characters[start, end)}, for a copy of a text with its typographic apostrophes
     * already straightened: the straight and the typographic apostrophe join words alike, so the
     * spans are those of the text, and each span of the copy is the word.
     */
    void forEachWordSpan(char[] characters, int start, int end, CharSpanSink sink) {
        int wordStart = -1;
        for (int i = start; i < end; i++) {
            char c = characters[i];
            if (Character.isLetterOrDigit(c) || wordStart >= 0 && isCombiningMark(c)) {
                if (wordStart < 0) {
                    wordStart = i;
                }
            } else if (wordStart >= 0 && isJoiner(c) && i + 1 < end && Character.isLetterOrDigit(characters[i + 1])) {
                continue; // an apostrophe or a decimal point between two letters or digits stays in the word
            } else if (wordStart >= 0) {
                sink.accept(wordStart, i);
                wordStart = -1;
            }
        }
        if (wordStart >= 0) {
            sink.accept(wordStart, end);
        }
    }

    /** Receives where each word of a copied text is, in order. */
    @FunctionalInterface
    interface CharSpanSink {
        void accept(int start, int end);
    }

    /** A word as written, with each typographic apostrophe in it written as a straight one when {@code straighten} is set. */
    public static String word(CharSequence text, int start, int end, boolean straighten) {
        String word = text.subSequence(start, end).toString();
        return straighten ? word.replace('’', '\'') : word;
    }

    /** How many words {@link #words(CharSequence, int, int)} finds, without making them. */
    public int count(CharSequence text, int start, int end) {
        int count = 0;
        boolean inWord = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || inWord && isCombiningMark(c)) {
                if (!inWord) {
                    count++;
                    inWord = true;
                }
            } else if (!(inWord && isJoiner(c) && i + 1 < end && Character.isLetterOrDigit(text.charAt(i + 1)))) {
                inWord = false;
            }
        }
        return count;
    }

    public List<String> words(CharSequence text) {
        return words(text, 0, text.length());
    }

    static boolean isCombiningMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    private static boolean isJoiner(char c) {
        return c == '\'' || c == '’' || c == '.';
    }
}
