package dev.precis.text;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Takes the page furniture out of scraped article text (see {@link NoiseKind}) without touching
 * the story. Two passes, because scraped text comes in two shapes:
 * <ol>
 * <li>Lines: text copied from a page keeps widget labels, datelines, bylines and captions on
 * lines of their own. Such a line is cut out before sentences are split, so it can never run
 * into the sentence below it. Only short lines are judged; a paragraph is never removed whole.</li>
 * <li>Sentences: text whose line breaks were lost carries the same furniture inside its
 * paragraphs ("Scroll down for video", "Read more: ..."). Each sentence is judged by the same
 * rules; a kept sentence loses a dateline that opens it and an agency credit that closes it.</li>
 * </ol>
 * The rules are in {@link NoiseRules}; the credits and datelines trimmed off kept sentences in
 * {@link AgencyCredits}.
 */
public final class NoiseFilter {

    /** Longest line judged in the first pass; longer lines are paragraphs and judged sentence by sentence. */
    static final int MAX_NOISE_LINE = 400;

    private NoiseFilter() {
    }

    /** The spans of text left once noise lines are cut out, and what they held. */
    public record Lines(String text, List<int[]> kept, Map<NoiseKind, Integer> removed) {

        /** The kept text, up to {@code max} characters, to detect the language on. */
        public String sample(int max) {
            StringBuilder sample = new StringBuilder(Math.min(max, text.length()));
            for (int[] span : kept) {
                if (sample.length() >= max) {
                    break;
                }
                sample.append(text, span[0], Math.min(span[1], span[0] + max - sample.length())).append('\n');
            }
            return sample.toString();
        }
    }

    /** First pass: cuts noise lines out of the text. */
    public static Lines lines(String text) {
        return lines(text, null);
    }

    /** First pass: cuts noise lines out of the text, and lines that repeat the article's title. */
    public static Lines lines(String text, String title) {
        Headline headline = title == null || title.isBlank() ? null : Headline.of(title);
        Map<NoiseKind, Integer> removed = new EnumMap<>(NoiseKind.class);
        List<int[]> kept = new ArrayList<>();
        int regionStart = -1;
        int lineStart = 0;
        int length = text.length();
        while (lineStart <= length) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? length : newline;
            NoiseKind kind = null;
            if (lineEnd - lineStart <= MAX_NOISE_LINE) {
                String line = text.substring(lineStart, lineEnd).strip();
                kind = headline != null && !line.isEmpty() && headline.isRepeatedBy(line) ? NoiseKind.HEADLINES : classify(line);
            }
            if (kind != null) {
                removed.merge(kind, 1, Integer::sum);
                if (regionStart >= 0) {
                    kept.add(new int[] {regionStart, lineStart});
                    regionStart = -1;
                }
            } else if (regionStart < 0) {
                regionStart = lineStart;
            }
            if (newline < 0) {
                break;
            }
            lineStart = newline + 1;
        }
        if (regionStart >= 0 && regionStart < length) {
            kept.add(new int[] {regionStart, length});
        }
        return new Lines(text, kept, removed);
    }

    /**
     * Second pass: the sentences of the kept text, with noise sentences left out, openings and
     * closings trimmed, and the sentences numbered from 0.
     */
    public static CleanText sentences(Lines lines, TextAnalyzer analyzer) {
        String text = lines.text();
        Map<NoiseKind, Integer> removed = new EnumMap<>(NoiseKind.class);
        removed.putAll(lines.removed());
        List<Sentence> sentences = new ArrayList<>();
        List<Sentence> asWritten = new ArrayList<>();
        for (int[] span : lines.kept()) {
            for (Sentence sentence : analyzer.sentences(text, span[0], span[1])) {
                NoiseKind kind = classify(sentence.text());
                if (kind != null) {
                    removed.merge(kind, 1, Integer::sum);
                    continue;
                }
                Sentence trimmed = trim(text, sentence, sentences.isEmpty(), removed);
                if (trimmed != null) {
                    asWritten.add(new Sentence(sentences.size(), sentence.start(), sentence.end(), sentence.text()));
                    sentences.add(new Sentence(sentences.size(), trimmed.start(), trimmed.end(), trimmed.text()));
                }
            }
        }
        return new CleanText(sentences, asWritten, removed);
    }

    /** Both passes over a text. */
    public static CleanText clean(String text, TextAnalyzer analyzer) {
        return sentences(lines(text), analyzer);
    }

    /** Both passes over a text, with the article's title, whose repetition in the text is taken out. */
    public static CleanText clean(String title, String text, TextAnalyzer analyzer) {
        return sentences(lines(text, title), analyzer);
    }

    /** The kind of noise a whole line or sentence is, or {@code null} for story text. */
    static NoiseKind classify(String line) {
        return NoiseRules.classify(line);
    }

    /** Takes a dateline off the start and a credit off the end of a kept sentence; {@code null} if nothing is left. */
    private static Sentence trim(String text, Sentence sentence, boolean lead, Map<NoiseKind, Integer> removed) {
        int start = sentence.start();
        int end = sentence.end();
        String s = sentence.text();
        int credit = AgencyCredits.trailingCreditStart(s);
        if (credit >= 0 && SentenceSplitter.hasWordCharacter(s, 0, credit)) {
            end = start + credit;
            removed.merge(NoiseKind.AGENCY_CREDITS, 1, Integer::sum);
        }
        if (AgencyCredits.mayOpenWithDateline(s, lead) && startsLine(text, start)) {
            String opening = text.substring(start, end);
            int dateline = AgencyCredits.datelineEnd(opening, lead);
            if (dateline >= 0 && wordCount(opening.substring(dateline)) >= 3) {
                start += dateline;
                removed.merge(NoiseKind.DATELINES, 1, Integer::sum);
            }
        }
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (!SentenceSplitter.hasWordCharacter(text, start, end)) {
            return null;
        }
        return start == sentence.start() && end == sentence.end() ? sentence : new Sentence(sentence.index(), start, end, text.substring(start, end));
    }

    /** Whether only spaces stand between the start of the line and this offset. */
    private static boolean startsLine(String text, int offset) {
        int i = offset - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\r')) {
            i--;
        }
        return i < 0 || text.charAt(i) == '\n';
    }

    /** Runs of letters and digits. */
    static int wordCount(String s) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean letter = Character.isLetterOrDigit(s.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }
}
