package dev.precis.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.sentdetect.DefaultSDContextGenerator;
import opennlp.tools.sentdetect.SentenceDetectorFactory;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.StringUtil;

/**
 * The sentences an OpenNLP sentence model finds in a block of text, as
 * {@link SentenceDetectorME#sentPosDetect(CharSequence)} finds them: every end-of-sentence
 * character that ends its token is a candidate, the model's context generator gives its features
 * and the model decides, a split is taken unless it would end an empty sentence or lie inside
 * the previous one, and a sentence starts at the first character that is not white space after
 * the split (after the token, for a model trained with token ends). Same features, same model,
 * same evaluation, so the same decisions; what differs is the work around the model: the
 * candidates found with {@link String#indexOf(int, int)} instead of a boxed look-up in a set of
 * characters for each character of the text, offsets in an array instead of a list of boxed
 * integers, and features cut from the text once (see {@link #context(String, int)}).
 * <p>
 * Made only for a model whose factory is OpenNLP's own and whose context generator is the default
 * one (every model Precis ships; see {@link #of(SentenceModel)}). Thread-safe: the model is, and
 * nothing else is kept between calls.
 */
final class ModelSentenceEnds {

    private final MaxentModel model;
    private final boolean useTokenEnd;
    /** The end-of-sentence characters, each once. */
    private final char[] endCharacters;
    /** One bit per end-of-sentence character, indexed by the character. */
    private final long[] ends;
    /** The model's abbreviations, as its context generator looks them up. */
    private final Set<String> abbreviations;

    private ModelSentenceEnds(SentenceModel model, Set<Character> endCharacters) {
        SentenceDetectorFactory factory = model.getFactory();
        this.model = model.getMaxentModel();
        this.useTokenEnd = factory.isUseTokenEnd();
        this.abbreviations = factory.getAbbreviationDictionary() == null ? Set.of() : factory.getAbbreviationDictionary().asStringSet();
        this.endCharacters = new char[endCharacters.size()];
        int n = 0;
        for (char c : endCharacters) {
            this.endCharacters[n++] = c;
        }
        int max = 0;
        for (char c : endCharacters) {
            max = Math.max(max, c);
        }
        this.ends = new long[max / 64 + 1];
        for (char c : endCharacters) {
            ends[c >>> 6] |= 1L << c;
        }
    }

    /**
     * The model's sentence ends found this way, or {@code null} when the model's factory is not
     * OpenNLP's own or its context generator is not the default one: such a model goes through
     * {@link SentenceDetectorME}.
     */
    static ModelSentenceEnds of(SentenceModel model) {
        SentenceDetectorFactory factory = model.getFactory();
        // the model's own end-of-sentence characters, which its scanner and its context generator
        // then both use (without them, each picks its own by language code, and they may differ)
        if (factory == null || factory.getClass() != SentenceDetectorFactory.class || factory.getEOSCharacters() == null
                || factory.getEOSCharacters().length == 0 || factory.getSDContextGenerator().getClass() != DefaultSDContextGenerator.class) {
            return null;
        }
        Set<Character> endCharacters = new java.util.HashSet<>();
        for (char c : factory.getEOSCharacters()) {
            endCharacters.add(c);
        }
        return new ModelSentenceEnds(model, endCharacters);
    }

    private boolean isEnd(char c) {
        int word = c >>> 6;
        return word < ends.length && (ends[word] & 1L << c) != 0;
    }

    /**
     * Where the end-of-sentence characters stand in the text, in order: each character's
     * occurrences found with {@link String#indexOf(int, int)}, which the JVM runs over many
     * characters at a time, and merged.
     */
    private int[] candidates(String s) {
        int[] next = new int[endCharacters.length];
        for (int e = 0; e < next.length; e++) {
            next[e] = s.indexOf(endCharacters[e]);
        }
        int[] found = new int[16];
        int count = 0;
        while (true) {
            int first = -1;
            for (int e = 0; e < next.length; e++) {
                if (next[e] >= 0 && (first < 0 || next[e] < next[first])) {
                    first = e;
                }
            }
            if (first < 0) {
                return java.util.Arrays.copyOf(found, count);
            }
            if (count == found.length) {
                found = java.util.Arrays.copyOf(found, count * 2);
            }
            found[count++] = next[first];
            next[first] = s.indexOf(endCharacters[first], next[first] + 1);
        }
    }

    /** The sentences of the block, as offsets into it (start, end), white space trimmed off both ends. */
    List<int[]> spans(String block) {
        int length = block.length();
        int[] candidates = candidates(block);
        int count = candidates.length;
        // where each sentence after the first starts
        int[] starts = new int[count];
        int found = 0;
        int sentenceFrom = 0;
        for (int k = 0; k < count; k++) {
            int at = candidates[k];
            int tokenEnd = whiteSpaceFrom(block, at + 1);
            // only the last end-of-sentence character of a token is a candidate ("?!", "...")
            if (k + 1 < count && candidates[k + 1] < tokenEnd) {
                continue;
            }
            if (found > 0 && at < starts[found - 1]) {
                continue;
            }
            double[] outcomes = model.eval(context(block, at));
            if (!SentenceDetectorME.SPLIT.equals(model.getBestOutcome(outcomes))) {
                continue;
            }
            if (sentenceFrom != at) {
                starts[found++] = nonWhiteSpaceFrom(block, useTokenEnd ? tokenEnd : at + 1);
            }
            sentenceFrom = at + 1;
        }
        List<int[]> spans = new ArrayList<>(found + 1);
        if (found == 0) {
            addTrimmed(block, 0, length, spans);
            return spans;
        }
        for (int s = 0; s < found; s++) {
            addTrimmed(block, s == 0 ? 0 : starts[s - 1], starts[s], spans);
        }
        if (starts[found - 1] != length) {
            addTrimmed(block, starts[found - 1], length, spans);
        }
        return spans;
    }

