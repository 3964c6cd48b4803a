package dev.precis.summaries.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.precis.text.Language;
import dev.precis.text.LanguageModels;

class ModelPreloadTest {

    @Test
    void shouldHandOverTheModelsStartedForTheFallbackLanguageOnce() {
        ModelPreload.start(Language.ENGLISH);

        Optional<LanguageModels> models = ModelPreload.take(Language.ENGLISH);

        assertTrue(models.isPresent());
        assertEquals("en", models.get().detector().detect("The council approved the budget on Monday after a long debate.").orElseThrow().code());
        assertTrue(ModelPreload.take(Language.ENGLISH).isEmpty(), "handed over once");
    }

    @Test
    void shouldNotHandOverModelsStartedForAnotherLanguage() {
        ModelPreload.start(Language.ENGLISH);

        assertTrue(ModelPreload.take(Language.byCode("de").orElseThrow()).isEmpty());
        assertTrue(ModelPreload.take(Language.ENGLISH).isEmpty(), "the models of another language are dropped");
    }
}
