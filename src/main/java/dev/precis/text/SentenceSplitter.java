package dev.precis.text;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Splits article text into sentences with their character offsets.
 * <p>
 * Paragraph breaks (a blank line) and line breaks after sentence-final punctuation always end a
 * sentence. Inside a paragraph the language decides: OpenNLP's maximum-entropy detector with the
 * language's Universal Dependencies model where one is published, otherwise the JDK's
 * rule-based {@link BreakIterator} for the locale; Thai, which writes no full stop, also ends a
 * sentence at a space between two Thai characters. The same corrections follow every detector: a
 * split inside a token ("3.5", "U.S."), before a lower-case word, after a name title ("St.",
 * "Dr.") or after an initial ("J. Smith") is undone.
 * <p>
 * Models are thread-safe and shared; {@link SentenceDetectorME} and {@link BreakIterator} are
 * not, so each thread gets its own.
 */
public final class SentenceSplitter {

    /**
     * Capitalized abbreviations that stand before a name in the languages Precis supports: a full
     * stop after them does not end the sentence. Kept short on purpose; the models know the rest.
     */
    private static final Set<String> NAME_TITLES = Set.of(
            "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Mt", "Ft", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Capt", "Sgt", "Rev", "Hon",
            "Hr", "Fr", "Frl", "Sr", "Sra", "Srta", "Dra", "Mme", "Mlle", "Mgr", "Sig", "Dott", "Avv", "Ing", "Dhr", "Mevr");
    /** Abbreviations that stand before a number ("No. 1", "Art. 5"): only a digit after them keeps the sentence going. */
    private static final Set<String> NUMBER_ABBREVIATIONS = Set.of("No", "Nos", "Nr", "Art", "Abs", "Fig", "Vol", "no", "nr", "art", "fig", "vol");

    /** Finds sentence spans in a block of text; returns offsets relative to the block. */
    private interface Boundaries {
        List<int[]> spans(String block);
    }

    private final Boundaries boundaries;
    /** Thai ends a sentence with a space, not with punctuation. */
    private final boolean spaceEndsSentence;

    private SentenceSplitter(Boundaries boundaries, boolean spaceEndsSentence) {
        this.boundaries = boundaries;
        this.spaceEndsSentence = spaceEndsSentence;
    }

    private SentenceSplitter(Boundaries boundaries) {
        this(boundaries, false);
    }

    /**
     * Splits with an OpenNLP sentence model: through {@link ModelSentenceEnds}, which decides as
     * {@link SentenceDetectorME} does at a fraction of the cost of finding the candidates, for
     * every model with OpenNLP's own factory; through {@link SentenceDetectorME} otherwise.
     */
    public static SentenceSplitter withModel(SentenceModel model) {
        ModelSentenceEnds ends = ModelSentenceEnds.of(model);
        if (ends != null) {
            return new SentenceSplitter(ends::spans);
        }
        return withDetector(model);
    }

    /** Splits with OpenNLP's {@link SentenceDetectorME}, whatever the model's factory. */
    static SentenceSplitter withDetector(SentenceModel model) {
        ThreadLocal<SentenceDetectorME> detectors = ThreadLocal.withInitial(() -> new SentenceDetectorME(model));
        return new SentenceSplitter(block -> {
            List<int[]> spans = new ArrayList<>();
            for (Span span : detectors.get().sentPosDetect(block)) {
                spans.add(new int[] {span.getStart(), span.getEnd()});
            }
            return spans;
        });
    }

    /** Splits with the JDK's rule-based sentence breaks for the locale. */
    public static SentenceSplitter withBreakIterator(Locale locale) {
        ThreadLocal<BreakIterator> iterators = ThreadLocal.withInitial(() -> BreakIterator.getSentenceInstance(locale));
        return new SentenceSplitter(block -> breakIteratorSpans(iterators.get(), block));
    }

    /** Thai: the JDK's sentence breaks, and a space between two Thai characters ends a sentence too. */
    public static SentenceSplitter thai() {
        ThreadLocal<BreakIterator> iterators = ThreadLocal.withInitial(() -> BreakIterator.getSentenceInstance(Locale.forLanguageTag("th")));
        return new SentenceSplitter(block -> {
            List<int[]> spans = new ArrayList<>();
            for (int[] span : breakIteratorSpans(iterators.get(), block)) {
                int start = span[0];
                for (int i = span[0]; i < span[1]; i++) {
                    if (Character.isWhitespace(block.charAt(i)) && i > start && isThai(block.charAt(i - 1))
                            && i + 1 < span[1] && isThai(block.charAt(i + 1))) {
                        spans.add(new int[] {start, i});
                        start = i + 1;
                    }
                }
                spans.add(new int[] {start, span[1]});
            }
            return spans;
        }, true);
    }

