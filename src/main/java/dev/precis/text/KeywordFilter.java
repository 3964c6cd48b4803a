package dev.precis.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Words a reader would not accept as keywords although they pass the stopword list of the
 * article's language: modal auxiliaries that the list keeps for their noun senses ({@code will},
 * {@code may}), bare number words ({@code two}, {@code three}), and words that the stopword list of
 * another language of the same script catches (a stray {@code der} or {@code les}). A word the
 * article writes as a name, capitalized where it is not the first of a sentence, is never passed over:
 * {@code May} the month is not {@code may} the auxiliary.
 */
public final class KeywordFilter {

    /** Modal auxiliaries by language code: the commonest words the stopword lists leave in. */
    public static final Map<String, Set<String>> AUXILIARIES = Map.of("en", Set.of("will", "can", "may", "might", "must", "shall"));

    /** Cardinal number words by language code: a count is not what an article is about. */
    static final Map<String, Set<String>> NUMBER_WORDS = Map.of("en", Set.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
            "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "hundreds", "thousand",
            "thousands", "dozen", "dozens", "first", "second", "third", "half"));

    private final Language language;
    private final Map<Language, Set<String>> foreignStopwords = new HashMap<>();

    /** A filter for articles in {@code language}; reads the other languages' stopword lists once. */
    public KeywordFilter(Language language) {
        this.language = language;
        for (Language other : Language.supported()) {
            if (!other.equals(language) && other.script() == language.script() && other.stopwords() != null) {
                foreignStopwords.put(other, TermNormalizer.loadStopwords(other.stopwords(), other.stopwordFormat()));
            }
        }
    }

    /** Whether {@code word}, as the article {@code text} writes it, may be shown as a keyword. */
    public boolean accepts(String text, String word) {
        if (isName(text, word)) {
            return true;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        String code = language.code();
        if (AUXILIARIES.getOrDefault(code, Set.of()).contains(lower) || NUMBER_WORDS.getOrDefault(code, Set.of()).contains(lower)) {
            return false;
        }
        for (Set<String> stopwords : foreignStopwords.values()) {
            if (stopwords.contains(lower)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the text writes {@code word} with a capital where it does not open a sentence (the
     * character before it, spaces aside, is not the end of a sentence or a line).
     */
    static boolean isName(String text, String word) {
        if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0))) {
            return false;
        }
        int from = 0;
        int at;
        while ((at = text.indexOf(word, from)) >= 0) {
            from = at + 1;
            int end = at + word.length();
            if (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1)) || end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
                continue;
            }
            int before = at - 1;
            while (before >= 0 && text.charAt(before) == ' ') {
                before--;
            }
            if (before >= 0 && ".!?\n\"“'‘(—–-:".indexOf(text.charAt(before)) < 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The name {@code word} is a piece of, when the text writes it inside a capitalized compound
     * ({@code Kyu} and {@code duk} of {@code Kyu-duk}, {@code Punggye} of {@code Punggye-ri}):
     * a keyword shows the whole name rather than a fragment of it. Otherwise {@code word} itself.
     */
    public static String wholeName(String text, String word) {
        if (word.isEmpty()) {
            return word;
        }
        int from = 0;
        int at;
        while ((at = text.indexOf(word, from)) >= 0) {
            int start = at;
            int end = at + word.length();
            from = at + 1;
            boolean bounded = (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '-')
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '-');
            if (!bounded) {
                continue;
            }
            while (start > 1 && text.charAt(start - 1) == '-' && Character.isLetter(text.charAt(start - 2))) {
                start--;
                while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
                    start--;
                }
            }
            while (end + 1 < text.length() && text.charAt(end) == '-' && Character.isLetter(text.charAt(end + 1))) {
                end++;
                while (end < text.length() && Character.isLetter(text.charAt(end))) {
                    end++;
                }
            }
            if (end - start > word.length() && Character.isUpperCase(text.charAt(start))) {
                return text.substring(start, end);
            }
        }
        return word;
    }
}
