package dev.precis.text;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;

import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * Turns words into the terms that are counted: stopwords and words without a letter are dropped,
 * possessive endings removed, the rest stemmed with the Snowball stemmer of the language.
 * Stopwords come from the Snowball lists that Lucene ships, so they are maintained upstream.
 */
public final class TermNormalizer {

    public static final String ENGLISH_STOPWORDS = "org/apache/lucene/analysis/snowball/english_stop.txt";

    private final Set<String> stopwords;
    private final ThreadLocal<SnowballStemmer> stemmers;

    public TermNormalizer(Set<String> stopwords, SnowballStemmer.ALGORITHM algorithm) {
        this.stopwords = Set.copyOf(stopwords);
        // the Snowball stemmers keep their working buffer in the instance: one per thread
        this.stemmers = ThreadLocal.withInitial(() -> new SnowballStemmer(algorithm));
    }

    public static TermNormalizer english() {
        return new TermNormalizer(loadSnowballStopwords(ENGLISH_STOPWORDS), SnowballStemmer.ALGORITHM.ENGLISH);
    }

    static Set<String> loadSnowballStopwords(String resource) {
        try (Reader reader = new InputStreamReader(ModelResources.open(resource), StandardCharsets.UTF_8)) {
            CharArraySet words = WordlistLoader.getSnowballWordSet(reader);
            Set<String> result = new HashSet<>();
            for (Object word : words) {
                result.add(new String((char[]) word));
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read stopwords " + resource, e);
        }
    }

    public boolean isStopword(String word) {
        return stopwords.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The term of a word, or {@code null} when the word carries no content. */
    public String term(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        String w = lower;
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        if (w.isEmpty() || stopwords.contains(w) || stopwords.contains(lower) || !hasLetter(w)) {
            return null;
        }
        return stemmers.get().stem(w).toString();
    }

    private static boolean hasLetter(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLetter(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
