package dev.precis.text;

import java.util.Locale;
import java.util.Set;

/**
 * A line or sentence as the noise rules see it: its text without surrounding white space, and
 * what the rules ask of it before any pattern runs, found in one pass over it. Most lines and
 * sentences are story text, and these tell most of them apart without a pattern. The lower-cased
 * text and the first word are made when a rule first asks for them. One per line; not shared.
 */
final class NoiseLine {

    /** What each ASCII character is to the pass: one bit per question, so a line costs one look-up per character. */
    private static final byte[] ASCII = new byte[128];
    private static final int WORD = 1;
    private static final int SEPARATOR = 2;
    private static final int DIGIT = 4;
    private static final int PAREN = 8;
    private static final int BRACKET = 16;
    private static final int COLON = 32;
    private static final int SLASH = 64;

    static {
        for (char c = 0; c < 128; c++) {
            ASCII[c] = (byte) (bits(c) | (c >= '0' && c <= '9' ? DIGIT
                    : c == '(' ? PAREN : c == '[' ? BRACKET : c == ':' ? COLON : c == '/' ? SLASH : 0));
        }
    }

    private final String text;
    private final int words;
    private final int widgetPieces;
    private final int seen;
    private String lower;
    private String opening;
    private long[] pairBits;

    NoiseLine(String line) {
        this.text = line.strip();
        int words = 0;
        int pieces = 0;
        // what came before the first character: no word, a separator
        int previous = SEPARATOR;
        int seen = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int bits = c < 128 ? ASCII[c] : bits(c);
            // a word starts where a word character follows another character, a piece where a
            // separator is followed by something else: counted with bit operations, not branches,
            // since word starts come every few characters and a branch on them is often mispredicted
            int starts = bits & ~previous & WORD | previous & ~bits & SEPARATOR;
            words += starts & WORD;
            pieces += starts >>> 1 & 1;
            previous = bits;
            seen |= bits;
        }
        this.words = words;
        this.widgetPieces = pieces;
        this.seen = seen;
    }

    /** Whether the character belongs to a word and whether it separates widget pieces. */
    private static int bits(char c) {
        return (Character.isLetterOrDigit(c) ? WORD : 0) | (isWidgetSeparator(c) ? SEPARATOR : 0);
    }

    /** The separators that split a line into widget pieces: the regular expressions' {@code \s} and the others. */
    private static boolean isWidgetSeparator(char c) {
        return switch (c) {
            case '|', '·', '•', '/', ',', ':', ';', '(', ')', '[', ']' -> true;
            default -> RegexClasses.isSpace(c);
        };
    }

    /** The line without surrounding white space. */
    String text() {
        return text;
    }

    /** Runs of letters and digits, as {@link NoiseFilter#wordCount(String)} counts them. */
    int words() {
        return words;
    }

    /** Pieces the widget separators split the line into, empty ones not counted. */
    int widgetPieces() {
        return widgetPieces;
    }

    /** An ASCII digit, which every date or time the rules know holds. */
    boolean digit() {
        return (seen & DIGIT) != 0;
    }

    /** An opening parenthesis, which every position marker holds. */
    boolean paren() {
        return (seen & PAREN) != 0;
    }

    boolean bracket() {
        return (seen & BRACKET) != 0;
    }

    boolean colon() {
        return (seen & COLON) != 0;
    }

    boolean slash() {
        return (seen & SLASH) != 0;
    }

    /** The text lower-cased: it holds whatever the patterns' ASCII-only case-insensitive matching finds, and more. */
    String lower() {
        if (lower == null) {
            lower = text.toLowerCase(Locale.ROOT);
        }
        return lower;
    }

    /**
     * Whether the lower-cased text may hold a phrase whose pairs of adjacent characters are at these
     * places (see {@link #pairs(String)}): false when no pair of the text is at one of them. The
     * text's pairs are set in 1,024 bits on the first question.
     */
    boolean mayHoldPairs(int[] places) {
        if (pairBits == null) {
            String s = lower();
            long[] bits = new long[PAIR_BITS / 64];
            for (int i = 0; i + 1 < s.length(); i++) {
                int place = pairPlace(s.charAt(i), s.charAt(i + 1));
                bits[place >>> 6] |= 1L << place;
            }
            pairBits = bits;
        }
        for (int place : places) {
            if ((pairBits[place >>> 6] & 1L << place) == 0) {
                return false;
            }
        }
        return true;
    }

    /** The places of the pairs of adjacent characters of a text, for {@link #mayHoldPairs(int[])}. */
    static int[] pairs(String text) {
        return java.util.stream.IntStream.range(0, Math.max(0, text.length() - 1))
                .map(i -> pairPlace(text.charAt(i), text.charAt(i + 1))).distinct().toArray();
    }

    private static final int PAIR_BITS = 1024;

    private static int pairPlace(char first, char second) {
        int h = (first * 31 + second) * 0x9E3779B9;
        return h >>> 22;
    }

    /** The first word lower-cased, if the line opens with a letter; otherwise "". */
    String opening() {
        if (opening == null) {
            int end = 0;
            while (end < text.length()) {
                int c = text.codePointAt(end);
                if (!Character.isLetter(c)) {
                    break;
                }
                end += Character.charCount(c);
            }
            opening = text.substring(0, end).toLowerCase(Locale.ROOT);
        }
        return opening;
    }

    /** Whether the text holds one of the characters. */
    static boolean holdsAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The first maximal run of letters in the text, or "" when it has no letter. */
    static String firstRunOfLetters(String s) {
        int start = 0;
        while (start < s.length() && !Character.isLetter(s.codePointAt(start))) {
            start += Character.charCount(s.codePointAt(start));
        }
        int end = start;
        while (end < s.length() && Character.isLetter(s.codePointAt(end))) {
            end += Character.charCount(s.codePointAt(end));
        }
        return s.substring(start, end);
    }

    /**
     * Whether every word (maximal run of letters) of the text is one of {@code words}. Used before
     * patterns whose every match bounds its words by non-letters and takes them from a list.
     */
    static boolean onlyWordsFrom(String text, Set<String> words) {
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (!Character.isLetter(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            while (i < text.length() && Character.isLetter(c = text.codePointAt(i))) {
                i += Character.charCount(c);
            }
            if (!words.contains(text.substring(start, i))) {
                return false;
            }
        }
        return true;
    }
}
