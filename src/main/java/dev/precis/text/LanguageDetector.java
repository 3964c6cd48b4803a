package dev.precis.text;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import opennlp.tools.langdetect.LanguageDetectorFactory;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * Tells which supported language a text is written in, with OpenNLP's language detector (a
 * maximum-entropy model over character n-grams that knows 103 languages).
 * <p>
 * The model is evaluated here rather than through {@code LanguageDetectorME}, on the same
 * features and with the same arithmetic: the text normalized as the model's factory normalizes it
 * (see {@link Normalization}), lower-cased code point by code point, and every distinct n-gram of
 * one to three characters with the value 1; the probability of a language is the softmax of the
 * summed weights. {@code LanguageDetectorME} collects the n-grams in a map keyed by
 * {@code CharBuffer} slices and looks each up in the model's map of strings, whose short keys
 * collide; here an n-gram is a number (its characters side by side) in an open-addressing table,
 * which gives the same sums in a fraction of the time. The only difference is the order in which
 * the weights are added, so probabilities may differ in the last bits. Thread-safe.
 */
public final class LanguageDetector {

    public static final String MODEL = "langdetect-183.bin";
    /**
     * Enough text to tell the language: a news paragraph. More only costs time (the cost grows with
     * the sample), since the features are the distinct n-grams and a longer text of one language
     * adds few new ones: on the development sets and the test texts of every supported language,
     * the first 150 characters already give the language that 4,000 give.
     */
    public static final int SAMPLE_LENGTH = 300;
    /**
     * Where the detector first looks at the sums of a longer sample, and stops when they already
     * decide. Most news tells its language well before 300 characters, and every n-gram left
     * unread saves a look-up in a table far larger than the processor's caches.
     */
    static final int[] EARLY_LOOKS = {60, 100, 150};
    /**
     * An early look decides when the top language is at least this many times as likely as any
     * other: then no other language reaches {@link #RUNNER_UP_SHARE} of it. On the development
     * sets and the test texts of every supported language, the leader at 40 or 60 characters
     * differed from the leader at 300 only when it was less than 1.5 times as likely as the next
     * (from 80 characters on, never).
     */
    static final double DECISIVE_RATIO = 2;
    private static final double LOG_DECISIVE_RATIO = Math.log(DECISIVE_RATIO);
    /**
     * A supported language further down the detector's list is taken only if it is nearly as
     * likely as the top one (the top one being a language Precis does not support).
     */
    static final double RUNNER_UP_SHARE = 0.5;
    private static final int MAX_GRAM = 3;

    private final String[] outcomes;
    private final NGramWeights weights;

    public LanguageDetector(LanguageDetectorModel model) {
        if (model.getFactory().getClass() != LanguageDetectorFactory.class || !(model.getMaxentModel() instanceof GISModel)) {
            throw new IllegalArgumentException("A maximum-entropy language detector model with the default factory is expected");
        }
        MaxentModel maxent = model.getMaxentModel();
        this.outcomes = new String[maxent.getNumOutcomes()];
        for (int i = 0; i < outcomes.length; i++) {
            outcomes[i] = maxent.getOutcome(i);
        }
        @SuppressWarnings("unchecked")
        Map<String, Context> predicates = (Map<String, Context>) ((GISModel) maxent).getDataStructures()[1];
        this.weights = new NGramWeights(predicates, outcomes.length);
    }

    /**
     * The supported language of the text, or empty when the text has no letters or is in a
     * language Precis does not support. Told from the first {@link #SAMPLE_LENGTH} characters, or
     * from fewer when they already decide (see {@link #EARLY_LOOKS}).
     */
    public Optional<Language> detect(CharSequence text) {
        CharSequence sample = text.length() > SAMPLE_LENGTH ? text.subSequence(0, SAMPLE_LENGTH) : text;
        if (!hasLetter(sample)) {
            return Optional.empty();
        }
        return decide(probabilities(sample, true));
    }

