package dev.precis.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.precis.text.Language;

/**
 * Articles written for these tests, one per language, each about a city budget: the language is
 * detected, sentences are split where a reader would split them, and the summary is made of them.
 */
class MultilingualSummaryTest {

    static Summarizer summarizer;

    @BeforeAll
    static void loadModels() {
        summarizer = new Summarizer();
    }

    static String article(String code) {
        try (InputStream in = MultilingualSummaryTest.class.getResourceAsStream("/languages/" + code + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "de, 6, haushalt",
            "fr, 6, budget",
            "es, 6, presupuesto",
            "it, 5, bilancio",
            "pt, 5, orçamento",
            "nl, 5, begroting",
            "ru, 5, бюджет",
            "zh, 5, 预算",
            "ja, 5, 予算",
            "ko, 5, 예산",
            "th, 4, งบ"})
    void shouldDetectTheLanguageSplitTheSentencesAndSummarizeFromThem(String code, int sentences, String keyword) {
        String text = article(code);
        SummaryResult result = summarizer.summarize(null, text, SummaryOptions.ofSentences(2).withKeywords(5));

        assertEquals(code, result.language());
        assertTrue(result.languageDetected());
        assertEquals(sentences, result.sentenceCount(), "sentences of the " + code + " article");
        assertEquals(2, result.sentences().size());
        for (ScoredSentence s : result.sentences()) {
            assertEquals(s.text(), text.substring(s.start(), s.end()), "offsets point at the sentence");
            assertFalse(s.text().isBlank());
        }
        List<String> keywords = result.keywords().stream().map(k -> k.word().toLowerCase(Language.byCode(code).orElseThrow().locale())).toList();
        assertTrue(keywords.stream().anyMatch(k -> k.contains(keyword)), code + " keywords " + keywords + " name the budget");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"de, 6", "fr, 6", "es, 6", "ru, 5", "zh, 5", "ja, 5", "ko, 5"})
    void shouldSplitTheSameWayWhenTheLanguageIsGiven(String code, int sentences) {
        SummaryResult result = summarizer.summarize(null, article(code),
                SummaryOptions.ofSentences(1).inLanguage(Language.byCode(code).orElseThrow()));
        assertEquals(code, result.language());
        assertFalse(result.languageDetected());
        assertEquals(sentences, result.sentenceCount());
    }

    @Test
    void shouldCountChineseCharactersAsWords() {
        SummaryResult result = summarizer.summarize(null, "市长签署预算。", SummaryOptions.ofSentences(1).inLanguage(Language.byCode("zh").orElseThrow()));
        assertEquals(6, result.wordCount());
    }

    @Test
    void shouldKnowEveryListedLanguageByItsCode() {
        for (Language language : Language.supported()) {
            assertEquals(language, Language.byCode(language.code().toUpperCase()).orElseThrow());
        }
        assertTrue(Language.byCode("xx").isEmpty());
        assertTrue(Language.byCode("english").isEmpty());
    }

    @Test
    void shouldLoadEverySupportedLanguage() {
        for (Language language : Language.supported()) {
            SummaryResult result = summarizer.summarize(null, "Alpha beta gamma. Delta epsilon.", SummaryOptions.ofSentences(1).inLanguage(language));
            assertEquals(language.code(), result.language());
            assertTrue(result.sentenceCount() >= 1, language.code());
        }
    }
}
