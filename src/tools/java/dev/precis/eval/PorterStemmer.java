package dev.precis.eval;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The Porter stemmer as NLTK's {@code PorterStemmer} runs it in its default
 * {@code NLTK_EXTENSIONS} mode.
 *
 * <p>This variant, not the 1980 paper nor Snowball's "Porter2", is the one that matters here:
 * Google's {@code rouge_score} package stems with NLTK's default stemmer when
 * {@code use_stemmer=True}, so any other variant would shift the ROUGE numbers we compare
 * against published results. The NLTK departures from the paper are kept on purpose and marked
 * below: a pool of irregular forms, the {@code ies}/{@code ied} rules for four-letter words, the
 * two-letter {@code *o} case, the stricter {@code y -> i}, {@code bli} instead of {@code abli},
 * {@code alli} handled first, and the extra {@code fulli} and {@code logi} rules.
 *
 * <p>Expects lower-case input. Stateless, so safe to share between threads.
 */
public final class PorterStemmer {

    /** Words NLTK stems by lookup instead of by rule. */
    private static final Map<String, String> IRREGULAR_FORMS = Map.ofEntries(
            Map.entry("sky", "sky"),
            Map.entry("skies", "sky"),
            Map.entry("dying", "die"),
            Map.entry("lying", "lie"),
            Map.entry("tying", "tie"),
            Map.entry("news", "news"),
            Map.entry("innings", "inning"),
            Map.entry("inning", "inning"),
            Map.entry("outings", "outing"),
            Map.entry("outing", "outing"),
            Map.entry("cannings", "canning"),
            Map.entry("canning", "canning"),
            Map.entry("howe", "howe"),
            Map.entry("proceed", "proceed"),
            Map.entry("exceed", "exceed"),
            Map.entry("succeed", "succeed"));

    /**
     * One rewrite: if the word ends with {@code suffix}, and {@code condition} holds for what
     * precedes it, the suffix becomes {@code replacement}. The condition sees the word with the
     * suffix removed.
     */
    private record Rule(String suffix, String replacement, Predicate<String> condition) {
    }

    private static final Predicate<String> MEASURE_ABOVE_0 = stem -> measure(stem) > 0;
    private static final Predicate<String> MEASURE_ABOVE_1 = stem -> measure(stem) > 1;

    private static final List<Rule> STEP_1A = List.of(
            new Rule("sses", "ss", stem -> true),
            new Rule("ies", "i", stem -> true),
            new Rule("ss", "ss", stem -> true),
            new Rule("s", "", stem -> true));

    private static final List<Rule> STEP_2 = List.of(
            new Rule("ational", "ate", MEASURE_ABOVE_0),
            new Rule("tional", "tion", MEASURE_ABOVE_0),
            new Rule("enci", "ence", MEASURE_ABOVE_0),
            new Rule("anci", "ance", MEASURE_ABOVE_0),
            new Rule("izer", "ize", MEASURE_ABOVE_0),
            // NLTK follows Porter's later revision (bli) rather than the paper (abli).
            new Rule("bli", "ble", MEASURE_ABOVE_0),
            new Rule("alli", "al", MEASURE_ABOVE_0),
            new Rule("entli", "ent", MEASURE_ABOVE_0),
            new Rule("eli", "e", MEASURE_ABOVE_0),
            new Rule("ousli", "ous", MEASURE_ABOVE_0),
            new Rule("ization", "ize", MEASURE_ABOVE_0),
            new Rule("ation", "ate", MEASURE_ABOVE_0),
            new Rule("ator", "ate", MEASURE_ABOVE_0),
            new Rule("alism", "al", MEASURE_ABOVE_0),
            new Rule("iveness", "ive", MEASURE_ABOVE_0),
            new Rule("fulness", "ful", MEASURE_ABOVE_0),
            new Rule("ousness", "ous", MEASURE_ABOVE_0),
            new Rule("aliti", "al", MEASURE_ABOVE_0),
            new Rule("iviti", "ive", MEASURE_ABOVE_0),
            new Rule("biliti", "ble", MEASURE_ABOVE_0),
            // NLTK extensions.
            new Rule("fulli", "ful", MEASURE_ABOVE_0),
            // The measure is taken with the 'l' kept on the stem, so that short stems such as
            // 'geo' in 'geologi' still qualify.
            new Rule("logi", "log", stem -> measure(stem + "l") > 0));