    /** The supported language the probabilities point to, if any. */
    Optional<Language> decide(double[] confidence) {
        Integer[] order = new Integer[confidence.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        // most likely first; equal ones in the model's order, as LanguageDetectorME sorts them
        Arrays.sort(order, (a, b) -> Double.compare(confidence[b], confidence[a]));
        double top = confidence[order[0]];
        for (int i : order) {
            if (confidence[i] < top * RUNNER_UP_SHARE) {
                break;
            }
            Optional<Language> supported = Language.byDetectorCode(outcomes[i]);
            if (supported.isPresent()) {
                return supported;
            }
        }
        return Optional.empty();
    }

    /** The model's probability of each of its languages, as {@code GISModel.eval} computes it. */
    double[] probabilities(CharSequence sample) {
        return probabilities(sample, false);
    }

    /**
     * The probabilities for the whole sample, or, when {@code early} is set, for its beginning
     * up to the first of {@link #EARLY_LOOKS} at which they decide (see {@link #DECISIVE_RATIO}).
     * The early looks normalize only the beginning (most samples stop there); the n-grams of a
     * longer stretch are those of the shorter one and those that end past it, so each look only
     * adds the latter.
     */
    private double[] probabilities(CharSequence sample, boolean early) {
        if (early) {
            int last = EARLY_LOOKS[EARLY_LOOKS.length - 1];
            if (sample.length() > last) {
                String head = lowerCase(Normalization.apply(sample.subSequence(0, last)));
                double[] sums = priors();
                LongSet seen = new LongSet(head.length() * MAX_GRAM);
                int done = 0;
                for (int look : EARLY_LOOKS) {
                    int end = Math.min(look, head.length());
                    addGrams(head, done, end, seen, sums);
                    done = end;
                    if (isDecisive(sums)) {
                        return softmax(sums);
                    }
                }
            }
        }
        String chars = lowerCase(Normalization.apply(sample));
        double[] sums = priors();
        addGrams(chars, 0, chars.length(), new LongSet(chars.length() * MAX_GRAM), sums);
        return softmax(sums);
    }

    /** The model's uniform prior, in log space. */
    private double[] priors() {
        double[] sums = new double[outcomes.length];
        Arrays.fill(sums, Math.log(1.0 / outcomes.length));
        return sums;
    }

    /** Adds the weights of the n-grams not yet {@code seen} that end after {@code from} and by {@code to}. */
    private void addGrams(String chars, int from, int to, LongSet seen, double[] sums) {
        for (int n = 1; n <= MAX_GRAM; n++) {
            for (int i = Math.max(0, from - n + 1); i + n <= to; i++) {
                long gram = NGramWeights.key(chars, i, n);
                if (seen.add(gram)) {
                    weights.addTo(gram, sums);
                }
            }
        }
    }

    /** Turns the summed logs into probabilities, in place. */
    private static double[] softmax(double[] sums) {
        double normal = 0;
        for (int o = 0; o < sums.length; o++) {
            sums[o] = StrictMath.exp(sums[o]);
            normal += sums[o];
        }
        for (int o = 0; o < sums.length; o++) {
            sums[o] /= normal;
        }
        return sums;
    }

    /** Whether the top language is {@link #DECISIVE_RATIO} times as likely as any other: compared on the summed logs. */
    private static boolean isDecisive(double[] sums) {
        double top = Double.NEGATIVE_INFINITY;
        double second = Double.NEGATIVE_INFINITY;
        for (double sum : sums) {
            if (sum > top) {
                second = top;
                top = sum;
            } else if (sum > second) {
                second = sum;
            }
        }
        return top - second >= LOG_DECISIVE_RATIO;
    }

    /** Lower case code point by code point, as OpenNLP's {@code StringUtil.toLowerCaseCharBuffer}. */
    private static String lowerCase(String text) {
        StringBuilder lower = new StringBuilder(text.length());
        for (int i = 0; i < text.length();) {
            int c = text.codePointAt(i);
            lower.appendCodePoint(Character.toLowerCase(c));
            i += Character.charCount(c);
        }
        return lower.toString();
    }

    private static boolean hasLetter(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The normalization of {@code LanguageDetectorFactory}'s context generator: emoji, URLs and
     * e-mail addresses, hashtags and user names, retweet marks, emoticons and laughter, numbers,
     * runs of white space and of a repeated character, in OpenNLP's order with its patterns,
     * flags and replacements. A pattern is run only when the text holds what every match of it
     * holds (a surrogate, "http", "@", a digit...); otherwise it could not change the text.
     */
    static final class Normalization {

        private record Step(Pattern pattern, String replacement, Predicate<String> mayMatch) {
        }

        private static final Step[] STEPS = {
            // EmojiCharSequenceNormalizer. Its source writes the surrogates themselves, not escapes, so
            // the pattern reads U+DBFF U+DC00 as one code point (U+10FC00): the class is the range from
            // U+D83C to there, a hyphen and U+DFFF. Written the same way here, so it matches the same.
            new Step(Pattern.compile("[\uD83C-\uDBFF\uDC00-\uDFFF]+"), " ", s -> holds(s, Normalization::mayBeEmoji)),
            // UrlCharSequenceNormalizer
            new Step(Pattern.compile("https?://[-_.?&~;+=/#0-9A-Za-z]+"), " ", s -> s.contains("http")),
            new Step(Pattern.compile("(?<![-+_.0-9A-Za-z])[-+_.0-9A-Za-z]+@[-0-9A-Za-z]+[-.0-9A-Za-z]+"), " ", s -> s.indexOf('@') >= 0),
            // TwitterCharSequenceNormalizer
            new Step(Pattern.compile("[#@]\\S+"), " ", s -> s.indexOf('#') >= 0 || s.indexOf('@') >= 0),
            new Step(Pattern.compile("\\b(rt[ :])+", Pattern.CASE_INSENSITIVE), " ", Normalization::mayHoldRetweetMark),
            new Step(Pattern.compile("[:;x]-?[()dop]", Pattern.CASE_INSENSITIVE), " ", s -> holds(s, c -> c == ':' || c == ';' || c == 'x' || c == 'X')),
            new Step(Pattern.compile("([hj])+([aieou])+(\\1+\\2+)+", Pattern.CASE_INSENSITIVE), "$1$2$1$2",
                    s -> holds(s, c -> c == 'h' || c == 'j' || c == 'H' || c == 'J')),
            // NumberCharSequenceNormalizer
            new Step(Pattern.compile("\\d+"), " ", s -> holds(s, c -> c >= '0' && c <= '9')),
            // ShrinkCharSequenceNormalizer
            new Step(Pattern.compile("\\s{2,}", Pattern.CASE_INSENSITIVE), " ", Normalization::mayHoldSpaces),
            new Step(Pattern.compile("(.)\\1{2,}", Pattern.CASE_INSENSITIVE), "$1$1", Normalization::mayHoldRepeats),
        };

        private Normalization() {
        }

        static String apply(CharSequence text) {
            String s = text.toString();
            for (Step step : STEPS) {
                if (step.mayMatch().test(s)) {
                    s = step.pattern().matcher(s).replaceAll(step.replacement());
                }
            }
            // ShrinkCharSequenceNormalizer trims last
            return s.trim();
        }

        private interface CharTest {
            boolean test(char c);
        }

        private static boolean holds(String s, CharTest test) {
            for (int i = 0; i < s.length(); i++) {
                if (test.test(s.charAt(i))) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the emoji step's pattern may match the character: a hyphen, or U+D83C and above. */
        static boolean mayBeEmoji(char c) {
            return c == '-' || c >= '\uD83C';
        }

        /** "rt" in any case, then a space or a colon. */
        private static boolean mayHoldRetweetMark(String s) {
            for (int i = 0; i + 2 < s.length(); i++) {
                char r = s.charAt(i);
                char t = s.charAt(i + 1);
                char after = s.charAt(i + 2);
                if ((r == 'r' || r == 'R') && (t == 't' || t == 'T') && (after == ' ' || after == ':')) {
                    return true;
                }
            }
            return false;
        }

        /** Two characters of {@code \s} in a row. */
        private static boolean mayHoldSpaces(String s) {
            for (int i = 0; i + 1 < s.length(); i++) {
                if (isRegexSpace(s.charAt(i)) && isRegexSpace(s.charAt(i + 1))) {
                    return true;
                }
            }
            return false;
        }

        private static boolean isRegexSpace(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
        }

        /** Three characters in a row that are equal but for ASCII case (the back reference's case-insensitive match). */
        private static boolean mayHoldRepeats(String s) {
            for (int i = 0; i + 2 < s.length(); i++) {
                char a = asciiLower(s.charAt(i));
                if (a == asciiLower(s.charAt(i + 1)) && a == asciiLower(s.charAt(i + 2))) {
                    return true;
                }
            }
            return false;
        }

        private static char asciiLower(char c) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
    }

    /**
     * The model's weights of every n-gram of up to three characters, laid out for the memory
     * cache: an open-addressing table whose slots hold an n-gram (its characters packed into a
     * number) next to where its weights start and how many there are, and the weights of all
     * n-grams one after the other with the language each is for. An n-gram costs two or three
     * cache lines instead of the half dozen objects the model's own map reaches through.
     */
    static final class NGramWeights {

        /** Slot i: key at 2i, then (start of its weights << 8 | their count) at 2i + 1. */
        private final long[] slots;
        private final int mask;
        private final double[] parameters;
        private final byte[] outcomes;

        NGramWeights(Map<String, Context> predicates, int outcomeCount) {
            if (outcomeCount > 127) {
                throw new IllegalArgumentException("at most 127 languages: " + outcomeCount);
            }
            int capacity = Integer.highestOneBit(Math.max(16, predicates.size() * 7 / 4) - 1) << 1;
            slots = new long[2 * capacity];
            mask = capacity - 1;
            int total = 0;
            for (Context context : predicates.values()) {
                total += context.getOutcomes().length;
            }
            parameters = new double[total];
            outcomes = new byte[total];
            int next = 0;
            for (Map.Entry<String, Context> e : predicates.entrySet()) {
                String gram = e.getKey();
                int[] ids = e.getValue().getOutcomes();
                if (gram.isEmpty() || gram.length() > MAX_GRAM || ids.length == 0 || ids.length > 255) {
                    continue;
                }
                double[] weights = e.getValue().getParameters();
                if (ids.length == outcomeCount) {
                    // every language: stored in the languages' order, so the sum needs no indexes
                    for (int j = 0; j < ids.length; j++) {
                        parameters[next + ids[j]] = weights[j];
                        outcomes[next + ids[j]] = (byte) ids[j];
                    }
                } else {
                    System.arraycopy(weights, 0, parameters, next, ids.length);
                    for (int j = 0; j < ids.length; j++) {
                        outcomes[next + j] = (byte) ids[j];
                    }
                }
                put(key(gram, 0, gram.length()), (long) next << 8 | ids.length);
                next += ids.length;
            }
        }

        /** The n-gram of {@code n} characters at {@code start}: its length and its characters, 16 bits each; never 0. */
        static long key(CharSequence s, int start, int n) {
            long key = n;
            for (int i = start; i < start + n; i++) {
                key = key << 16 | s.charAt(i);
            }
            return key;
        }

        private static int slot(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ h >>> 32);
        }

        private void put(long key, long weights) {
            int i = slot(key) & mask;
            while (slots[2 * i] != 0) {
                i = i + 1 & mask;
            }
            slots[2 * i] = key;
            slots[2 * i + 1] = weights;
        }

        /** Adds the n-gram's weight for each language to {@code sums}; nothing for an n-gram the model does not know. */
        void addTo(long key, double[] sums) {
            int i = slot(key) & mask;
            long found;
            while ((found = slots[2 * i]) != 0) {
                if (found == key) {
                    long weights = slots[2 * i + 1];
                    int start = (int) (weights >>> 8);
                    int count = (int) (weights & 0xFF);
                    if (count == sums.length) {
                        // a weight for every language, in the languages' order: a loop the compiler vectorizes
                        for (int o = 0; o < count; o++) {
                            sums[o] += parameters[start + o];
                        }
                    } else {
                        for (int j = start; j < start + count; j++) {
                            sums[outcomes[j]] += parameters[j];
                        }
                    }
                    return;
                }
                i = i + 1 & mask;
            }
        }
    }

    /** A set of non-zero numbers, for the distinct n-grams of one sample. */
    private static final class LongSet {

        private final long[] keys;
        private final int mask;

        LongSet(int expected) {
            int capacity = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
            keys = new long[capacity];
            mask = capacity - 1;
        }

        /** Whether the key was not in the set yet. */
        boolean add(long key) {
            int i = NGramWeights.slot(key) & mask;
            while (keys[i] != 0) {
                if (keys[i] == key) {
                    return false;
                }
                i = i + 1 & mask;
            }
            keys[i] = key;
            return true;
        }
    }
}
