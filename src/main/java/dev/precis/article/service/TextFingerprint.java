package dev.precis.article.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/**
 * Identity of an article's text: SHA-256 of the text after Unicode NFKC normalization with runs of
 * whitespace collapsed, so the same wire story from two feeds (different line breaks, non-breaking
 * spaces, full-width characters) is stored once.
 */
public final class TextFingerprint {

    private TextFingerprint() {
    }

    public static String of(String text) {
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    /** The first 64 bits of the fingerprint, as a key for PostgreSQL advisory locks. */
    static long lockKey(String fingerprint) {
        return Long.parseUnsignedLong(fingerprint.substring(0, 16), 16);
    }
}
