package dev.precis.summary.service;

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
 * Creates the summarizer when the application starts, with the models nearly every request needs
 * already loaded: the language detector and the fallback language. The models of other languages
 * load on first use.
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
        long started = System.nanoTime();
        LanguageModels models = new LanguageModels();
        models.detector();
        models.analyzer(fallback);
        LOG.infof("Language models loaded in %d ms (detector and %s; other languages load on first use)",
                (System.nanoTime() - started) / 1_000_000, fallback.code());
        return new Summarizer(models, fallback);
    }
}
