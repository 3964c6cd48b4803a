package dev.precis.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.precis.text.Language;

class SummarizerTest {

    static final String ARTICLE = """
            Storm Ellen brought winds of up to 100 mph to the west coast on Thursday, cutting power to 40,000 homes.

            The Met Office issued an amber warning for the coast, saying the storm was the strongest of the year. \
            Engineers worked through the night to restore power to homes in the worst-hit towns.

            Ferries between the islands were cancelled and several roads were closed by fallen trees. \
            "We have not seen winds like this for a decade," said Dr. Jane Smith, a forecaster. \
            Power companies said most homes would have power again by Friday evening.

            The storm is expected to move north over the weekend, weakening as it goes.
            """;

    static Summarizer summarizer;

    @BeforeAll
    static void loadModels() {
        summarizer = new Summarizer();
    }

    @Test
    void shouldHonourTheSentenceCount() {
        for (int k = 1; k <= 5; k++) {
            assertEquals(k, summarizer.summarize(null, ARTICLE, SummaryOptions.ofSentences(k)).sentences().size());
        }
    }

    @Test
    void shouldSplitTheArticleIntoItsSentences() {
        SummaryResult result = summarizer.summarize(null, ARTICLE, SummaryOptions.ofSentences(7));
        assertEquals(7, result.sentenceCount());
        assertTrue(result.sentences().stream().anyMatch(s -> s.text().startsWith("\"We have not seen") && s.text().endsWith("a forecaster.")),
                "the abbreviation 'Dr.' must not end a sentence");
    }

    @Test
    void shouldReturnSentencesInArticleOrderWithOffsetsThatPointAtThem() {
        for (Algorithm algorithm : Algorithm.values()) {
            SummaryResult result = summarizer.summarize("Storm Ellen cuts power", ARTICLE,
                    SummaryOptions.ofSentences(4).withAlgorithm(algorithm));
            List<ScoredSentence> sentences = result.sentences();
            for (int i = 0; i < sentences.size(); i++) {
                ScoredSentence s = sentences.get(i);
                assertEquals(s.text(), ARTICLE.substring(s.start(), s.end()), algorithm + ": offsets of sentence " + s.index());
                assertTrue(s.score() >= 0 && s.score() <= 1, "score in [0, 1]");
                if (i > 0) {
                    assertTrue(sentences.get(i - 1).index() < s.index(), "article order");
                    assertTrue(sentences.get(i - 1).end() <= s.start(), "sentences do not overlap");
                }
            }
            assertEquals(algorithm.id(), result.algorithm());
        }
    }

    @Test
    void shouldGiveTheSameSummaryForTheSameInput() {
        SummaryResult first = summarizer.summarize("Storm", ARTICLE, SummaryOptions.ofSentences(3));
        for (int i = 0; i < 5; i++) {
            assertEquals(first, summarizer.summarize("Storm", ARTICLE, SummaryOptions.ofSentences(3)));
        }
    }

    @Test
    void shouldReturnEverySentenceOfAShortText() {
        String text = "Only one sentence here. And a second one.";
        SummaryResult result = summarizer.summarize(null, text, SummaryOptions.ofSentences(5));
        assertEquals(2, result.sentences().size());
        assertEquals(text, result.summaryText());
    }

    @Test
    void shouldPickTheLeadWithTheLeadAlgorithm() {
        SummaryResult result = summarizer.summarize(null, ARTICLE, SummaryOptions.ofSentences(2).withAlgorithm(Algorithm.LEAD));
        assertEquals(List.of(0, 1), result.sentences().stream().map(ScoredSentence::index).toList());
    }

    @Test
    void shouldKeepAWordBudget() {
        SummaryResult result = summarizer.summarize(null, ARTICLE, new SummaryOptions(null, null, 40, Algorithm.DEFAULT, false, false, 0));
        int words = result.sentences().stream().mapToInt(s -> s.text().split("\\s+").length).sum();
        assertTrue(words <= 40, "at most 40 words, got " + words);
        assertTrue(!result.sentences().isEmpty());
    }

    @Test
    void shouldDetectEnglishAndSayItWasDetected() {
        SummaryResult result = summarizer.summarize(null, ARTICLE, SummaryOptions.ofSentences(2));
        assertEquals("en", result.language());
        assertTrue(result.languageDetected());
        assertTrue(result.cleaning().isEmpty(), "a clean article has nothing to remove: " + result.cleaning());
    }

    @Test
    void shouldUseTheGivenLanguageWithoutDetecting() {
        SummaryResult result = summarizer.summarize(null, ARTICLE, SummaryOptions.ofSentences(2).inLanguage(Language.ENGLISH));
        assertEquals("en", result.language());
        assertEquals(false, result.languageDetected());
    }

    @Test
    void shouldFallBackToEnglishWhenTheLanguageCannotBeTold() {
        SummaryResult result = summarizer.summarize(null, "12345 67890.", SummaryOptions.ofSentences(1));
        assertEquals("en", result.language());
        assertEquals(false, result.languageDetected());
    }

    @Test
    void shouldReturnNoSentenceForTextWithoutWords() {
        SummaryResult result = summarizer.summarize(null, "... !!! ???", SummaryOptions.ofSentences(3));
        assertEquals(0, result.sentenceCount());
        assertTrue(result.sentences().isEmpty());
    }
}
