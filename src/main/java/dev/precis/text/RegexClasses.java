package dev.precis.text;

/**
 * What the regular expressions' character classes hold, for the hand-written checks that stand
 * in for them or run before them: each must agree with the class it names, character for
 * character, or the check and its pattern could disagree.
 */
final class RegexClasses {

    private RegexClasses() {
    }

    /** {@code \s} without {@code UNICODE_CHARACTER_CLASS}: the six ASCII white-space characters. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** {@code \p{N}}: decimal digits, letter numbers and other numbers. */
    static boolean isNumber(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }
}
