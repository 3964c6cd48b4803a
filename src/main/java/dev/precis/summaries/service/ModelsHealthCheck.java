package dev.precis.summaries.service;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import dev.precis.summary.Summarizer;
import dev.precis.summary.SummaryOptions;
import dev.precis.text.Language;

/** Ready once the language models are loaded and can summarize a sentence. */
@Readiness
@ApplicationScoped
public class ModelsHealthCheck implements HealthCheck {

    private final Summarizer summarizer;

    ModelsHealthCheck(Summarizer summarizer) {
        this.summarizer = summarizer;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            Language fallback = summarizer.fallbackLanguage();
            int sentences = summarizer.summarize(null, "Models are loaded. They split text.",
                    SummaryOptions.ofSentences(1).inLanguage(Language.ENGLISH)).sentenceCount();
            return HealthCheckResponse.named("nlp-models")
                    .status(sentences == 2)
                    .withData("language", fallback.code())
                    .withData("loaded", String.join(",", new java.util.TreeSet<>(summarizer.models().loaded())))
                    .build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("nlp-models").down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
