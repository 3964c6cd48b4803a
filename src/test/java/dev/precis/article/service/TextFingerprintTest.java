package dev.precis.article.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

class TextFingerprintTest {

    /** White space of every kind the JDK knows, and characters around it. */
    private static final String ALPHABET = " \t\n\u000B\f\r\u00A0\u2003\u3000\u0085\u2028\u2029ab\uFF21.";

    @Test
    void shouldCollapseWhiteSpaceAsTheRegularExpressionDoes() {
        Random random = new Random(20261130);
        for (int i = 0; i < 100_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(24);
            for (int j = 0; j < length; j++) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String s = text.toString();
            assertEquals(s.replaceAll("\\s+", " "), TextFingerprint.collapseSpaces(s), s);
        }
    }

    @Test
    void shouldGiveTheSameFingerprintForTheSameTextWrittenDifferently() {
        assertEquals(TextFingerprint.of("Markets rose\non Friday."), TextFingerprint.of("  Markets\u00A0rose  on Friday.\n"));
    }
}