    private static final List<Rule> STEP_3 = List.of(
            new Rule("icate", "ic", MEASURE_ABOVE_0),
            new Rule("ative", "", MEASURE_ABOVE_0),
            new Rule("alize", "al", MEASURE_ABOVE_0),
            new Rule("iciti", "ic", MEASURE_ABOVE_0),
            new Rule("ical", "ic", MEASURE_ABOVE_0),
            new Rule("ful", "", MEASURE_ABOVE_0),
            new Rule("ness", "", MEASURE_ABOVE_0));

    private static final List<Rule> STEP_4 = List.of(
            new Rule("al", "", MEASURE_ABOVE_1),
            new Rule("ance", "", MEASURE_ABOVE_1),
            new Rule("ence", "", MEASURE_ABOVE_1),
            new Rule("er", "", MEASURE_ABOVE_1),
            new Rule("ic", "", MEASURE_ABOVE_1),
            new Rule("able", "", MEASURE_ABOVE_1),
            new Rule("ible", "", MEASURE_ABOVE_1),
            new Rule("ant", "", MEASURE_ABOVE_1),
            new Rule("ement", "", MEASURE_ABOVE_1),
            new Rule("ment", "", MEASURE_ABOVE_1),
            new Rule("ent", "", MEASURE_ABOVE_1),
            new Rule("ion", "", stem -> measure(stem) > 1 && endsWithAny(stem, 's', 't')),
            new Rule("ou", "", MEASURE_ABOVE_1),
            new Rule("ism", "", MEASURE_ABOVE_1),
            new Rule("ate", "", MEASURE_ABOVE_1),
            new Rule("iti", "", MEASURE_ABOVE_1),
            new Rule("ous", "", MEASURE_ABOVE_1),
            new Rule("ive", "", MEASURE_ABOVE_1),
            new Rule("ize", "", MEASURE_ABOVE_1));

    private PorterStemmer() {
    }

    /** Stems one lower-case word. */
    public static String stem(String word) {
        String irregular = IRREGULAR_FORMS.get(word);
        if (irregular != null) {
            return irregular;
        }
        // NLTK leaves one- and two-letter words alone (the paper does not say so).
        if (word.length() <= 2) {
            return word;
        }
        String stem = step1a(word);
        stem = step1b(stem);
        stem = step1c(stem);
        stem = step2(stem);
        stem = applyFirstMatching(stem, STEP_3);
        stem = applyFirstMatching(stem, STEP_4);
        stem = step5a(stem);
        return step5b(stem);
    }

    /**
     * Finds the first rule whose suffix the word ends with and applies it if its condition holds.
     * Either way no later rule is tried: a failed condition on the longest listed suffix must not
     * let a shorter suffix fire (e.g. 'cement' must not lose its 'ent').
     */
    private static String applyFirstMatching(String word, List<Rule> rules) {
        for (Rule rule : rules) {
            if (word.endsWith(rule.suffix())) {
                String stem = withoutSuffix(word, rule.suffix());
                return rule.condition().test(stem) ? stem + rule.replacement() : word;
            }
        }
        return word;
    }

    private static String step1a(String word) {
        // NLTK extension: 'dies' -> 'die', 'ties' -> 'tie', where the paper would give 'di'.
        if (word.length() == 4 && word.endsWith("ies")) {
            return withoutSuffix(word, "ies") + "ie";
        }
        return applyFirstMatching(word, STEP_1A);
    }

    private static String step1b(String word) {
        // NLTK extension: 'died' -> 'die' but 'spied' -> 'spi', matching what step 1a does to
        // 'dies' and 'spies'.
        if (word.endsWith("ied")) {
            return withoutSuffix(word, "ied") + (word.length() == 4 ? "ie" : "i");
        }
        // (m>0) EED -> EE; when the measure is too small the word is kept as is, so 'feed' stays
        // 'feed' instead of falling through to the ED rule.
        if (word.endsWith("eed")) {
            String stem = withoutSuffix(word, "eed");
            return measure(stem) > 0 ? stem + "ee" : word;
        }
        String stem;
        if (word.endsWith("ed") && containsVowel(withoutSuffix(word, "ed"))) {
            stem = withoutSuffix(word, "ed");
        } else if (word.endsWith("ing") && containsVowel(withoutSuffix(word, "ing"))) {
            stem = withoutSuffix(word, "ing");
        } else {
            return word;
        }
        return tidyAfterEdOrIng(stem);
    }

