package dev.precis.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;


/** Every algorithm honours every option. */
class SummaryOptionsTest {

    static final String ARTICLE = """
            "This is the worst flood we have seen in fifty years," said the mayor of Riverton on Sunday.
            Floods along the Riverton valley forced thousands of residents to leave their homes on Saturday night.
            Rescue teams used boats to reach families trapped by the floods in the lower town.
            Will the river defences hold if more rain falls this week?
            The floods damaged the main bridge, and engineers closed it to traffic until the river falls.
            Forecasters expect more rain on Tuesday, and the valley council has opened three shelters for families.
            "We are doing everything we can," a council spokesman said.
            Insurance companies estimate the flood damage at several million pounds.
            """;

    static Summarizer summarizer;

    @BeforeAll
    static void loadModels() {
        summarizer = new Summarizer();
    }

    @Test
    void shouldHonourTheSentenceCountWithEveryAlgorithm() {
        for (Algorithm algorithm : Algorithm.values()) {
            for (int k = 1; k <= 8; k++) {
                SummaryResult result = summarizer.summarize(null, ARTICLE, SummaryOptions.ofSentences(k).withAlgorithm(algorithm));
                assertEquals(k, result.sentences().size(), algorithm + " k=" + k);
                assertInArticleOrderWithOffsets(result);
            }
        }
    }

    @Test
    void shouldTakeAShareOfTheSentencesForARatio() {
        for (Algorithm algorithm : Algorithm.values()) {
            SummaryOptions half = new SummaryOptions(null, 0.5, null, algorithm, false, false, 0);
            assertEquals(4, summarizer.summarize(null, ARTICLE, half).sentences().size(), algorithm.id());
            SummaryOptions tiny = new SummaryOptions(null, 0.01, null, algorithm, false, false, 0);
            assertEquals(1, summarizer.summarize(null, ARTICLE, tiny).sentences().size(), "at least one sentence");
        }
    }

    @Test
    void shouldStayWithinAWordBudgetWithEveryAlgorithm() {
        for (Algorithm algorithm : Algorithm.values()) {
            for (int budget : new int[] {10, 25, 60}) {
                SummaryResult result = summarizer.summarize(null, ARTICLE, new SummaryOptions(null, null, budget, algorithm, false, false, 0));
                int words = result.sentences().stream().mapToInt(s -> summarizer.summarize(null, s.text(), SummaryOptions.ofSentences(1)).wordCount()).sum();
                assertTrue(words <= budget, algorithm + " budget " + budget + " got " + words);
                assertFalse(result.sentences().isEmpty(), algorithm + " budget " + budget);
                assertInArticleOrderWithOffsets(result);
            }
        }
    }

    @Test
    void shouldLeaveOutQuotationsAndQuestionsWhileOthersRemain() {
        for (Algorithm algorithm : Algorithm.values()) {
            SummaryOptions options = SummaryOptions.ofSentences(4).withAlgorithm(algorithm).avoiding(true, true);
            SummaryResult result = summarizer.summarize(null, ARTICLE, options);
            assertEquals(4, result.sentences().size());
            for (ScoredSentence s : result.sentences()) {
                assertFalse(s.text().startsWith("\""), algorithm + " kept a quotation: " + s.text());
                assertFalse(s.text().endsWith("?"), algorithm + " kept a question: " + s.text());
            }
        }
    }

    @Test
    void shouldFallBackOnAvoidedSentencesWhenTooFewOthersRemain() {
        SummaryOptions all = SummaryOptions.ofSentences(8).avoiding(true, true);
        assertEquals(8, summarizer.summarize(null, ARTICLE, all).sentences().size());
        String onlyQuotes = "\"We will rebuild,\" she said. \"Nobody was hurt,\" he added.";
        assertEquals(1, summarizer.summarize(null, onlyQuotes, SummaryOptions.ofSentences(1).avoiding(true, false)).sentences().size());
    }

    @Test
    void shouldReturnKeywordsAsWordsWithWeights() {
        for (Algorithm algorithm : Algorithm.values()) {
            SummaryResult result = summarizer.summarize(null, ARTICLE, SummaryOptions.ofSentences(2).withAlgorithm(algorithm).withKeywords(5));
            List<Keyword> keywords = result.keywords();
            assertEquals(5, keywords.size());
            assertEquals(1.0, keywords.get(0).weight());
            for (int i = 1; i < keywords.size(); i++) {
                assertTrue(keywords.get(i).weight() <= keywords.get(i - 1).weight(), "best first");
            }
            assertTrue(keywords.stream().anyMatch(k -> k.word().equals("floods")), "surface word, not the stem 'flood': " + keywords);
            for (Keyword k : keywords) {
                assertTrue(ARTICLE.contains(k.word()), "a word of the article: " + k.word());
            }
        }
        assertTrue(summarizer.summarize(null, ARTICLE, SummaryOptions.ofSentences(2)).keywords().isEmpty());
    }

    @Test
    void shouldWeighKeywordsByTheCorpus() {
        // in a corpus where every article is about floods, "floods" says little about this one
        TermStatistics floodCorpus = (language, terms) -> new TermStatistics.Snapshot(1000,
                java.util.Map.of("flood", 1000L, "river", 900L));
        List<Keyword> keywords = summarizer.summarize(null, ARTICLE, SummaryOptions.ofSentences(2).withKeywords(3), floodCorpus).keywords();
        assertTrue(keywords.stream().noneMatch(k -> k.word().toLowerCase().startsWith("flood")), keywords.toString());
    }

    private static void assertInArticleOrderWithOffsets(SummaryResult result) {
        int previous = -1;
        for (ScoredSentence s : result.sentences()) {
            assertTrue(s.index() > previous, "article order");
            previous = s.index();
            assertEquals(s.text(), ARTICLE.substring(s.start(), s.end()));
        }
    }
}
