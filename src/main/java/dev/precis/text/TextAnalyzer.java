package dev.precis.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The language-specific part of summarizing: sentences of a text, and the words and terms of a
 * sentence. Built once per language from loaded models (see {@link LanguageModels}) and shared by
 * all threads.
 */
public final class TextAnalyzer {

    /** Receives the terms of a text in order, each with the text it was made from. */
    @FunctionalInterface
    public interface TermSink {
        void accept(String term, String surface);

        /**
         * A term made from the word {@code text[start, end)}, whose typographic apostrophes are
         * written as straight ones (see {@link WordTokenizer#word(CharSequence, int, int, boolean)}):
         * a sink that needs only some of the words makes only those. The number is the analyzer's
         * for this term and no other, so a sink can tell terms apart without reading their strings;
         * -1 when the term has none (the analyzer's numbers are bounded).
         */
        default void acceptWord(String term, int number, CharSequence text, int start, int end) {
            accept(term, WordTokenizer.word(text, start, end, true));
        }
    }

    private final Language language;
    private final SentenceSplitter splitter;
    private final WordTokenizer tokenizer;
    private final TermNormalizer normalizer;
    private final CharacterBigrams bigrams;
    /** Each thread's copy of the span whose terms it is taking; grows to the longest span. */
    private final ThreadLocal<SpanCopy> copies = ThreadLocal.withInitial(SpanCopy::new);

    private static final class SpanCopy {
        private char[] characters = new char[512];

        /** {@code text[start, end)} from index 0, each typographic apostrophe written as a straight one. */
        char[] of(CharSequence text, int start, int end) {
            int length = end - start;
            if (characters.length < length) {
                characters = new char[Math.max(length, 2 * characters.length)];
            }
            if (text instanceof String s) {
                s.getChars(start, end, characters, 0);
            } else {
                for (int i = 0; i < length; i++) {
                    characters[i] = text.charAt(start + i);
                }
            }
            for (int i = 0; i < length; i++) {
                if (characters[i] == '’') {
                    characters[i] = '\'';
                }
            }
            return characters;
        }
    }

    public TextAnalyzer(Language language, SentenceSplitter splitter, TermNormalizer normalizer) {
        this.language = language;
        this.splitter = splitter;
        this.tokenizer = new WordTokenizer();
        this.normalizer = normalizer;
        this.bigrams = language.script() == Language.Script.SPACED ? null : new CharacterBigrams(language, normalizer);
    }

    public Language language() {
        return language;
    }

    public List<Sentence> sentences(String text) {
        return splitter.split(text);
    }

    /** Sentences of the text between {@code from} and {@code to}, numbered from 0, with offsets into {@code text}. */
    public List<Sentence> sentences(String text, int from, int to) {
        return splitter.split(text, from, to);
    }

    /** The words of a span, as counted for lengths and word budgets; a Chinese or Japanese character is a word. */
    public int wordCount(CharSequence text, int start, int end) {
        return bigrams != null ? bigrams.wordCount(text, start, end) : tokenizer.count(text, start, end);
    }

    /**
     * The content terms of a span, in order, each with the word (or characters) it stands for.
     * Returns the span's {@link #wordCount(CharSequence, int, int) word count}, found on the way.
     */
    public int terms(CharSequence text, int start, int end, TermSink sink) {
        if (bigrams != null) {
            bigrams.terms(text, start, end, sink);
            return bigrams.wordCount(text, start, end);
        }
        // the span's characters copied once, apostrophes straightened, so that each word is read
        // from an array and looked up without a string of its own
        char[] characters = copies.get().of(text, start, end);
        int[] words = {0};
        tokenizer.forEachWordSpan(characters, 0, end - start, (wordStart, wordEnd) -> {
            words[0]++;
            int number = normalizer.termNumber(characters, wordStart, wordEnd);
            if (number >= 0) {
                sink.acceptWord(normalizer.term(number), number, text, start + wordStart, start + wordEnd);
            } else if (number == TermNormalizer.UNNUMBERED) {
                String term = normalizer.unnumberedTerm(characters, wordStart, wordEnd);
                if (term != null) {
                    sink.acceptWord(term, -1, text, start + wordStart, start + wordEnd);
                }
            }
        });
        return words[0];
    }

    /** The content terms of a whole text, in order. */
    public List<String> terms(CharSequence text) {
        List<String> terms = new ArrayList<>();
        terms(text, 0, text.length(), (term, surface) -> terms.add(term));
        return terms;
    }

    public boolean isStopword(String word) {
        return normalizer.isStopword(word);
    }
}
