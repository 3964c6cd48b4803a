package dev.precis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of a string's UTF-8 bytes: the digest behind text fingerprints, lock keys, cursor digests and API key hashes. */
public final class Sha256 {

    private Sha256() {
    }

    public static byte[] digest(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    /** The digest as 64 lower-case hex digits. */
    public static String hex(String value) {
        return HexFormat.of().formatHex(digest(value));
    }

    /** The first 64 bits of the digest, big-endian. */
    public static long leadingLong(String value) {
        byte[] digest = digest(value);
        long bits = 0;
        for (int i = 0; i < Long.BYTES; i++) {
            bits = bits << 8 | (digest[i] & 0xff);
        }
        return bits;
    }
}
