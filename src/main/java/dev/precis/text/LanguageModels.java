package dev.precis.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import opennlp.tools.sentdetect.SentenceModel;

/**
 * The models and word lists of every supported language, each loaded by resource name the first
 * time a text of that language needs it, once, and kept. Thread-safe: concurrent first requests
 * for a language wait for one load.
 */
public final class LanguageModels {

    private final Map<String, TextAnalyzer> analyzers = new ConcurrentHashMap<>();
    private volatile LanguageDetector detector;

    /** The analyzer of a language, loading its models on first use. */
    public TextAnalyzer analyzer(Language language) {
        return analyzers.computeIfAbsent(language.code(), code -> load(language));
    }

    /** The language detector, loading its model on first use. */
    public LanguageDetector detector() {
        LanguageDetector loaded = detector;
        if (loaded == null) {
            synchronized (this) {
                loaded = detector;
                if (loaded == null) {
                    loaded = readModel(LanguageDetector.MODEL, LanguageDetector::read);
                    detector = loaded;
                }
            }
        }
        return loaded;
    }

    /** Codes of the languages loaded so far. */
    public java.util.Set<String> loaded() {
        return java.util.Set.copyOf(analyzers.keySet());
    }

    private static TextAnalyzer load(Language language) {
        SentenceSplitter splitter;
        if (language.hasSentenceModel()) {
            splitter = SentenceSplitter.withModel(readModel(language.sentenceModel(), SentenceModel::new));
        } else if (language.script() == Language.Script.THAI) {
            splitter = SentenceSplitter.thai();
        } else {
            splitter = SentenceSplitter.withBreakIterator(language.locale());
        }
        return new TextAnalyzer(language, splitter, TermNormalizer.of(language));
    }

    private interface ModelReader<T> {
        T read(InputStream in) throws IOException;
    }

    private static <T> T readModel(String resource, ModelReader<T> reader) {
        try (InputStream in = ModelResources.open(resource)) {
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load model " + resource, e);
        }
    }
}
