package dev.precis.summary.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import dev.precis.PrecisConfig;
import dev.precis.summary.Summarizer;
import dev.precis.text.Language;
import io.quarkus.runtime.Startup;

/**
 * Creates the summarizer when the application starts, with the models nearly every request needs,
 * the language detector and the fallback language, loading on a thread of their own (see
 * {@link ModelPreload}): a request that needs a model before it is loaded waits for it, and
 * readiness reports the models only once they answer. The models of other languages load on
 * first use.
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
        ModelPreload.Loading loading = ModelPreload.take(fallback);
        Thread reporter = new Thread(() -> {
            try {
                long millis = loading.waitMillis();
                if (loading.models().loaded().contains(fallback.code())) {
                    LOG.infof("Language models loaded in %d ms (detector and %s; other languages load on first use)", millis, fallback.code());
                } else {
                    LOG.errorf("Language models could not be loaded; requests will try again");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "precis-model-report");
        reporter.setDaemon(true);
        reporter.start();
        return new Summarizer(loading.models(), fallback);
    }
}
