package dev.precis.text;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;

import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * Turns words into the terms that are counted: stopwords and words without a letter are dropped,
 * possessive endings removed, the rest lower-cased for the language and stemmed with its Snowball
 * stemmer where OpenNLP ships one. Stopwords come from the lists Lucene maintains, so they are
 * kept up to date upstream.
 */
public final class TermNormalizer {

    private final Set<String> stopwords;
    private final Locale locale;
    private final boolean greek;
    private final ThreadLocal<SnowballStemmer> stemmers;
    /**
     * Terms of the words seen so far: news repeats its words, and stemming one costs far more than
     * looking it up. Bounded: once full, further words are normalized each time.
     */
    private final WordTerms terms = new WordTerms();

    /**
     * @param algorithm the Snowball stemmer, or {@code null} to count lower-cased words as they are
     */
    public TermNormalizer(Set<String> stopwords, SnowballStemmer.ALGORITHM algorithm, Locale locale) {
        this.stopwords = Set.copyOf(stopwords);
        this.locale = locale;
        this.greek = "el".equals(locale.getLanguage());
        // the Snowball stemmers keep their working buffer in the instance: one per thread
        this.stemmers = algorithm == null ? null : ThreadLocal.withInitial(() -> new SnowballStemmer(algorithm));
    }

    /** The normalizer of a supported language, with its stopword list read from the class path. */
    public static TermNormalizer of(Language language) {
        Set<String> stopwords = language.stopwords() == null ? Set.of() : loadStopwords(language.stopwords(), language.stopwordFormat());
        return new TermNormalizer(stopwords, language.stemmer(), language.locale());
    }

    static Set<String> loadStopwords(String resource, Language.StopwordFormat format) {
        try (Reader reader = new InputStreamReader(ModelResources.open(resource), StandardCharsets.UTF_8)) {
            CharArraySet words = format == Language.StopwordFormat.SNOWBALL
                    ? WordlistLoader.getSnowballWordSet(reader)
                    : WordlistLoader.getWordSet(reader, "#");
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
        return stopwords.contains(lowerCase(word));
    }

    /** Kept for a word that carries no content (compared by identity). */
    private static final String NO_TERM = new String("");

    /** The term of a word, or {@code null} when the word carries no content. */
    public String term(String word) {
        return term(word.toCharArray(), 0, word.length());
    }

    /**
     * The term of the word {@code characters[start, end)}, or {@code null} when it carries no
     * content; the word's string is made only when it has not been seen before.
     */
    String term(char[] characters, int start, int end) {
        int hash = WordTerms.hash(characters, start, end);
        String cached = terms.find(characters, start, end, hash);
        if (cached != null) {
            return cached == NO_TERM ? null : cached;
        }
        String term = normalize(new String(characters, start, end - start));
        terms.add(characters, start, end, hash, term == null ? NO_TERM : term);
        return term;
    }

    private String normalize(String word) {
        String lower = lowerCase(word);
        String w = lower;
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        if (w.isEmpty() || stopwords.contains(w) || stopwords.contains(lower) || !hasLetter(w)) {
            return null;
        }
        return stemmers == null ? w : stemmers.get().stem(w).toString();
    }

    /**
     * Lower case by the language's rules (Turkish dotted and dotless i). Greek also loses its
     * accents and final sigma, the form Lucene's Greek stopword list is written in.
     */
    private String lowerCase(String word) {
        String lower = word.toLowerCase(locale);
        if (!greek) {
            return lower;
        }
        String folded = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return folded.replace('ς', 'σ');
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
