package dev.precis.text;

import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The normalization of OpenNLP's {@code LanguageDetectorFactory} context generator, which the
 * language detector's model was trained on: emoji, URLs and e-mail addresses, hashtags and user
 * names, retweet marks, emoticons and laughter, numbers, runs of white space and of a repeated
 * character, in OpenNLP's order with its patterns, flags and replacements. Each step's pattern
 * sits next to a cheap test of what every match of it holds (a surrogate, "http", "@", a
 * digit...): a text without it is left as it is, since the pattern could not change it.
 */
final class DetectorNormalization {

    /** A pattern, its replacement, and a test that every text the pattern matches in passes. */
    private record Step(Pattern pattern, String replacement, Predicate<String> mayMatch) {
    }

    private static final Step[] STEPS = {
        // EmojiCharSequenceNormalizer. Its source writes the surrogates themselves, not escapes, so
        // the pattern reads U+DBFF U+DC00 as one code point (U+10FC00): the class is the range from
        // U+D83C to there, a hyphen and U+DFFF. Written the same way here, so it matches the same.
        new Step(Pattern.compile("[\uD83C-\uDBFF\uDC00-\uDFFF]+"), " ", s -> holds(s, DetectorNormalization::mayBeEmoji)),
        // UrlCharSequenceNormalizer
        new Step(Pattern.compile("https?://[-_.?&~;+=/#0-9A-Za-z]+"), " ", s -> s.contains("http")),
        new Step(Pattern.compile("(?<![-+_.0-9A-Za-z])[-+_.0-9A-Za-z]+@[-0-9A-Za-z]+[-.0-9A-Za-z]+"), " ", s -> s.indexOf('@') >= 0),
        // TwitterCharSequenceNormalizer
        new Step(Pattern.compile("[#@]\\S+"), " ", s -> s.indexOf('#') >= 0 || s.indexOf('@') >= 0),
        new Step(Pattern.compile("\\b(rt[ :])+", Pattern.CASE_INSENSITIVE), " ", DetectorNormalization::mayHoldRetweetMark),
        new Step(Pattern.compile("[:;x]-?[()dop]", Pattern.CASE_INSENSITIVE), " ", s -> holds(s, c -> c == ':' || c == ';' || c == 'x' || c == 'X')),
        new Step(Pattern.compile("([hj])+([aieou])+(\\1+\\2+)+", Pattern.CASE_INSENSITIVE), "$1$2$1$2",
                s -> holds(s, c -> c == 'h' || c == 'j' || c == 'H' || c == 'J')),
        // NumberCharSequenceNormalizer
        new Step(Pattern.compile("\\d+"), " ", s -> holds(s, c -> c >= '0' && c <= '9')),
        // ShrinkCharSequenceNormalizer
        new Step(Pattern.compile("\\s{2,}", Pattern.CASE_INSENSITIVE), " ", DetectorNormalization::mayHoldSpaces),
        new Step(Pattern.compile("(.)\\1{2,}", Pattern.CASE_INSENSITIVE), "$1$1", DetectorNormalization::mayHoldRepeats),
    };

    private DetectorNormalization() {
    }

    static String apply(CharSequence text) {
        String s = text.toString();
        for (Step step : STEPS) {
            if (step.mayMatch().test(s)) {
                s = step.pattern().matcher(s).replaceAll(step.replacement());
            }
        }
        // ShrinkCharSequenceNormalizer trims last
        return s.trim();
    }

    private interface CharTest {
        boolean test(char c);
    }

    private static boolean holds(String s, CharTest test) {
        for (int i = 0; i < s.length(); i++) {
            if (test.test(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the emoji step's pattern may match the character: a hyphen, or U+D83C and above. */
    static boolean mayBeEmoji(char c) {
        return c == '-' || c >= '\uD83C';
    }

    /** "rt" in any case, then a space or a colon. */
    private static boolean mayHoldRetweetMark(String s) {
        for (int i = 0; i + 2 < s.length(); i++) {
            char r = s.charAt(i);
            char t = s.charAt(i + 1);
            char after = s.charAt(i + 2);
            if ((r == 'r' || r == 'R') && (t == 't' || t == 'T') && (after == ' ' || after == ':')) {
                return true;
            }
        }
        return false;
    }

    /** Two characters of {@code \s} in a row. */
    private static boolean mayHoldSpaces(String s) {
        for (int i = 0; i + 1 < s.length(); i++) {
            if (RegexClasses.isSpace(s.charAt(i)) && RegexClasses.isSpace(s.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** Three characters in a row that are equal but for ASCII case (the back reference's case-insensitive match). */
    private static boolean mayHoldRepeats(String s) {
        for (int i = 0; i + 2 < s.length(); i++) {
            char a = asciiLower(s.charAt(i));
            if (a == asciiLower(s.charAt(i + 1)) && a == asciiLower(s.charAt(i + 2))) {
                return true;
            }
        }
        return false;
    }

    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
}
