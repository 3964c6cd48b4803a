package dev.precis.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Splits article text into sentences with their character offsets.
 * <p>
 * Paragraph breaks (a blank line) and line breaks after sentence-final punctuation always end a
 * sentence; inside a paragraph OpenNLP's maximum-entropy sentence detector decides. The model is
 * thread-safe and shared; {@link SentenceDetectorME} is not, so each thread gets its own.
 */
public final class SentenceSplitter {

    public static final String ENGLISH_MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

    private final SentenceModel model;
    private final ThreadLocal<SentenceDetectorME> detectors;

    public SentenceSplitter(SentenceModel model) {
        this.model = model;
        this.detectors = ThreadLocal.withInitial(() -> new SentenceDetectorME(this.model));
    }

    public static SentenceSplitter english() {
        try (InputStream in = ModelResources.open(ENGLISH_MODEL)) {
            return new SentenceSplitter(new SentenceModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load sentence model " + ENGLISH_MODEL, e);
        }
    }

    public List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        SentenceDetectorME detector = detectors.get();
        int blockStart = 0;
        int length = text.length();
        while (blockStart < length) {
            int blockEnd = endOfBlock(text, blockStart);
            detect(text, blockStart, blockEnd, detector, sentences);
            blockStart = blockEnd;
        }
        return sentences;
    }

    /**
     * A block ends after a blank line, or after a line break that follows sentence-final
     * punctuation: news text puts one paragraph on a line, and headlines or captions without a
     * full stop must not run into the sentence below them when a blank line separates them.
     */
    private static int endOfBlock(String text, int from) {
        int length = text.length();
        for (int i = from; i < length; i++) {
            if (text.charAt(i) != '\n') {
                continue;
            }
            int next = i + 1;
            int scan = next;
            while (scan < length && (text.charAt(scan) == ' ' || text.charAt(scan) == '\t' || text.charAt(scan) == '\r')) {
                scan++;
            }
            if (scan < length && text.charAt(scan) == '\n') {
                return next;
            }
            if (endsWithTerminal(text, from, i)) {
                return next;
            }
        }
        return length;
    }

    private static boolean endsWithTerminal(String text, int from, int lineBreak) {
        int i = lineBreak - 1;
        while (i >= from && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        while (i >= from && isClosingMark(text.charAt(i))) {
            i--;
        }
        if (i < from) {
            return false;
        }
        char c = text.charAt(i);
        return c == '.' || c == '!' || c == '?' || c == '…' || c == ':';
    }

    private static boolean isClosingMark(char c) {
        return c == '"' || c == '\'' || c == '”' || c == '’' || c == ')' || c == ']' || c == '»';
    }

    private static void detect(String text, int blockStart, int blockEnd, SentenceDetectorME detector, List<Sentence> out) {
        String block = text.substring(blockStart, blockEnd);
        if (block.isBlank()) {
            return;
        }
        int pendingStart = -1;
        int pendingEnd = -1;
        for (Span span : detector.sentPosDetect(block)) {
            int start = blockStart + span.getStart();
            int end = blockStart + span.getEnd();
            // the detector keeps surrounding whitespace in some spans; offsets must point at the text
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (end <= start) {
                continue;
            }
            if (pendingStart >= 0 && !isBoundary(text, pendingStart, pendingEnd, start)) {
                pendingEnd = end;
                continue;
            }
            if (pendingStart >= 0) {
                add(text, pendingStart, pendingEnd, out);
            }
            pendingStart = start;
            pendingEnd = end;
        }
        if (pendingStart >= 0) {
            add(text, pendingStart, pendingEnd, out);
        }
    }

    /**
     * The model sometimes splits at a full stop inside a token ("$1.13bn", "3.5") or after an
     * ellipsis that the sentence runs on from; a real boundary ends in sentence-final punctuation
     * and is not followed by a lower-case word.
     */
    private static boolean isBoundary(String text, int previousStart, int previousEnd, int nextStart) {
        if (!endsWithTerminal(text, previousStart, previousEnd)) {
            return false;
        }
        return !Character.isLowerCase(text.charAt(nextStart));
    }

    private static void add(String text, int start, int end, List<Sentence> out) {
        if (hasWordCharacter(text, start, end)) {
            out.add(new Sentence(out.size(), start, end, text.substring(start, end)));
        }
    }

    private static boolean hasWordCharacter(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
