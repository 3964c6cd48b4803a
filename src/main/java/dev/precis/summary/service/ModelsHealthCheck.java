package dev.precis.summary.service;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import dev.precis.summary.Summarizer;
import dev.precis.summary.SummaryOptions;

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
            int sentences = summarizer.summarize(null, "Models are loaded. They split text.", SummaryOptions.ofSentences(1)).sentenceCount();
            return HealthCheckResponse.named("nlp-models")
                    .status(sentences == 2)
                    .withData("language", summarizer.language())
                    .build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("nlp-models").down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