    /** The second half of step 1b, run only after 'ed' or 'ing' was removed. */
    private static String tidyAfterEdOrIng(String stem) {
        if (stem.endsWith("at") || stem.endsWith("bl") || stem.endsWith("iz")) {
            return stem + "e";
        }
        if (endsWithDoubleConsonant(stem)) {
            // 'hopp' -> 'hop', but 'fall', 'hiss' and 'fizz' keep their double letter; in either
            // case the final 'add an e' rule is not tried.
            char last = stem.charAt(stem.length() - 1);
            return last == 'l' || last == 's' || last == 'z' ? stem : stem.substring(0, stem.length() - 1);
        }
        if (measure(stem) == 1 && endsConsonantVowelConsonant(stem)) {
            return stem + "e";
        }
        return stem;
    }

    private static String step1c(String word) {
        // NLTK's stricter rule: y -> i only after a consonant that is not the whole stem, so
        // 'happy' -> 'happi' and 'cry' -> 'cri' but 'enjoy' stays 'enjoy' and 'by' stays 'by'.
        if (word.endsWith("y")) {
            String stem = withoutSuffix(word, "y");
            if (stem.length() > 1 && isConsonant(stem, stem.length() - 1)) {
                return stem + "i";
            }
        }
        return word;
    }

    private static String step2(String word) {
        // NLTK extension: 'alli' -> 'al' is tried before everything else, and the result goes
        // through step 2 again, so 'operationalli' -> 'operational' can go on to 'operate'.
        if (word.endsWith("alli")) {
            String stem = withoutSuffix(word, "alli");
            if (measure(stem) > 0) {
                return step2(stem + "al");
            }
        }
        return applyFirstMatching(word, STEP_2);
    }

    private static String step5a(String word) {
        // Both conditions are tried, unlike the first-match rule lists: (m>1) E -> and
        // (m=1 and not *o) E -> .
        if (word.endsWith("e")) {
            String stem = withoutSuffix(word, "e");
            int m = measure(stem);
            if (m > 1 || (m == 1 && !endsConsonantVowelConsonant(stem))) {
                return stem;
            }
        }
        return word;
    }

    private static String step5b(String word) {
        // (m>1 and *d and *L) -> single letter; the measure of 'xxll' equals that of 'xxl'.
        if (word.endsWith("ll") && measure(word.substring(0, word.length() - 1)) > 1) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    /** Porter's consonant: not a, e, i, o, u, and not a 'y' that follows a consonant. */
    private static boolean isConsonant(String word, int i) {
        switch (word.charAt(i)) {
            case 'a', 'e', 'i', 'o', 'u':
                return false;
            case 'y':
                return i == 0 || !isConsonant(word, i - 1);
            default:
                return true;
        }
    }

    /** Porter's m: how many times a vowel run is followed by a consonant run. */
    private static int measure(String stem) {
        int m = 0;
        boolean previousIsVowel = false;
        for (int i = 0; i < stem.length(); i++) {
            boolean consonant = isConsonant(stem, i);
            if (consonant && previousIsVowel) {
                m++;
            }
            previousIsVowel = !consonant;
        }
        return m;
    }

    private static boolean containsVowel(String stem) {
        for (int i = 0; i < stem.length(); i++) {
            if (!isConsonant(stem, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithDoubleConsonant(String word) {
        int n = word.length();
        return n >= 2 && word.charAt(n - 1) == word.charAt(n - 2) && isConsonant(word, n - 1);
    }

    /**
     * Porter's *o: consonant-vowel-consonant at the end, the last not w, x or y. NLTK also
     * accepts a two-letter word that is vowel-consonant.
     */
    private static boolean endsConsonantVowelConsonant(String word) {
        int n = word.length();
        if (n >= 3
                && isConsonant(word, n - 3)
                && !isConsonant(word, n - 2)
                && isConsonant(word, n - 1)
                && !endsWithAny(word, 'w', 'x', 'y')) {
            return true;
        }
        return n == 2 && !isConsonant(word, 0) && isConsonant(word, 1);
    }

    private static boolean endsWithAny(String word, char... letters) {
        if (word.isEmpty()) {
            return false;
        }
        char last = word.charAt(word.length() - 1);
        for (char letter : letters) {
            if (last == letter) {
                return true;
            }
        }
        return false;
    }

    private static String withoutSuffix(String word, String suffix) {
        return word.substring(0, word.length() - suffix.length());
    }
}
