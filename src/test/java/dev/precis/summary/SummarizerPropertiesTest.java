package dev.precis.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.BeforeContainer;

import dev.precis.text.Language;


/**
 * Properties of the engine on generated text, for every algorithm and option. The seed is fixed so
 * a build is repeatable; change it (or remove it) locally to explore other cases.
 */
class SummarizerPropertiesTest {

    static Summarizer summarizer;

    @BeforeContainer
    static void loadModels() {
        summarizer = new Summarizer();
    }

    @Property(tries = 300, seed = "20261130")
    void shouldNeverThrowAndReturnAtMostTheRequestedSentences(@ForAll("texts") String text, @ForAll @IntRange(min = 1, max = 12) int k,
            @ForAll Algorithm algorithm, @ForAll boolean avoidQuotes, @ForAll boolean avoidQuestions) {
        SummaryOptions options = SummaryOptions.ofSentences(k).withAlgorithm(algorithm).avoiding(avoidQuotes, avoidQuestions).withKeywords(3);
        SummaryResult result = summarizer.summarize("A title", text, options);
        assertTrue(result.sentences().size() <= k);
        assertEquals(Math.min(k, result.sentenceCount()), result.sentences().size());
        assertTrue(result.keywords().size() <= 3);
    }

    @Property(tries = 300, seed = "20261130")
    void shouldPointEveryOffsetAtExactlyItsSentence(@ForAll("texts") String text, @ForAll @IntRange(min = 1, max = 12) int k,
            @ForAll Algorithm algorithm) {
        SummaryResult result = summarizer.summarize(null, text, SummaryOptions.ofSentences(k).withAlgorithm(algorithm));
        int previousEnd = -1;
        for (ScoredSentence s : result.sentences()) {
            assertTrue(s.start() >= 0 && s.start() < s.end() && s.end() <= text.length());
            assertEquals(s.text(), text.substring(s.start(), s.end()));
            assertTrue(s.start() >= previousEnd, "article order, no overlap");
            assertTrue(s.score() >= 0 && s.score() <= 1);
            previousEnd = s.end();
        }
    }

    @Property(tries = 200, seed = "20261130")
    void shouldGiveTheSameSummaryForTheSameInput(@ForAll("texts") String text, @ForAll @IntRange(min = 1, max = 8) int k, @ForAll Algorithm algorithm) {
        SummaryOptions options = SummaryOptions.ofSentences(k).withAlgorithm(algorithm).withKeywords(5);
        assertEquals(summarizer.summarize("Title", text, options), summarizer.summarize("Title", text, options));
    }

    /** Asking for more never silently gives less: one more sentence, unless the article has no more. */
    @Property(tries = 200, seed = "20261130")
    void shouldNeverReturnFewerSentencesForALongerSummary(@ForAll("texts") String text, @ForAll @IntRange(min = 1, max = 10) int k,
            @ForAll Algorithm algorithm) {
        SummaryResult shorter = summarizer.summarize(null, text, SummaryOptions.ofSentences(k).withAlgorithm(algorithm));
        SummaryResult longer = summarizer.summarize(null, text, SummaryOptions.ofSentences(k + 1).withAlgorithm(algorithm));
        int expected = Math.min(shorter.sentences().size() + 1, shorter.sentenceCount());
        assertEquals(expected, longer.sentences().size());
        for (ScoredSentence s : longer.sentences()) {
            assertEquals(s.text(), text.substring(s.start(), s.end()), "whole sentences, never cut");
        }
    }

    @Property(tries = 150, seed = "20261130")
    void shouldStayWithinAWordBudget(@ForAll("texts") String text, @ForAll @IntRange(min = 1, max = 80) int budget, @ForAll Algorithm algorithm) {
        SummaryResult result = summarizer.summarize(null, text, new SummaryOptions(null, null, budget, algorithm, false, false, 0));
        // each chosen sentence counted on its own, in the language the summary used
        Language language = Language.byCode(result.language()).orElseThrow();
        int words = 0;
        for (ScoredSentence s : result.sentences()) {
            words += summarizer.summarize(null, s.text(), new SummaryOptions(1, null, null, Algorithm.DEFAULT, false, false, 0, language)).wordCount();
        }
        assertTrue(words <= budget, words + " words for a budget of " + budget);
    }

    /** Text made of words, numbers, punctuation, quotes, line breaks and odd characters. */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> word = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10),
                Arbitraries.of("the", "said", "government", "Minister", "U.S.", "Dr.", "3.5", "$1.2bn", "e.g.", "don't", "It's", "—", "…",
                        "\"Yes,\"", "(AP)", "2024", "café", "naïve", "東京", "Москва", "😀", "\u200b", "\u0301", "\t"));
        Arbitrary<String> sentence = Combinators.combine(word.list().ofMinSize(0).ofMaxSize(25),
                Arbitraries.of(".", "!", "?", "", "...", ".\"", "?\"", ":", ";"))
                .as((words, end) -> String.join(" ", words) + end);
        Arbitrary<String> separator = Arbitraries.of(" ", "  ", "\n", "\n\n", " \n ", "\r\n");
        return Combinators.combine(sentence.list().ofMinSize(0).ofMaxSize(30), separator.list().ofMinSize(30).ofMaxSize(30))
                .as(SummarizerPropertiesTest::join)
                .edgeCases(edges -> edges.add(""));
    }

    private static String join(List<String> sentences, List<String> separators) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < sentences.size(); i++) {
            if (i > 0) {
                sb.append(separators.get(i % separators.size()));
            }
            sb.append(sentences.get(i));
        }
        return sb.toString();
    }
}
