package dev.precis.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * A language Precis summarizes, and the resources that analyze it: the OpenNLP sentence model
 * where one is published (otherwise {@link java.text.BreakIterator} for the locale splits
 * sentences), the Snowball stemmer OpenNLP ships for it, the stopword list Lucene maintains for it,
 * and how its words are written.
 *
 * @param code           ISO 639-1 code, as clients give it and the API reports it
 * @param sentenceModel  resource name of the OpenNLP sentence model, or {@code null} for the fallback
 * @param stemmer        Snowball stemmer, or {@code null}: terms are then the lower-cased words
 * @param stopwords      resource name of Lucene's stopword list, or {@code null} for none
 * @param detectorCodes  ISO 639-3 codes OpenNLP's language detector reports for the language
 */
public record Language(String code, String name, Script script, String sentenceModel, SnowballStemmer.ALGORITHM stemmer,
        String stopwords, StopwordFormat stopwordFormat, Set<String> detectorCodes) {

    /** How the language separates words, which decides what its terms are. */
    public enum Script {
        /** Words separated by spaces: terms are stemmed words. */
        SPACED,
        /** Chinese, Japanese and Korean: terms are bigrams of CJK characters (as Lucene's CJK bigram filter does). */
        CJK,
        /** Thai: no spaces between words and none between sentences but a space; terms are character bigrams. */
        THAI
    }

    /** The two formats of Lucene's stopword files. */
    public enum StopwordFormat {
        /** The Snowball project's lists: {@code |} starts a comment, several words may share a line. */
        SNOWBALL,
        /** One word per line, {@code #} starts a comment. */
        PLAIN
    }

    private static final String SNOWBALL = "org/apache/lucene/analysis/snowball/";
    private static final String LUCENE = "org/apache/lucene/analysis/";

    public static final Language ENGLISH = spaced("en", "English", "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin",
            SnowballStemmer.ALGORITHM.ENGLISH, SNOWBALL + "english_stop.txt", StopwordFormat.SNOWBALL);

    private static final Map<String, Language> BY_CODE;
    private static final Map<String, Language> BY_DETECTOR_CODE;

    static {
        List<Language> all = List.of(
                ENGLISH,
                spaced("de", "German", "opennlp-de-ud-gsd-sentence-1.3-2.5.4.bin", SnowballStemmer.ALGORITHM.GERMAN,
                        SNOWBALL + "german_stop.txt", StopwordFormat.SNOWBALL),
                spaced("fr", "French", "opennlp-fr-ud-gsd-sentence-1.3-2.5.4.bin", SnowballStemmer.ALGORITHM.FRENCH,
                        SNOWBALL + "french_stop.txt", StopwordFormat.SNOWBALL),
                spaced("es", "Spanish", null, SnowballStemmer.ALGORITHM.SPANISH, SNOWBALL + "spanish_stop.txt", StopwordFormat.SNOWBALL),
                spaced("it", "Italian", null, SnowballStemmer.ALGORITHM.ITALIAN, SNOWBALL + "italian_stop.txt", StopwordFormat.SNOWBALL),
                spaced("pt", "Portuguese", null, SnowballStemmer.ALGORITHM.PORTUGUESE, SNOWBALL + "portuguese_stop.txt", StopwordFormat.SNOWBALL),
                spaced("nl", "Dutch", null, SnowballStemmer.ALGORITHM.DUTCH, SNOWBALL + "dutch_stop.txt", StopwordFormat.SNOWBALL),
                spaced("da", "Danish", null, SnowballStemmer.ALGORITHM.DANISH, SNOWBALL + "danish_stop.txt", StopwordFormat.SNOWBALL),
                spaced("sv", "Swedish", null, SnowballStemmer.ALGORITHM.SWEDISH, SNOWBALL + "swedish_stop.txt", StopwordFormat.SNOWBALL),
                spaced("no", "Norwegian", null, SnowballStemmer.ALGORITHM.NORWEGIAN, SNOWBALL + "norwegian_stop.txt", StopwordFormat.SNOWBALL,
                        "nob", "nno"),
                spaced("fi", "Finnish", null, SnowballStemmer.ALGORITHM.FINNISH, SNOWBALL + "finnish_stop.txt", StopwordFormat.SNOWBALL),
                spaced("hu", "Hungarian", null, SnowballStemmer.ALGORITHM.HUNGARIAN, SNOWBALL + "hungarian_stop.txt", StopwordFormat.SNOWBALL),
                spaced("ru", "Russian", null, SnowballStemmer.ALGORITHM.RUSSIAN, SNOWBALL + "russian_stop.txt", StopwordFormat.SNOWBALL),
                spaced("id", "Indonesian", null, SnowballStemmer.ALGORITHM.INDONESIAN, SNOWBALL + "indonesian_stop.txt", StopwordFormat.SNOWBALL),
                spaced("ro", "Romanian", null, SnowballStemmer.ALGORITHM.ROMANIAN, LUCENE + "ro/stopwords.txt", StopwordFormat.PLAIN),
                spaced("tr", "Turkish", null, SnowballStemmer.ALGORITHM.TURKISH, LUCENE + "tr/stopwords.txt", StopwordFormat.PLAIN),
                spaced("ca", "Catalan", null, SnowballStemmer.ALGORITHM.CATALAN, LUCENE + "ca/stopwords.txt", StopwordFormat.PLAIN),
                spaced("ar", "Arabic", null, SnowballStemmer.ALGORITHM.ARABIC, LUCENE + "ar/stopwords.txt", StopwordFormat.PLAIN),
                spaced("el", "Greek", null, SnowballStemmer.ALGORITHM.GREEK, LUCENE + "el/stopwords.txt", StopwordFormat.PLAIN),
                spaced("bg", "Bulgarian", null, null, LUCENE + "bg/stopwords.txt", StopwordFormat.PLAIN),
                spaced("cs", "Czech", null, null, LUCENE + "cz/stopwords.txt", StopwordFormat.PLAIN),
                spaced("fa", "Persian", null, null, LUCENE + "fa/stopwords.txt", StopwordFormat.PLAIN, "pes"),
                spaced("hi", "Hindi", null, null, LUCENE + "hi/stopwords.txt", StopwordFormat.PLAIN),
                // Lucene's CJK list holds the English stopwords found among Chinese, Japanese and Korean text
                new Language("zh", "Chinese", Script.CJK, null, null, LUCENE + "cjk/stopwords.txt", StopwordFormat.PLAIN, Set.of("zho", "cmn")),
                new Language("ja", "Japanese", Script.CJK, null, null, LUCENE + "cjk/stopwords.txt", StopwordFormat.PLAIN, Set.of("jpn")),
                new Language("ko", "Korean", Script.CJK, null, null, LUCENE + "cjk/stopwords.txt", StopwordFormat.PLAIN, Set.of("kor")),
                new Language("th", "Thai", Script.THAI, null, null, null, null, Set.of("tha")));
        Map<String, Language> byCode = new LinkedHashMap<>();
        Map<String, Language> byDetectorCode = new HashMap<>();
        for (Language language : all) {
            byCode.put(language.code, language);
            for (String detected : language.detectorCodes) {
                byDetectorCode.put(detected, language);
            }
        }
        BY_CODE = Collections.unmodifiableMap(byCode);
        BY_DETECTOR_CODE = Map.copyOf(byDetectorCode);
    }

    public Language {
        detectorCodes = Set.copyOf(detectorCodes);
    }

    private static Language spaced(String code, String name, String sentenceModel, SnowballStemmer.ALGORITHM stemmer, String stopwords,
            StopwordFormat format, String... moreDetectorCodes) {
        List<String> detectorCodes = new ArrayList<>(List.of(moreDetectorCodes));
        detectorCodes.add(Locale.forLanguageTag(code).getISO3Language());
        return new Language(code, name, Script.SPACED, sentenceModel, stemmer, stopwords, format, Set.copyOf(detectorCodes));
    }

    /** The supported language with this ISO 639-1 code (any case), if there is one. */
    public static Optional<Language> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_CODE.get(code.trim().toLowerCase(Locale.ROOT)));
    }

    /** The supported language OpenNLP's language detector names with this ISO 639-3 code, if there is one. */
    public static Optional<Language> byDetectorCode(String code) {
        return Optional.ofNullable(BY_DETECTOR_CODE.get(code));
    }

    /** Every supported language, English first. */
    public static List<Language> supported() {
        return List.copyOf(BY_CODE.values());
    }

    /** The codes of all supported languages, comma separated, for messages. */
    public static String codes() {
        return String.join(", ", BY_CODE.keySet());
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    public boolean hasSentenceModel() {
        return sentenceModel != null;
    }
}
