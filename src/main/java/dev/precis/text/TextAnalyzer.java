package dev.precis.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The language-specific part of summarizing: sentences of a text, and the words and terms of a
 * sentence. Built once from loaded models and shared by all threads.
 */
public final class TextAnalyzer {

    private final String language;
    private final SentenceSplitter splitter;
    private final WordTokenizer tokenizer;
    private final TermNormalizer normalizer;

    public TextAnalyzer(String language, SentenceSplitter splitter, WordTokenizer tokenizer, TermNormalizer normalizer) {
        this.language = language;
        this.splitter = splitter;
        this.tokenizer = tokenizer;
        this.normalizer = normalizer;
    }

    public static TextAnalyzer english() {
        return new TextAnalyzer("en", SentenceSplitter.english(), new WordTokenizer(), TermNormalizer.english());
    }

    public String language() {
        return language;
    }

    public List<Sentence> sentences(String text) {
        return splitter.split(text);
    }

    public List<String> words(CharSequence text, int start, int end) {
        return tokenizer.words(text, start, end);
    }

    /** The term a word counts as, or {@code null} for a stopword or a word without letters. */
    public String term(String word) {
        return normalizer.term(word);
    }

    /** Content terms of the words, in order; words without content are left out. */
    public List<String> terms(List<String> words) {
        List<String> terms = new ArrayList<>(words.size());
        for (String word : words) {
            String term = normalizer.term(word);
            if (term != null) {
                terms.add(term);
            }
        }
        return terms;
    }

    public boolean isStopword(String word) {
        return normalizer.isStopword(word);
    }
}
