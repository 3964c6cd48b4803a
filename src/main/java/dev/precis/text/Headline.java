package dev.precis.text;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An article's headline: finding it where a plain text opens with one, and telling a line that only
 * repeats it.
 *
 * <p>Finding: scraped and pasted stories often keep the headline as their first line when no title
 * was given. A line counts as a headline when it is short, does not end as a sentence does (no
 * closing punctuation), and is followed by a blank line or by a line that opens with a dateline
 * ({@code SEOUL, May 3 (Yonhap) --}, {@code WASHINGTON (CNN) --}). Noise lines before it (share
 * buttons and the like) are skipped, as the noise filter skips them.
 *
 * <p>Repeating: the two are compared as their letters and digits, lower-cased, with every other run
 * of characters read as one space ("Seoul, Beijing agree" repeats "SEOUL — BEIJING AGREE").
 */
public final class Headline {

    /** At most this many words: a headline is a phrase, not a paragraph. */
    static final int MAX_WORDS = 20;
    static final int MIN_WORDS = 2;
    static final int MAX_LENGTH = 160;
    private static final String SENTENCE_END = ".!?。！？";

    /**
     * A dateline: a place in capitals (or an agency in brackets) followed by a comma, a bracket
     * or a dash.
     */
    private static final Pattern DATELINE = Pattern.compile(
            "^(?:\\p{Lu}[\\p{Lu}.'’ -]{1,40}(?:,|\\s*\\(|\\s*[-–—])|\\(\\p{L}[\\p{L} ]{0,20}\\)\\s*[-–—]).*", Pattern.DOTALL);

    /** The headline of {@code text}, if its first line (noise skipped) is one. */
    public static Optional<String> find(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        return find(NoiseFilter.lines(text));
    }

    /** The headline of a text whose noise lines are already known (the summarizer's first pass). */
    public static Optional<String> find(NoiseFilter.Lines lines) {
        String text = lines.text();
        if (text.isEmpty() || lines.kept().isEmpty()) {
            return Optional.empty();
        }
        int start = lines.kept().get(0)[0];
        // the first line with something on it
        int length = text.length();
        while (start < length) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? length : newline;
            if (!text.substring(start, end).isBlank()) {
                break;
            }
            start = end + 1;
        }
        int newline = text.indexOf('\n', start);
        if (start >= length || newline < 0) {
            return Optional.empty();
        }
        String line = text.substring(start, newline).strip();
        if (!looksLikeHeadline(line)) {
            return Optional.empty();
        }
        int nextEnd = text.indexOf('\n', newline + 1);
        String next = text.substring(newline + 1, nextEnd < 0 ? length : nextEnd).strip();
        if (nextEnd < 0 && next.isEmpty()) {
            // nothing follows the line: it is the whole text, not a headline over one
            return Optional.empty();
        }
        if (!next.isEmpty() && !DATELINE.matcher(next).matches()) {
            return Optional.empty();
        }
        // a headline is told from a sentence by the closing punctuation it lacks: in a text whose
        // sentences have none either (Thai), it cannot be told
        for (int i = newline + 1; i < length; i++) {
            if (SENTENCE_END.indexOf(text.charAt(i)) >= 0) {
                return Optional.of(line);
            }
        }
        return Optional.empty();
    }

    static boolean looksLikeHeadline(String line) {
        if (line.isEmpty() || line.length() > MAX_LENGTH) {
            return false;
        }
        int first = line.codePointAt(0);
        if (!Character.isLetterOrDigit(first) || Character.isLowerCase(first)) {
            return false;
        }
        int words = line.split("\\s+").length;
        if (words < MIN_WORDS || words > MAX_WORDS) {
            return false;
        }
        int i = line.length() - 1;
        while (i > 0 && "\"'”’»)]".indexOf(line.charAt(i)) >= 0) {
            i--;
        }
        return (SENTENCE_END + "…:;,").indexOf(line.charAt(i)) < 0;
    }


    private final String comparable;

    private Headline(String comparable) {
        this.comparable = comparable;
    }

    public static Headline of(String title) {
        return new Headline(comparable(title));
    }

    /** Whether the text is the title again, but for case, punctuation and spacing. */
    public boolean isRepeatedBy(String text) {
        return comparable.equals(comparable(text));
    }

    /**
     * What {@code s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip()} gives,
     * without running a pattern over every line of every article.
     */
    static String comparable(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length();) {
            int c = lower.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetter(c) || RegexClasses.isNumber(c)) {
                out.appendCodePoint(c);
                gap = false;
            } else if (!gap) {
                out.append(' ');
                gap = true;
            }
        }
        return out.toString().strip();
    }
}