    /**
     * The features of a candidate, in the order and with the values {@link DefaultSDContextGenerator}
     * gives them: white space before ({@code sp}) and after ({@code sn}) it, the character itself
     * ({@code eos=}), the text of its token before it ({@code x=}, from the previous end-of-sentence
     * character or white space), the token before that ({@code v=}), the rest of its token after it
     * ({@code s=}, up to the next end-of-sentence character) and the token after that ({@code n=}),
     * each with its length, capital and abbreviation features. Tokens are bounded by white space as
     * OpenNLP tells it and trimmed as {@link String#trim()} trims; end-of-sentence characters are
     * looked up in a bit table and the pieces cut from the text once, instead of through a set of
     * boxed characters, copies of substrings and a synchronized buffer.
     */
    String[] context(String s, int position) {
        List<String> features = new ArrayList<>(12);
        int lastIndex = s.length() - 1;
        char eos = s.charAt(position);
        if (position > 0 && StringUtil.isWhitespace(s.charAt(position - 1))) {
            features.add("sp");
        }
        if (position < lastIndex && StringUtil.isWhitespace(s.charAt(position + 1))) {
            features.add("sn");
        }
        features.add(eos == '\n' ? "eos=<LF>" : eos == '\r' ? "eos=<CR>" : "eos=" + eos);
        // the token before: back to white space, or to an end-of-sentence character after it
        int prefixStart = previousSpace(s, position);
        for (int c = position - 1; c > prefixStart; c--) {
            if (isEnd(s.charAt(c))) {
                prefixStart = c;
                break;
            }
        }
        String prefix = trimmed(s, prefixStart, position);
        int previousStart = previousSpace(s, prefixStart);
        String previous = trimmed(s, previousStart, prefixStart);
        // the token after: up to white space, or to the next end-of-sentence character before it
        int suffixEnd = nextSpace(s, position, lastIndex);
        for (int c = position + 1; c < suffixEnd; c++) {
            if (isEnd(s.charAt(c))) {
                suffixEnd = c;
                break;
            }
        }
        int nextEnd = nextSpace(s, suffixEnd + 1, lastIndex + 1);
        String suffix;
        String next;
        if (position == lastIndex) {
            suffix = "";
            next = "";
        } else {
            suffix = trimmed(s, position + 1, suffixEnd);
            next = trimmed(s, suffixEnd + 1, nextEnd);
        }
        features.add("x=" + prefix);
        if (!prefix.isEmpty()) {
            features.add(Integer.toString(prefix.length()));
            if (Character.isUpperCase(prefix.charAt(0))) {
                features.add("xcap");
            }
            if (!abbreviations.isEmpty() && abbreviations.contains(prefix + eos)) {
                features.add("xabbrev");
            }
        }
        addToken(features, "v=", "vcap", "vabbrev", previous);
        addToken(features, "s=", "scap", "sabbrev", suffix);
        addToken(features, "n=", "ncap", "nabbrev", next);
        return features.toArray(new String[0]);
    }

    private void addToken(List<String> features, String name, String capital, String abbreviation, String token) {
        features.add(name + token);
        if (!token.isEmpty()) {
            if (Character.isUpperCase(token.charAt(0))) {
                features.add(capital);
            }
            if (!abbreviations.isEmpty() && abbreviations.contains(token)) {
                features.add(abbreviation);
            }
        }
    }

    /** {@code s.substring(start, end).trim()}, with one copy at most. */
    private static String trimmed(String s, int start, int end) {
        if (start > end) {
            // what subSequence does with such bounds
            throw new StringIndexOutOfBoundsException("begin " + start + ", end " + end + ", length " + s.length());
        }
        while (start < end && s.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && s.charAt(end - 1) <= ' ') {
            end--;
        }
        return s.substring(start, end);
    }

    /**
     * Where the white space before {@code seek} starts (the first of a run), or 0 when there is none
     * after the text's first character.
     */
    private static int previousSpace(String s, int seek) {
        int i = seek - 1;
        while (i > 0 && !StringUtil.isWhitespace(s.charAt(i))) {
            i--;
        }
        if (i > 0 && StringUtil.isWhitespace(s.charAt(i))) {
            while (i > 0 && StringUtil.isWhitespace(s.charAt(i - 1))) {
                i--;
            }
            return i;
        }
        return 0;
    }

    /**
     * Where the white space after {@code seek} ends (the last of a run), looking from the character
     * after {@code seek} up to {@code limit}; {@code limit} when there is none.
     */
    private static int nextSpace(String s, int seek, int limit) {
        for (int i = seek + 1; i < limit; i++) {
            if (StringUtil.isWhitespace(s.charAt(i))) {
                while (s.length() > i + 1 && StringUtil.isWhitespace(s.charAt(i + 1))) {
                    i++;
                }
                return i;
            }
        }
        return limit;
    }

    /** The span without white space at either end (as OpenNLP tells white space), if anything is left. */
    private static void addTrimmed(String text, int start, int end, List<int[]> spans) {
        while (start < end && StringUtil.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && StringUtil.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            spans.add(new int[] {start, end});
        }
    }

    private static int whiteSpaceFrom(String s, int from) {
        int i = from;
        while (i < s.length() && !StringUtil.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int nonWhiteSpaceFrom(String s, int from) {
        int i = from;
        while (i < s.length() && StringUtil.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
