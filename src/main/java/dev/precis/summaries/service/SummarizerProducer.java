package dev.precis.summaries.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import dev.precis.PrecisConfig;
import dev.precis.summary.Summarizer;
import dev.precis.text.Language;
import dev.precis.text.LanguageModels;
import io.quarkus.runtime.Startup;

/**
 * Creates the summarizer when the application starts, with the models nearly every request needs,
 * the language detector and the fallback language's, loading on a thread of their own
 * ({@link ModelPreload}): in the packaged service since {@code main} began, before Quarkus started,
 * elsewhere from here. The application finishes starting while they load: a request that needs a
 * model before it is loaded waits for it, and readiness reports the models only once they answer.
 * The models of other languages load on first use.
 */
@ApplicationScoped
public class SummarizerProducer {

    @Produces
    @Singleton
    @Startup
    Summarizer summarizer(PrecisConfig config) {
        String code = config.language().fallback();
        Language fallback = Language.byCode(code).orElseThrow(() -> new IllegalStateException(
                "precis.language.fallback=" + code + " is not a supported language; use one of " + Language.codes()));
        LanguageModels models = ModelPreload.take(fallback).orElseGet(() -> ModelPreload.load(fallback));
        return new Summarizer(models, fallback, config.summary().maxSentences());
    }
}
