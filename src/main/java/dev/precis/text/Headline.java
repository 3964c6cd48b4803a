package dev.precis.text;

import java.util.Locale;

/**
 * An article's title, to tell a line or paragraph that only repeats it: the two are compared as
 * their letters and digits, lower-cased, with every other run of characters read as one space
 * ("Seoul, Beijing agree" repeats "SEOUL — BEIJING AGREE").
 */
public final class Headline {

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
