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

    /** The term of a word, or {@code null} when the word carries no content. */
    public String term(String word) {
        char[] characters = word.toCharArray();
        int number = termNumber(characters, 0, characters.length);
        return number >= 0 ? term(number) : number == NO_TERM ? null : normalize(word);
    }

    /** What {@link #termNumber} gives for a word that carries no content. */
    static final int NO_TERM = WordTerms.NO_TERM;
    /** What {@link #termNumber} gives for a word whose term has no number, all being given: {@link #term(String)} tells it. */
    static final int UNNUMBERED = WordTerms.UNNUMBERED;

    /**
     * The number of the term of the word {@code characters[start, end)}: one number for each
     * distinct term of the language, its term given by {@link #term(int)}; or {@link #NO_TERM}, or
     * {@link #UNNUMBERED}. The word's string is made only when the word has not been seen before.
     */
    int termNumber(char[] characters, int start, int end) {
        int hash = WordTerms.hash(characters, start, end);
        int number = terms.find(characters, start, end, hash);
        if (number != WordTerms.MISSING) {
            return number;
        }
        return terms.add(characters, start, end, hash, normalize(new String(characters, start, end - start)));
    }

    /** The term of a word that {@link #termNumber} gives no number, made each time. */
    String unnumberedTerm(char[] characters, int start, int end) {
        return normalize(new String(characters, start, end - start));
    }

    /** The term of a number {@link #termNumber} gave. */
    String term(int number) {
        return terms.term(number);
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
