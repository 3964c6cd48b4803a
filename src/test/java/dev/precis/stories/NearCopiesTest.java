package dev.precis.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class NearCopiesTest {

    static final String WIRE = NearCopySignatureTest.WIRE;
    static final String WRITE_THRU = NearCopySignatureTest.WRITE_THRU;

    @Test
    void shouldLinkANearCopyToTheEarliestArticle() {
        NearCopies copies = new NearCopies(0.8);
        assertEquals(Optional.empty(), copies.add("first", NearCopySignature.of(WIRE)));
        assertEquals(Optional.of("first"), copies.add("second", NearCopySignature.of(WRITE_THRU)));
        // a copy of the second copy links to the group's original, not to the copy it resembles
        assertEquals(Optional.of("first"), copies.add("third", NearCopySignature.of(WRITE_THRU)));
        assertEquals("first", copies.originalOfAdded("third"));
        assertEquals("first", copies.originalOfAdded("first"));
    }

    @Test
    void shouldLeaveAnUnrelatedArticleOriginal() {
        NearCopies copies = new NearCopies(0.8);
        copies.add("pier", NearCopySignature.of(WIRE));
        assertEquals(Optional.empty(), copies.add("cycling", NearCopySignature.of(NearCopySignatureTest.OTHER)));
    }

    @Test
    void shouldNotCallATextAnEditedCopyBelowTheThreshold() {
        NearCopies strict = new NearCopies(0.99);
        strict.add("first", NearCopySignature.of(WIRE));
        assertTrue(strict.originalOf(NearCopySignature.of(WRITE_THRU)).isEmpty());
        assertEquals(Optional.of("first"), strict.originalOf(NearCopySignature.of(WIRE)));
    }

    @Test
    void shouldRejectAThresholdOutsideTheUnitInterval() {
        assertThrows(IllegalArgumentException.class, () -> new NearCopies(0));
        assertThrows(IllegalArgumentException.class, () -> new NearCopies(1.5));
    }
}
