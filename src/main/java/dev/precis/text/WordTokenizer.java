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

    public List<String> words(CharSequence text, int start, int end) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder(16);
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || word.length() > 0 && isCombiningMark(c)) {
                word.append(c);
            } else if (word.length() > 0 && isJoiner(c) && i + 1 < end && Character.isLetterOrDigit(text.charAt(i + 1))) {
                word.append(c == '’' ? '\'' : c);
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
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
