package dev.precis.text;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import opennlp.tools.langdetect.LanguageDetectorFactory;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.MaxentModel;

/**
 * Tells which supported language a text is written in, with OpenNLP's language detector (a
 * maximum-entropy model over character n-grams that knows 103 languages).
 * <p>
 * The model is evaluated here rather than through {@code LanguageDetectorME}, on the same
 * features and with the same arithmetic: the text normalized as the model's factory normalizes it
 * ({@link DetectorNormalization}), lower-cased code point by code point, and every distinct
 * n-gram of one to three characters with the value 1; the probability of a language is the
 * softmax of the summed weights. {@code LanguageDetectorME} collects the n-grams in a map keyed by
 * {@code CharBuffer} slices and looks each up in the model's map of strings, whose short keys
 * collide; here an n-gram is a number (its characters side by side) in an open-addressing table
 * ({@link NGramWeights}), which gives the same sums in a fraction of the time. The only difference is the order in which
 * the weights are added, so probabilities may differ in the last bits. Thread-safe.
 */
public final class LanguageDetector {

    public static final String MODEL = "langdetect-183.bin";
    private static final String MANIFEST_ENTRY = "manifest.properties";
    private static final String MODEL_ENTRY = "langdetect.model";
    private static final int BUFFER = 1 << 16;
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

    private final String[] outcomes;
    /** The supported language of each of the model's languages, or {@code null}. */
    private final Language[] supported;
    private final NGramWeights weights;
    /** Each thread's table of the n-grams of a sample, cleared after each. */
    private final ThreadLocal<NGramWeights.Seen> seenGrams = ThreadLocal.withInitial(() -> new NGramWeights.Seen(SAMPLE_LENGTH * NGramWeights.MAX_GRAM));

    public LanguageDetector(LanguageDetectorModel model) {
        this(model.getFactory().getClass() == LanguageDetectorFactory.class ? model.getMaxentModel() : null);
    }

    private LanguageDetector(MaxentModel maxent) {
        if (!(maxent instanceof GISModel)) {
            throw new IllegalArgumentException("A maximum-entropy language detector model with the default factory is expected");
        }
        this.outcomes = new String[maxent.getNumOutcomes()];
        this.supported = new Language[outcomes.length];
        for (int i = 0; i < outcomes.length; i++) {
            outcomes[i] = maxent.getOutcome(i);
            supported[i] = Language.byDetectorCode(outcomes[i]).orElse(null);
        }
        @SuppressWarnings("unchecked")
        Map<String, Context> predicates = (Map<String, Context>) ((GISModel) maxent).getDataStructures()[1];
        this.weights = new NGramWeights(predicates, outcomes.length);
    }

    /**
     * Reads a model file as {@code new LanguageDetectorModel(in)} does, to the same model, in about
     * half the time: OpenNLP's reader inflates the model a few bytes at a time (every number and
     * every n-gram a call of its own), this one reads it through a buffer. The file is the zip
     * OpenNLP writes: a manifest naming the factory, and the maximum-entropy model.
     */
    public static LanguageDetector read(InputStream file) throws IOException {
        Properties manifest = null;
        MaxentModel maxent = null;
        ZipInputStream zip = new ZipInputStream(new BufferedInputStream(file, BUFFER));
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
            // each entry ends where the zip stream reports its end, so a buffer over it never reads into the next
            if (entry.getName().equals(MANIFEST_ENTRY)) {
                manifest = new Properties();
                manifest.load(zip);
            } else if (entry.getName().equals(MODEL_ENTRY)) {
                maxent = new GenericModelReader(new BinaryFileDataReader(new BufferedInputStream(zip, BUFFER))).getModel();
            }
        }
        if (manifest == null || maxent == null) {
            throw new IOException("Not a language detector model: " + MANIFEST_ENTRY + " or " + MODEL_ENTRY + " is missing");
        }
        String factory = manifest.getProperty("factory", LanguageDetectorFactory.class.getName());
        return new LanguageDetector(factory.equals(LanguageDetectorFactory.class.getName()) ? maxent : null);
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

    /**
     * The supported language the probabilities point to, if any: of the languages at least
     * {@link #RUNNER_UP_SHARE} as likely as the top one, the most likely supported one, equal ones
     * in the model's order, as {@code LanguageDetectorME} sorts them. One pass, no sort.
     */
    Optional<Language> decide(double[] confidence) {
        // the top as a sort by Double.compare puts it first
        double top = confidence[0];
        for (double c : confidence) {
            if (Double.compare(c, top) > 0) {
                top = c;
            }
        }
        double threshold = top * RUNNER_UP_SHARE;
        int best = -1;
        for (int i = 0; i < confidence.length; i++) {
            if (confidence[i] < threshold || supported[i] == null) {
                continue;
            }
            if (best < 0 || Double.compare(confidence[i], confidence[best]) > 0) {
                best = i;
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(supported[best]);
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
        NGramWeights.Seen seen = seen(sample.length());
        try {
            if (early) {
                int last = EARLY_LOOKS[EARLY_LOOKS.length - 1];
                if (sample.length() > last) {
                    String head = lowerCase(DetectorNormalization.apply(sample.subSequence(0, last)));
                    double[] sums = priors();
                    int done = 0;
                    for (int look : EARLY_LOOKS) {
                        int end = Math.min(look, head.length());
                        addGrams(head, done, end, seen, sums);
                        done = end;
                        if (isDecisive(sums)) {
                            return softmax(sums);
                        }
                    }
                    seen.clear();
                }
            }
            String chars = lowerCase(DetectorNormalization.apply(sample));
            if (!seen.holds(chars.length() * NGramWeights.MAX_GRAM)) {
                seen = new NGramWeights.Seen(chars.length() * NGramWeights.MAX_GRAM);
            }
            double[] sums = priors();
            addGrams(chars, 0, chars.length(), seen, sums);
            return softmax(sums);
        } finally {
            seen.clear();
        }
    }

    /** This thread's table of the n-grams seen, empty, if a sample of this length fits it; else a new one. */
    private NGramWeights.Seen seen(int length) {
        int grams = length * NGramWeights.MAX_GRAM;
        NGramWeights.Seen seen = seenGrams.get();
        return seen.holds(grams) ? seen : new NGramWeights.Seen(grams);
    }

    /** The model's uniform prior, in log space. */
    private double[] priors() {
        double[] sums = new double[outcomes.length];
        Arrays.fill(sums, Math.log(1.0 / outcomes.length));
        return sums;
    }

    /**
     * Adds the weights of the n-grams not yet {@code seen} that end after {@code from} and by
     * {@code to}, in the order they come (all of one length, then the next length).
     */
    private void addGrams(String chars, int from, int to, NGramWeights.Seen seen, double[] sums) {
        int before = seen.count();
        for (int n = 1; n <= NGramWeights.MAX_GRAM; n++) {
            for (int i = Math.max(0, from - n + 1); i + n <= to; i++) {
                seen.add(NGramWeights.key(chars, i, n));
            }
        }
        weights.addAll(seen, before, sums);
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
}
