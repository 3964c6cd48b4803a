package dev.precis.stories;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class NearCopySignatureTest {

    static final String WIRE = """
            The harbour authority closed the northern pier on Monday after a crane collapsed onto two fishing boats, \
            injuring three workers. Investigators from the port said the crane had been inspected in March and passed. \
            The pier will stay closed until engineers have checked the remaining cranes, a spokeswoman said. \
            Fishing crews were told to use the southern pier, where berths were added overnight. \
            The union representing dock workers called for an independent inquiry into maintenance at the port. \
            Two of the injured workers were released from hospital on Monday evening; the third remains in a stable condition. \
            The crane's operator, a private company, declined to comment while the investigation continues.
            """;
    /** The same report re-sent with a corrected sentence and a new closing line. */
    static final String WRITE_THRU = WIRE
            .replace("passed.", "passed all its checks.")
            .replace("declined to comment while the investigation continues.",
                    "declined to comment while the investigation continues. Port traffic was otherwise normal.");
    static final String OTHER = """
            The city council approved a new cycling lane along the river on Tuesday, after a year of consultation with residents. \
            Construction will begin in spring and is expected to take eight months, the transport department said. \
            Shop owners on the route had asked for delivery bays, which the final plan includes.
            """;

    @Test
    void shouldEstimateTheJaccardSimilarityOfTheShingles() {
        double exact = exactJaccard(WIRE, WRITE_THRU);
        double estimate = NearCopySignature.of(WIRE).estimatedJaccard(NearCopySignature.of(WRITE_THRU));
        assertTrue(exact > 0.8 && exact < 0.95, "exact " + exact);
        // four standard errors of a 256-value MinHash at this similarity
        assertEquals(exact, estimate, 0.1);
    }

    @Test
    void shouldGiveTheSameTextTheSameSignatureWhateverItsCase() {
        NearCopySignature a = NearCopySignature.of(WIRE);
        NearCopySignature b = NearCopySignature.of(WIRE.toUpperCase(java.util.Locale.ROOT));
        assertEquals(1.0, a.estimatedJaccard(b));
        assertArrayEquals(a.bandKeys(), b.bandKeys());
    }

    @Test
    void shouldShareABandKeyWithANearCopyAndNoneWithAnotherText() {
        Set<Long> keys = keys(NearCopySignature.of(WIRE));
        assertTrue(keys.stream().anyMatch(keys(NearCopySignature.of(WRITE_THRU))::contains));
        assertFalse(keys.stream().anyMatch(keys(NearCopySignature.of(OTHER))::contains));
        assertTrue(NearCopySignature.of(WIRE).estimatedJaccard(NearCopySignature.of(OTHER)) < 0.1);
    }

    @Test
    void shouldReadBackAStoredSignature() {
        NearCopySignature signature = NearCopySignature.of(WIRE);
        NearCopySignature stored = NearCopySignature.fromValues(signature.values());
        assertEquals(NearCopySignature.HASHES, signature.values().length);
        assertEquals(1.0, signature.estimatedJaccard(stored));
        assertArrayEquals(signature.bandKeys(), stored.bandKeys());
    }

    @Test
    void shouldMatchNothingWithATextWithoutWords() {
        NearCopySignature empty = NearCopySignature.of(" -- ");
        assertTrue(empty.isEmpty());
        assertEquals(0, empty.bandKeys().length);
        assertEquals(0.0, empty.estimatedJaccard(NearCopySignature.of(" ... ")));
    }

    @Test
    void shouldCountAShortTextAsOneShingle() {
        assertEquals(1.0, NearCopySignature.of("Storm closes pier").estimatedJaccard(NearCopySignature.of("storm closes pier")));
        assertTrue(NearCopySignature.of("Storm closes pier").estimatedJaccard(NearCopySignature.of("Storm closes port")) < 0.1);
    }

    private static Set<Long> keys(NearCopySignature signature) {
        Set<Long> keys = new HashSet<>();
        Arrays.stream(signature.bandKeys()).forEach(keys::add);
        return keys;
    }

    private static double exactJaccard(String a, String b) {
        Set<List<String>> x = new HashSet<>(NearCopySignature.shingles(a));
        Set<List<String>> y = new HashSet<>(NearCopySignature.shingles(b));
        Set<List<String>> union = new HashSet<>(x);
        union.addAll(y);
        x.retainAll(y);
        return x.size() / (double) union.size();
    }
}
