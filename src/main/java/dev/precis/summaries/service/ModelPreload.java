package dev.precis.summaries.service;

import java.util.Optional;

import org.jboss.logging.Logger;

import dev.precis.text.Language;
import dev.precis.text.LanguageModels;

/**
 * Loads the models nearly every request needs, the language detector and the fallback language's,
 * on a thread of their own ({@code precis-model-loader}). The packaged service starts it from
 * {@code main}, before Quarkus, so the models load while the application starts rather than after;
 * {@link SummarizerProducer} takes the models over if they are the ones it needs, and otherwise
 * (dev mode, the tests, another fallback language) starts a load of its own.
 */
public final class ModelPreload {

    private static final Logger LOG = Logger.getLogger(ModelPreload.class);

    private static Started started;

    private record Started(Language fallback, LanguageModels models) {
    }

    private ModelPreload() {
    }

    /** Starts loading the detector and the models of {@code fallback} in the background. */
    public static synchronized void start(Language fallback) {
        if (started == null) {
            started = new Started(fallback, load(fallback));
        }
    }

    /**
     * The models whose loading {@link #start} began for {@code fallback}, handed over once; empty
     * when none was started, or for another language.
     */
    static synchronized Optional<LanguageModels> take(Language fallback) {
        Started taken = started;
        started = null;
        return taken != null && taken.fallback() == fallback ? Optional.of(taken.models()) : Optional.empty();
    }

    /** New models, the detector and {@code fallback}'s loading on their own thread. */
    static LanguageModels load(Language fallback) {
        LanguageModels models = new LanguageModels();
        Thread loader = new Thread(() -> load(models, fallback), "precis-model-loader");
        loader.setDaemon(true);
        loader.start();
        return models;
    }

    private static void load(LanguageModels models, Language fallback) {
        long began = System.nanoTime();
        try {
            models.detector();
            models.analyzer(fallback);
            LOG.infof("Language models loaded in %d ms (detector and %s; other languages load on first use)",
                    (System.nanoTime() - began) / 1_000_000, fallback.code());
        } catch (RuntimeException e) {
            // a request that needs the models loads them again and fails with the cause
            LOG.errorf("Language models could not be loaded (%s); requests will try again", e.getClass().getSimpleName());
        }
    }
}
