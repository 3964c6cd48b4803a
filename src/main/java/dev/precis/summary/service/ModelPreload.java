package dev.precis.summary.service;

import java.util.Optional;

import dev.precis.text.Language;
import dev.precis.text.LanguageModels;

/**
 * Loading of the models every request needs (the language detector and the fallback language's
 * sentence model), started by the packaged service's entry point before Quarkus starts, so that it
 * runs on its own core while the application starts rather than after it. The summarizer takes
 * the models from here; where nothing was started (dev mode, tests) it starts the loading itself.
 */
public final class ModelPreload {

    private static volatile Loading loading;

    /** Models being loaded on a thread, and when the loading started. */
    record Loading(LanguageModels models, Language language, Thread thread, long startedNanos) {

        /** Milliseconds the loading took, once it is done. */
        long waitMillis() throws InterruptedException {
            thread.join();
            return (System.nanoTime() - startedNanos) / 1_000_000;
        }
    }

    private ModelPreload() {
    }

    /** Starts loading the detector and the models of {@code language} on a thread of its own; returns at once. */
    public static synchronized void start(Language language) {
        if (loading == null) {
            loading = load(language);
        }
    }

    /** The loading started for {@code language}, or a new one. */
    static synchronized Loading take(Language language) {
        Loading started = loading;
        loading = null;
        return Optional.ofNullable(started).filter(l -> l.language() == language).orElseGet(() -> load(language));
    }

    private static Loading load(Language language) {
        LanguageModels models = new LanguageModels();
        Thread thread = new Thread(() -> {
            try {
                models.detector();
                models.analyzer(language);
            } catch (RuntimeException e) {
                // a request that needs the models loads them again and fails with the cause
            }
        }, "precis-model-loader");
        thread.setDaemon(true);
        long started = System.nanoTime();
        thread.start();
        return new Loading(models, language, thread, started);
    }
}
