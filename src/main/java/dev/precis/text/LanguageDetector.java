package dev.precis.text;

import java.util.Optional;

import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Tells which supported language a text is written in, with OpenNLP's language detector (a
 * maximum-entropy model over character n-grams that knows 103 languages). The model is
 * thread-safe and shared; {@link LanguageDetectorME} is not documented to be, so each thread gets
 * its own.
 */
public final class LanguageDetector {

    public static final String MODEL = "langdetect-183.bin";
    /** Enough text to tell the language; more only costs time. */
    public static final int SAMPLE_LENGTH = 4000;
    /**
     * A supported language further down the detector's list is taken only if it is nearly as
     * likely as the top one (the top one being a language Precis does not support).
     */
    static final double RUNNER_UP_SHARE = 0.5;

    private final ThreadLocal<LanguageDetectorME> detectors;

    public LanguageDetector(LanguageDetectorModel model) {
        this.detectors = ThreadLocal.withInitial(() -> new LanguageDetectorME(model));
    }

    /** The supported language of the text, or empty when the text has no letters or is in a language Precis does not support. */
    public Optional<Language> detect(CharSequence text) {
        CharSequence sample = text.length() > SAMPLE_LENGTH ? text.subSequence(0, SAMPLE_LENGTH) : text;
        if (sample.chars().noneMatch(Character::isLetter)) {
            return Optional.empty();
        }
        opennlp.tools.langdetect.Language[] predictions = detectors.get().predictLanguages(sample);
        if (predictions.length == 0) {
            return Optional.empty();
        }
        double top = predictions[0].getConfidence();
        for (opennlp.tools.langdetect.Language prediction : predictions) {
            if (prediction.getConfidence() < top * RUNNER_UP_SHARE) {
                break;
            }
            Optional<Language> supported = Language.byDetectorCode(prediction.getLang());
            if (supported.isPresent()) {
                return supported;
            }
        }
        return Optional.empty();
    }
}
