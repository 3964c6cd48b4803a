package dev.precis.article.service;

import java.text.Normalizer;

import dev.precis.Sha256;

/**
 * Identity of an article's text: SHA-256 of the text after Unicode NFKC normalization with runs of
 * whitespace collapsed, so the same wire story from two feeds (different line breaks, non-breaking
 * spaces, full-width characters) is stored once.
 */
public final class TextFingerprint {

    private TextFingerprint() {
    }

    public static String of(String text) {
        return Sha256.hex(collapseSpaces(Normalizer.normalize(text, Normalizer.Form.NFKC).strip()));
    }

    /** Each run of the regular expressions' {@code \\s} as one space: {@code replaceAll("\\s+", " ")} without the pattern. */
    static String collapseSpaces(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                if (!space) {
                    out.append(' ');
                    space = true;
                }
            } else {
                out.append(c);
                space = false;
            }
        }
        return out.toString();
    }

    /** The first 64 bits of the fingerprint, as a key for PostgreSQL advisory locks. */
    static long lockKey(String fingerprint) {
        return Long.parseUnsignedLong(fingerprint.substring(0, 16), 16);
    }
}
