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
         * a sink that needs only some of the words makes only those.
         */
        default void acceptWord(String term, CharSequence text, int start, int end) {
            accept(term, WordTokenizer.word(text, start, end, true));
        }
    }

    private final Language language;
    private final SentenceSplitter splitter;
    private final WordTokenizer tokenizer;
    private final TermNormalizer normalizer;
    private final CharacterBigrams bigrams;

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
        int[] words = {0};
        tokenizer.forEachWordSpan(text, start, end, (t, wordStart, wordEnd) -> {
            words[0]++;
            String term = normalizer.term(t, wordStart, wordEnd);
            if (term != null) {
                sink.acceptWord(term, t, wordStart, wordEnd);
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