    private static List<int[]> breakIteratorSpans(BreakIterator iterator, String block) {
        List<int[]> spans = new ArrayList<>();
        iterator.setText(block);
        int start = iterator.first();
        for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
            // the JDK's rules do not know the Arabic question mark and the Urdu full stop
            int from = start;
            for (int i = start; i < end - 1; i++) {
                char c = block.charAt(i);
                if ((c == '؟' || c == '۔') && Character.isWhitespace(block.charAt(i + 1))) {
                    spans.add(new int[] {from, i + 1});
                    from = i + 1;
                }
            }
            spans.add(new int[] {from, end});
        }
        return spans;
    }

    static boolean isThai(char c) {
        return c >= '\u0E00' && c <= '\u0E7F';
    }

    /** The sentences of the whole text, numbered from 0. */
    public List<Sentence> split(String text) {
        return split(text, 0, text.length());
    }

    /** The sentences of {@code text} between {@code from} and {@code to}, numbered from 0, with offsets into {@code text}. */
    public List<Sentence> split(String text, int from, int to) {
        List<Sentence> sentences = new ArrayList<>();
        int blockStart = from;
        while (blockStart < to) {
            int blockEnd = endOfBlock(text, blockStart, to);
            detect(text, blockStart, blockEnd, sentences);
            blockStart = blockEnd;
        }
        return sentences;
    }

    /**
     * A block ends after a blank line, or after a line break that follows sentence-final
     * punctuation: news text puts one paragraph on a line, and headlines or captions without a
     * full stop must not run into the sentence below them when a blank line separates them.
     */
    private static int endOfBlock(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) != '\n') {
                continue;
            }
            int next = i + 1;
            int scan = next;
            while (scan < to && (text.charAt(scan) == ' ' || text.charAt(scan) == '\t' || text.charAt(scan) == '\r')) {
                scan++;
            }
            if (scan < to && text.charAt(scan) == '\n') {
                return next;
            }
            if (endsWithTerminal(text, from, i)) {
                return next;
            }
        }
        return to;
    }

    static boolean endsWithTerminal(CharSequence text, int from, int end) {
        int i = end - 1;
        while (i >= from && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        while (i >= from && isClosingMark(text.charAt(i))) {
            i--;
        }
        return i >= from && isTerminal(text.charAt(i));
    }

    static boolean isTerminal(char c) {
        return switch (c) {
            case '.', '!', '?', '…', ':', '。', '！', '？', '．', '؟', '۔', '।', '॥' -> true;
            default -> false;
        };
    }

    static boolean isClosingMark(char c) {
        return switch (c) {
            case '"', '\'', '”', '’', ')', ']', '»', '」', '』', '）', '】', '〉', '》' -> true;
            default -> false;
        };
    }

    private void detect(String text, int blockStart, int blockEnd, List<Sentence> out) {
        String block = text.substring(blockStart, blockEnd);
        if (block.isBlank()) {
            return;
        }
        int pendingStart = -1;
        int pendingEnd = -1;
        for (int[] span : boundaries.spans(block)) {
            int start = blockStart + span[0];
            int end = blockStart + span[1];
            // detectors keep surrounding whitespace in some spans; offsets must point at the text
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
     * Detectors sometimes split at a full stop inside a token ("$1.13bn", "3.5"), after an
     * ellipsis that the sentence runs on from, or after an abbreviation that stands before a name.
     * A real boundary ends in sentence-final punctuation, is not followed by a lower-case word, and
     * does not follow a name title or an initial.
     */
    private boolean isBoundary(String text, int previousStart, int previousEnd, int nextStart) {
        if (spaceEndsSentence && isThai(text.charAt(previousEnd - 1)) && isThai(text.charAt(nextStart))) {
            return true;
        }
        if (!endsWithTerminal(text, previousStart, previousEnd)) {
            return false;
        }
        char next = text.charAt(nextStart);
        if (Character.isLowerCase(next)) {
            return false;
        }
        if (text.charAt(previousEnd - 1) != '.') {
            return true;
        }
        int wordEnd = previousEnd - 1;
        int wordStart = wordEnd;
        while (wordStart > previousStart && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        if (wordStart == wordEnd || wordStart > previousStart && !Character.isWhitespace(text.charAt(wordStart - 1))
                && text.charAt(wordStart - 1) != '(') {
            return true;
        }
        String word = text.substring(wordStart, wordEnd);
        boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
        boolean beforeNumber = Character.isDigit(next) && NUMBER_ABBREVIATIONS.contains(word);
        return !initial && !beforeNumber && !NAME_TITLES.contains(word);
    }

    private static void add(String text, int start, int end, List<Sentence> out) {
        if (hasWordCharacter(text, start, end)) {
            out.add(new Sentence(out.size(), start, end, text.substring(start, end)));
        }
    }

    static boolean hasWordCharacter(CharSequence text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
