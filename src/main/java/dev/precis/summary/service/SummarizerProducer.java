package dev.precis.summary.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import dev.precis.summary.Summarizer;
import dev.precis.text.TextAnalyzer;
import io.quarkus.runtime.Startup;

/** Loads the language models once, when the application starts, and shares the summarizer. */
@ApplicationScoped
public class SummarizerProducer {

    private static final Logger LOG = Logger.getLogger(SummarizerProducer.class);

    @Produces
    @Singleton
    @Startup
    Summarizer summarizer() {
        long started = System.nanoTime();
        Summarizer summarizer = new Summarizer(TextAnalyzer.english());
        LOG.infof("Language models loaded in %d ms", (System.nanoTime() - started) / 1_000_000);
        return summarizer;
    }
}
