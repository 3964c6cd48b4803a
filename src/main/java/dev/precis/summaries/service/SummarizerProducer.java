package dev.precis.summaries.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import dev.precis.PrecisConfig;
import dev.precis.summary.Summarizer;
import dev.precis.text.Language;
import dev.precis.text.LanguageModels;
import io.quarkus.runtime.Startup;

/**
 * Creates the summarizer when the application starts, and starts loading the models nearly every
 * request needs, the language detector and the fallback language's, on a thread of their own, so
 * the application finishes starting while they load: a request that needs a model before it is
 * loaded waits for it, and readiness reports the models only once they answer. The models of
 * other languages load on first use.
 */
@ApplicationScoped
public class SummarizerProducer {

    private static final Logger LOG = Logger.getLogger(SummarizerProducer.class);

    @Produces
    @Singleton
    @Startup
    Summarizer summarizer(PrecisConfig config) {
        String code = config.language().fallback();
        Language fallback = Language.byCode(code).orElseThrow(() -> new IllegalStateException(
                "precis.language.fallback=" + code + " is not a supported language; use one of " + Language.codes()));
        LanguageModels models = new LanguageModels();
        Thread loader = new Thread(() -> load(models, fallback), "precis-model-loader");
        loader.setDaemon(true);
        loader.start();
        return new Summarizer(models, fallback, config.summary().maxSentences());
    }

    private static void load(LanguageModels models, Language fallback) {
        long started = System.nanoTime();
        try {
            models.detector();
            models.analyzer(fallback);
            LOG.infof("Language models loaded in %d ms (detector and %s; other languages load on first use)",
                    (System.nanoTime() - started) / 1_000_000, fallback.code());
        } catch (RuntimeException e) {
            // a request that needs the models loads them again and fails with the cause
            LOG.errorf("Language models could not be loaded (%s); requests will try again", e.getClass().getSimpleName());
        }
    }
}
